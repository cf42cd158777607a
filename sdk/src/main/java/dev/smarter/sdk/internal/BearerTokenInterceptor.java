package dev.smarter.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code Authorization: Bearer <token>} to every request. */
public final class BearerTokenInterceptor implements Interceptor {
  private final TokenProvider tokens;

  /**
   * Creates the interceptor.
   *
   * @param tokens where tokens come from
   */
  public BearerTokenInterceptor(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", "Bearer " + tokens.token()).build());
  }
}

package dev.smarter.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to every request, and answers a 401 by renewing the
 * token once and sending the request again. A second 401 is returned as is, so there are no loops.
 * Resending is safe even for requests that are not idempotent: the server checks the token before
 * it routes the request, so a refused request was not processed.
 */
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
    String authorization = tokens.authorization();
    Response response = chain.proceed(authorized(chain.request(), authorization));
    if (response.code() != 401) {
      return response;
    }
    response.close();
    return chain.proceed(authorized(chain.request(), tokens.renew(authorization)));
  }

  private static Request authorized(Request request, String authorization) {
    return request.newBuilder().header("Authorization", authorization).build();
  }
}

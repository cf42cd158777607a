package dev.smarter.sdk.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a request on its own. OkHttp sends a request again, once, when a 503
 * says {@code Retry-After: 0}, even with {@code retryOnConnectionFailure} off; that repeat would
 * escape the SDK's retry budget (and its idempotency rules). This network interceptor removes such
 * a header and records the server's wish on the attempt's {@link Attempt} tag, where the SDK's own
 * retry logic reads it.
 */
public final class RetryNowGuard implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response;
    }
    String retryAfter = response.header("Retry-After");
    if (retryAfter == null || !retryAfter.trim().matches("0+")) {
      return response;
    }
    Attempt attempt = chain.request().tag(Attempt.class);
    if (attempt != null) {
      attempt.markRetryNow();
    }
    return response.newBuilder().removeHeader("Retry-After").build();
  }
}

package dev.smarter.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Bounds how many requests of one client are in flight at once, sync and async alike. A permit is
 * held from sending a request until its response headers arrive (the SDK reads the small JSON
 * bodies right after), and not while waiting to retry. Permits are handed out first come, first
 * served.
 */
public final class ConcurrencyLimitInterceptor implements Interceptor {
  private final Semaphore permits;
  private final int limit;

  /**
   * Creates the interceptor.
   *
   * @param limit the most requests in flight at once, positive
   */
  public ConcurrencyLimitInterceptor(int limit) {
    this.limit = limit;
    this.permits = new Semaphore(limit, true);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!permits.tryAcquire()) {
      try {
        permits.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for a free request slot");
      }
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      permits.release();
    }
  }

  @Override
  public String toString() {
    return "ConcurrencyLimitInterceptor{limit=" + limit + "}";
  }
}

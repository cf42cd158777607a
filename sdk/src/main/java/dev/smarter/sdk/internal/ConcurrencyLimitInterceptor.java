package dev.smarter.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Bounds how many requests of one client are in flight at once, sync and async alike. A permit is
 * held from sending a request until its response body is closed, and not while waiting to retry.
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
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a free request slot");
    }
    AtomicBoolean released = new AtomicBoolean();
    Runnable release =
        () -> {
          if (released.compareAndSet(false, true)) {
            permits.release();
          }
        };
    try {
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      return response.newBuilder().body(new ReleasingBody(body, release)).build();
    } catch (IOException | RuntimeException | Error e) {
      release.run();
      throw e;
    }
  }

  /**
   * Returns how many more requests could start now.
   *
   * @return the free permits
   */
  public int available() {
    return permits.availablePermits();
  }

  @Override
  public String toString() {
    return "ConcurrencyLimitInterceptor{limit=" + limit + "}";
  }

  private static final class ReleasingBody extends ResponseBody {
    private final ResponseBody delegate;
    private final Runnable release;
    private final BufferedSource source;

    ReleasingBody(ResponseBody delegate, Runnable release) {
      this.delegate = delegate;
      this.release = release;
      this.source =
          Okio.buffer(
              new ForwardingSource(delegate.source()) {
                @Override
                public void close() throws IOException {
                  try {
                    super.close();
                  } finally {
                    release.run();
                  }
                }
              });
    }

    @Override
    public @Nullable MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }

    @Override
    public void close() {
      try {
        delegate.close();
      } finally {
        release.run();
      }
    }
  }
}

package dev.smarter.sdk.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * A request body OkHttp must not send twice on its own. OkHttp silently re-sends a request whose
 * pooled connection failed, even after the server processed it; for a one-shot body it only does so
 * when the failure came before sending. The SDK's own interceptors still resend it when they know
 * it was refused unprocessed (a 401 before routing).
 */
final class OneShotRequestBody extends RequestBody {
  private final RequestBody delegate;

  OneShotRequestBody(RequestBody delegate) {
    this.delegate = delegate;
  }

  @Override
  public @Nullable MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return delegate.contentLength();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    delegate.writeTo(sink);
  }

  @Override
  public boolean isOneShot() {
    return true;
  }
}

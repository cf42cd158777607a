package dev.smarter.sdk.internal;

import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * The call factory Retrofit is given: Retrofit builds each request from the interface method and
 * its arguments, and the SDK takes that request and sends it itself ({@link HttpApiCall}), attempt
 * by attempt. The {@link Call} returned here only carries the request; it is never executed.
 */
public final class RequestCapture implements Call.Factory {
  @Override
  public Call newCall(Request request) {
    return new CapturedCall(request);
  }

  /**
   * A request and nothing else: {@code request()} answers, every other method refuses. A plain
   * class rather than a {@link java.lang.reflect.Proxy}, which would cost a generated class and a
   * reflective constructor at the client's start. OkHttp adds methods to {@link Call} now and then
   * (5.x added {@code addEventListener} and the {@code tag} methods): an OkHttp upgrade that does
   * not compile here needs them added, refusing like the others.
   */
  private static final class CapturedCall implements Call {
    private final Request request;

    CapturedCall(Request request) {
      this.request = request;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() {
      throw refused("execute");
    }

    @Override
    public void enqueue(Callback responseCallback) {
      throw refused("enqueue");
    }

    @Override
    public void cancel() {
      throw refused("cancel");
    }

    @Override
    public boolean isExecuted() {
      throw refused("isExecuted");
    }

    @Override
    public boolean isCanceled() {
      throw refused("isCanceled");
    }

    @Override
    public Timeout timeout() {
      throw refused("timeout");
    }

    @Override
    public void addEventListener(EventListener eventListener) {
      throw refused("addEventListener");
    }

    @Override
    public <T> @Nullable T tag(KClass<T> type) {
      throw refused("tag");
    }

    @Override
    public <T> @Nullable T tag(Class<? extends T> type) {
      throw refused("tag");
    }

    @Override
    public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
      throw refused("tag");
    }

    @Override
    public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
      throw refused("tag");
    }

    @Override
    public Call clone() {
      throw refused("clone");
    }

    private static UnsupportedOperationException refused(String method) {
      return new UnsupportedOperationException(
          method + " on a captured request: the SDK sends requests itself");
    }

    @Override
    public String toString() {
      return "RequestCapture{" + request.method() + " " + request.url().encodedPath() + "}";
    }
  }
}

package dev.smarter.sdk.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import okhttp3.Call;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The call factory Retrofit is given: Retrofit builds each request from the interface method and
 * its arguments, and the SDK takes that request and sends it itself ({@link HttpApiCall}), attempt
 * by attempt. The {@link Call} returned here only carries the request; it is never executed.
 */
public final class RequestCapture implements Call.Factory {
  @Override
  public Call newCall(Request request) {
    return (Call)
        Proxy.newProxyInstance(
            Call.class.getClassLoader(), new Class<?>[] {Call.class}, new Holder(request));
  }

  /** Answers {@code request()} and refuses everything else. */
  private static final class Holder implements InvocationHandler {
    private final Request request;

    Holder(Request request) {
      this.request = request;
    }

    @Override
    public Object invoke(Object proxy, Method method, @Nullable Object[] args) {
      switch (method.getName()) {
        case "request":
          return request;
        case "toString":
          return "RequestCapture{" + request.method() + " " + request.url().encodedPath() + "}";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return args != null && proxy == args[0];
        default:
          throw new UnsupportedOperationException(
              method.getName() + " on a captured request: the SDK sends requests itself");
      }
    }
  }
}

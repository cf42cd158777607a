package dev.smarter.sdk.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
  /**
   * The constructor of the proxy class, found once: {@link Proxy#newProxyInstance} looks the class
   * up and calls its constructor reflectively, which would cost every call.
   */
  private static final MethodHandle NEW_CALL = proxyConstructor();

  @Override
  public Call newCall(Request request) {
    try {
      return (Call) NEW_CALL.invokeExact((InvocationHandler) new Holder(request));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static MethodHandle proxyConstructor() {
    Class<?> proxyClass =
        Proxy.newProxyInstance(
                Call.class.getClassLoader(),
                new Class<?>[] {Call.class},
                new Holder(new Request.Builder().url("http://localhost/").build()))
            .getClass();
    try {
      return MethodHandles.publicLookup()
          .findConstructor(proxyClass, MethodType.methodType(void.class, InvocationHandler.class))
          .asType(MethodType.methodType(Call.class, InvocationHandler.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
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

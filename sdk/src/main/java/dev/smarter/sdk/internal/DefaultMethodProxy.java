package dev.smarter.sdk.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Puts a Retrofit service behind the SDK's own proxy, which runs the interface's {@code default}
 * methods itself and hands every other method to Retrofit.
 *
 * <p>Retrofit 3 runs default methods through a class it ships under {@code META-INF/versions/16};
 * in a fat jar whose manifest lacks {@code Multi-Release: true} the JVM never sees that class, and
 * every default method ({@code upsertAll}, {@code findByDiscordId}, {@code resolve}...) fails with
 * an {@link java.lang.reflect.UndeclaredThrowableException}. This proxy uses {@link
 * InvocationHandler#invokeDefault} (Java 16), so the SDK works from any jar. A default method runs
 * with the proxy as {@code this}: the endpoints it calls go to Retrofit as usual.
 *
 * <p>Equality is identity; {@code toString()} names the service. Immutable and thread-safe.
 */
public final class DefaultMethodProxy implements InvocationHandler {
  private final Class<?> service;
  private final Object delegate;

  /** The checks of endpoint arguments, run before Retrofit sees them; null for {@link #wrap}. */
  private final @Nullable ArgumentChecks arguments;

  /**
   * The handler behind {@code delegate} when it is itself a proxy (Retrofit's): calling it directly
   * spares each call a reflective {@link Method#invoke} and the proxy's repacking of the arguments.
   */
  private final @Nullable InvocationHandler delegateHandler;

  private DefaultMethodProxy(
      Class<?> service, Object delegate, @Nullable ArgumentChecks arguments) {
    this.service = service;
    this.delegate = delegate;
    this.arguments = arguments;
    this.delegateHandler =
        Proxy.isProxyClass(delegate.getClass()) ? Proxy.getInvocationHandler(delegate) : null;
  }

  /**
   * Creates a Retrofit service whose default methods do not depend on Retrofit and whose endpoint
   * methods have their arguments checked ({@link ArgumentChecks}) before Retrofit builds a request.
   *
   * @param retrofit the Retrofit that implements the endpoints
   * @param service the service interface
   * @param arguments the checks of endpoint arguments
   * @param <T> the service type
   * @return a proxy implementing {@code service}
   */
  public static <T> T create(Retrofit retrofit, Class<T> service, ArgumentChecks arguments) {
    return proxy(service, retrofit.create(service), arguments);
  }

  /**
   * Returns a proxy implementing {@code service} that runs its default methods itself and calls
   * {@code delegate} for every other method.
   *
   * @param service the interface to implement
   * @param delegate what implements the abstract methods
   * @param <T> the service type
   * @return a new proxy
   * @throws IllegalArgumentException if {@code service} is not an interface
   */
  public static <T> T wrap(Class<T> service, T delegate) {
    return proxy(service, delegate, null);
  }

  private static <T> T proxy(Class<T> service, T delegate, @Nullable ArgumentChecks arguments) {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(delegate, "delegate == null");
    if (!service.isInterface()) {
      throw new IllegalArgumentException(service.getName() + " is not an interface");
    }
    Object proxy =
        Proxy.newProxyInstance(
            service.getClassLoader(),
            new Class<?>[] {service},
            new DefaultMethodProxy(service, delegate, arguments));
    return service.cast(proxy);
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    if (arguments != null) {
      arguments.check(method, args);
    }
    if (delegateHandler != null) {
      return delegateHandler.invoke(delegate, method, args);
    }
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Object objectMethod(Object proxy, Method method, @Nullable Object @Nullable [] args) {
    switch (method.getName()) {
      case "equals":
        return args != null && proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      case "toString":
        return service.getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
      default:
        throw new UnsupportedOperationException(method.toString());
    }
  }
}

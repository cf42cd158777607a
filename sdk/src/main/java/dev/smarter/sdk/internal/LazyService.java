package dev.smarter.sdk.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * A resource group made on first use ({@link DefaultMethodProxy#create}), so that a client that
 * only lists guilds never builds the proxies of the other groups. Every caller gets the same
 * instance. Thread-safe.
 *
 * @param <T> the service interface
 */
public final class LazyService<T> implements Supplier<T> {
  private final Retrofit retrofit;
  private final Class<T> service;
  private final ArgumentChecks arguments;
  private volatile @Nullable T instance;

  /**
   * Creates the holder; nothing is built yet.
   *
   * @param retrofit the Retrofit that implements the endpoints
   * @param service the service interface
   * @param arguments the checks of endpoint arguments
   */
  public LazyService(Retrofit retrofit, Class<T> service, ArgumentChecks arguments) {
    this.retrofit = retrofit;
    this.service = service;
    this.arguments = arguments;
  }

  /**
   * Returns the service, building it on the first call.
   *
   * @return the one instance
   */
  @Override
  public T get() {
    T current = instance;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      current = instance;
      if (current == null) {
        current = DefaultMethodProxy.create(retrofit, service, arguments);
        instance = current;
      }
      return current;
    }
  }

  @Override
  public String toString() {
    return "LazyService{" + service.getSimpleName() + "}";
  }
}

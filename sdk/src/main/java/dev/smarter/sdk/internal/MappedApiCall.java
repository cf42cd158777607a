package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** An {@link ApiCall} whose result is transformed by a function. */
final class MappedApiCall<T, R> implements ApiCall<R> {
  private final ApiCall<T> delegate;
  private final Function<? super T, ? extends R> mapper;

  MappedApiCall(ApiCall<T> delegate, Function<? super T, ? extends R> mapper) {
    this.delegate = delegate;
    this.mapper = mapper;
  }

  @Override
  public R execute() {
    return mapper.apply(delegate.execute());
  }

  @Override
  public CompletableFuture<R> executeAsync() {
    CompletableFuture<T> source = delegate.executeAsync();
    CompletableFuture<R> mapped =
        new CompletableFuture<>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            source.cancel(mayInterruptIfRunning);
            return super.cancel(mayInterruptIfRunning);
          }
        };
    CompletableFuture<?> unused =
        source.handle(
            (result, error) -> {
              if (error != null) {
                mapped.completeExceptionally(error);
              } else {
                try {
                  mapped.complete(mapper.apply(result));
                } catch (RuntimeException e) {
                  mapped.completeExceptionally(e);
                }
              }
              return null;
            });
    return mapped;
  }

  @Override
  public <S> ApiCall<S> map(Function<? super R, ? extends S> next) {
    return new MappedApiCall<>(this, next);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}

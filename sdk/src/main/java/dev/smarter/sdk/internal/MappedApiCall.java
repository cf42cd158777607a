package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An {@link ApiCall} whose result is transformed by a function. A function that throws (an
 * exception or an {@link Error}, such as a failed assertion in a test) fails the call: {@code
 * execute()} throws it, and the future of {@code executeAsync()} completes with it.
 */
public final class MappedApiCall<T, R> implements ApiCall<R> {
  private final ApiCall<T> delegate;
  private final Function<? super T, ? extends R> mapper;

  /**
   * Creates the call.
   *
   * @param delegate the call whose result is transformed
   * @param mapper the transformation
   */
  public MappedApiCall(ApiCall<T> delegate, Function<? super T, ? extends R> mapper) {
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
        source.whenComplete(
            (result, error) -> {
              if (error != null) {
                mapped.completeExceptionally(error);
                return;
              }
              try {
                mapped.complete(mapper.apply(result));
              } catch (Throwable t) {
                mapped.completeExceptionally(t);
              }
            });
    return mapped;
  }

  @Override
  public <S> ApiCall<S> map(Function<? super R, ? extends S> next) {
    return new MappedApiCall<>(this, next);
  }

  @Override
  public ApiCall<R> withOptions(RequestOptions options) {
    return new MappedApiCall<>(delegate.withOptions(options), mapper);
  }

  @Override
  public ApiCall<ApiResponse<R>> withResponse() {
    return new MappedApiCall<>(delegate.withResponse(), response -> response.map(mapper));
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}

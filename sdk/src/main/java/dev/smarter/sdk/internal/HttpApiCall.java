package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Request;

/**
 * The {@link ApiCall} of an interface method: the request Retrofit built from the method's
 * arguments, sent by the SDK itself attempt by attempt ({@link SyncExecution}, {@link
 * AsyncExecution}). Immutable: every execution is independent, so the call may run any number of
 * times.
 *
 * @param <T> the type of the response body
 * @param <R> the type the call delivers: the body itself, or an {@link ApiResponse} around it
 */
final class HttpApiCall<T, R> implements ApiCall<R> {
  final CallRuntime runtime;
  final Endpoint endpoint;
  final Request request;
  final ResponseReader<T> reader;
  private final RequestOptions options;
  private final Function<ApiResponse<T>, R> deliver;

  private HttpApiCall(
      CallRuntime runtime,
      Endpoint endpoint,
      Request request,
      ResponseReader<T> reader,
      RequestOptions options,
      Function<ApiResponse<T>, R> deliver) {
    this.runtime = runtime;
    this.endpoint = endpoint;
    this.request = request;
    this.reader = reader;
    this.options = options;
    this.deliver = deliver;
  }

  static <T> HttpApiCall<T, T> of(
      CallRuntime runtime, Endpoint endpoint, Request request, ResponseReader<T> reader) {
    return new HttpApiCall<>(
        runtime, endpoint, request, reader, RequestOptions.defaults(), ApiResponse::value);
  }

  Duration timeout() {
    Duration timeout = options.timeout();
    return timeout != null ? timeout : runtime.callTimeout;
  }

  int maxRetries() {
    Integer maxRetries = options.maxRetries();
    return maxRetries != null ? maxRetries : runtime.policy.maxRetries();
  }

  R deliver(ApiResponse<T> response) {
    return deliver.apply(response);
  }

  @Override
  public R execute() {
    runtime.ensureOpen();
    return new SyncExecution<>(this).run();
  }

  @Override
  public CompletableFuture<R> executeAsync() {
    runtime.ensureOpen();
    return new AsyncExecution<>(this).run();
  }

  @Override
  public <S> ApiCall<S> map(Function<? super R, ? extends S> mapper) {
    return new MappedApiCall<>(this, mapper);
  }

  @Override
  public ApiCall<R> withOptions(RequestOptions overrides) {
    RequestOptions merged = options;
    Duration timeout = overrides.timeout();
    if (timeout != null) {
      merged = merged.withTimeout(timeout);
    }
    Integer maxRetries = overrides.maxRetries();
    if (maxRetries != null) {
      merged = merged.withMaxRetries(maxRetries);
    }
    return new HttpApiCall<>(runtime, endpoint, request, reader, merged, deliver);
  }

  @Override
  public ApiCall<ApiResponse<R>> withResponse() {
    return new HttpApiCall<>(
        runtime,
        endpoint,
        request,
        reader,
        options,
        response -> response.map(ignored -> deliver.apply(response)));
  }

  @Override
  public String toString() {
    return "ApiCall{" + request.method() + " " + ErrorResponses.pathOf(request) + "}";
  }
}

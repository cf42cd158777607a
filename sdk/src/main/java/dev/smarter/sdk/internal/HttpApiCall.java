package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;

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
  final @Nullable Reconciliation reconciliation;
  private final RequestOptions options;
  private final Function<ApiResponse<T>, R> deliver;

  private HttpApiCall(
      CallRuntime runtime,
      Endpoint endpoint,
      Request request,
      ResponseReader<T> reader,
      @Nullable Reconciliation reconciliation,
      RequestOptions options,
      Function<ApiResponse<T>, R> deliver) {
    this.runtime = runtime;
    this.endpoint = endpoint;
    this.request = request;
    this.reader = reader;
    this.reconciliation = reconciliation;
    this.options = options;
    this.deliver = deliver;
  }

  static <T> HttpApiCall<T, T> of(
      CallRuntime runtime,
      Endpoint endpoint,
      Request request,
      ResponseReader<T> reader,
      @Nullable Reconciliation reconciliation) {
    return new HttpApiCall<>(
        runtime,
        endpoint,
        request,
        reader,
        reconciliation,
        RequestOptions.defaults(),
        ApiResponse::value);
  }

  /**
   * How a create that is not idempotent is found again: its lookup, the body the caller passed, and
   * the converter that writes a stamped copy of it.
   */
  record Reconciliation(
      CreateLookup<?, ?> lookup, Object body, Converter<Object, RequestBody> writer) {
    /** The body one execution sends: stamped with a unique time unless the caller chose one. */
    Object stamped(CallRuntime runtime) {
      return lookup.stamped(body, runtime.stamps.next());
    }

    /** {@code request} with {@code stamped} as its body. */
    Request requestWith(Request request, Object stamped) {
      if (stamped == body) {
        return request;
      }
      try {
        return request.newBuilder().method(request.method(), writer.convert(stamped)).build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
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
    return new HttpApiCall<>(runtime, endpoint, request, reader, reconciliation, merged, deliver);
  }

  @Override
  public ApiCall<ApiResponse<R>> withResponse() {
    return new HttpApiCall<>(
        runtime,
        endpoint,
        request,
        reader,
        reconciliation,
        options,
        response -> response.map(ignored -> deliver.apply(response)));
  }

  @Override
  public String toString() {
    return "ApiCall{" + request.method() + " " + ErrorResponses.pathOf(request) + "}";
  }
}

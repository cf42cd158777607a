package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.UnexpectedResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Converter;
import retrofit2.Response;

/**
 * An {@link ApiCall} over a Retrofit {@link Call}: the first execution uses the call Retrofit made,
 * each later one a clone, so a call can run any number of times.
 */
final class RetrofitApiCall<T> implements ApiCall<T> {
  private final Call<ResponseBody> call;
  private final Converter<ResponseBody, T> converter;
  private final boolean voidResult;
  private final ClientState state;
  private final AtomicBoolean firstUsed = new AtomicBoolean();

  RetrofitApiCall(
      Call<ResponseBody> call,
      Converter<ResponseBody, T> converter,
      boolean voidResult,
      ClientState state) {
    this.call = call;
    this.converter = converter;
    this.voidResult = voidResult;
    this.state = state;
  }

  private Call<ResponseBody> nextCall() {
    state.ensureOpen();
    return firstUsed.compareAndSet(false, true) ? call : call.clone();
  }

  @Override
  public T execute() {
    Call<ResponseBody> current = nextCall();
    Response<ResponseBody> response;
    try {
      response = current.execute();
    } catch (IOException e) {
      throw failure(current.request(), e);
    }
    return result(response);
  }

  @Override
  public CompletableFuture<T> executeAsync() {
    Call<ResponseBody> current = nextCall();
    CompletableFuture<T> future =
        new CompletableFuture<>() {
          @Override
          public boolean cancel(boolean mayInterruptIfRunning) {
            if (mayInterruptIfRunning || !isDone()) {
              current.cancel();
            }
            return super.cancel(mayInterruptIfRunning);
          }
        };
    current.enqueue(
        new Callback<>() {
          @Override
          public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
            try {
              future.complete(result(response));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }

          @Override
          public void onFailure(Call<ResponseBody> call, Throwable t) {
            future.completeExceptionally(
                t instanceof IOException ? failure(call.request(), (IOException) t) : t);
          }
        });
    return future;
  }

  @Override
  public <R> ApiCall<R> map(Function<? super T, ? extends R> mapper) {
    return new MappedApiCall<>(this, mapper);
  }

  private T result(Response<ResponseBody> response) {
    okhttp3.Response raw = response.raw();
    if (!response.isSuccessful()) {
      ApiException error =
          ErrorResponses.toException(raw, response.errorBody(), state.clock().instant());
      int code = raw.code();
      boolean gatewayFailure = code == 502 || code == 503 || code == 504;
      if (gatewayFailure && !Idempotency.isIdempotent(raw.request())) {
        throw new OutcomeUnknownException(error.method(), error.path(), error);
      }
      throw error;
    }
    Request request = raw.request();
    ResponseBody body = response.body();
    if (body == null) {
      if (voidResult) {
        return nothing();
      }
      throw new UnexpectedResponseException(
          raw.code(),
          request.method(),
          ErrorResponses.pathOf(request),
          "expected a JSON body but got none",
          null);
    }
    MediaType type = body.contentType();
    if (type == null || !type.subtype().contains("json")) {
      body.close();
      throw new UnexpectedResponseException(
          raw.code(),
          request.method(),
          ErrorResponses.pathOf(request),
          "expected a JSON body but got " + (type == null ? "no content type" : type.toString()),
          null);
    }
    if (voidResult) {
      body.close();
      return nothing();
    }
    try (body) {
      return converter.convert(body);
    } catch (IOException | RuntimeException e) {
      throw new UnexpectedResponseException(
          raw.code(),
          request.method(),
          ErrorResponses.pathOf(request),
          "unreadable JSON body: " + e.getMessage(),
          e);
    }
  }

  @SuppressWarnings("unchecked")
  private T nothing() {
    return (T) null;
  }

  static SmarterDevException failure(Request request, IOException e) {
    if (e instanceof SdkIoException) {
      return ((SdkIoException) e).exception();
    }
    String detail =
        e instanceof InterruptedIOException && "timeout".equals(e.getMessage())
            ? "call timed out"
            : describe(e);
    String path = ErrorResponses.pathOf(request);
    ApiIoException failure = new ApiIoException(request.method(), path, detail, e);
    if (!Idempotency.isIdempotent(request) && !Idempotency.certainlyNotSent(e)) {
      return new OutcomeUnknownException(request.method(), path, failure);
    }
    return failure;
  }

  private static String describe(Throwable e) {
    @Nullable String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public String toString() {
    Request request = call.request();
    return "ApiCall{" + request.method() + " " + ErrorResponses.pathOf(request) + "}";
  }
}

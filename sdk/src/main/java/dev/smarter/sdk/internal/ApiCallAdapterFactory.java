package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Retrofit;

/**
 * Lets Retrofit interface methods return {@link ApiCall}.
 *
 * <p>Retrofit builds the request from the method and its arguments; the SDK sends it itself ({@link
 * HttpApiCall}) and reads the body with the converter Retrofit picks for the result type, so
 * retries, status, content type and JSON errors are all handled in one place. The arguments were
 * checked when the method was called ({@link ArgumentChecks}).
 */
public final class ApiCallAdapterFactory extends CallAdapter.Factory {
  private final CallRuntime runtime;

  /**
   * Creates the factory for one client.
   *
   * @param runtime what the client's calls share
   */
  public ApiCallAdapterFactory(CallRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(
      Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != ApiCall.class) {
      return null;
    }
    if (!(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException("ApiCall return type must be parameterized as ApiCall<T>");
    }
    Type resultType = getParameterUpperBound(0, (ParameterizedType) returnType);
    Converter<ResponseBody, Object> converter =
        retrofit.responseBodyConverter(resultType, annotations);
    ResponseReader<Object> reader = new ResponseReader<>(converter, resultType == Void.class);
    Endpoint endpoint = Endpoint.of(annotations);
    CreateKind create = endpoint.create();
    Converter<Object, RequestBody> writer =
        create == null
            ? null
            : retrofit.requestBodyConverter(create.bodyType(), new Annotation[0], annotations);
    return new CallAdapter<ResponseBody, ApiCall<Object>>() {
      @Override
      public Type responseType() {
        return ResponseBody.class;
      }

      @Override
      public ApiCall<Object> adapt(Call<ResponseBody> call) {
        Request request = call.request();
        Invocation invocation = writer == null ? null : request.tag(Invocation.class);
        return HttpApiCall.of(
            runtime, endpoint, request, reader, reconciliation(invocation, create, writer));
      }
    };
  }

  /** How to find the create again, when the endpoint is a create the client reconciles. */
  private HttpApiCall.@Nullable Reconciliation reconciliation(
      @Nullable Invocation invocation,
      @Nullable CreateKind create,
      @Nullable Converter<Object, RequestBody> writer) {
    if (invocation == null || writer == null) {
      return null;
    }
    CreateLookup<?, ?> lookup = runtime.lookup(create);
    if (lookup == null) {
      return null;
    }
    for (Object argument : invocation.arguments()) {
      if (lookup.isBody(argument)) {
        return new HttpApiCall.Reconciliation(lookup, argument, writer);
      }
    }
    return null;
  }
}

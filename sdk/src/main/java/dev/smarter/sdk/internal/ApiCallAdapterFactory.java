package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Lets Retrofit interface methods return {@link ApiCall}.
 *
 * <p>Retrofit builds the request from the method and its arguments; the SDK sends it itself ({@link
 * HttpApiCall}) and reads the body with the converter Retrofit picks for the result type, so
 * retries, status, content type and JSON errors are all handled in one place. When a method is
 * called, its numeric {@link Path} and {@link Query} arguments are checked: the server has no
 * negative ids or limits (it redirects such paths to its home page), and a Discord snowflake where
 * a row id belongs ({@link RowIds}) finds nothing, so they are rejected before anything is sent.
 */
public final class ApiCallAdapterFactory extends CallAdapter.Factory {
  private static final String ROW_ID = "row id:";

  private final CallRuntime runtime;
  private final Map<Method, @Nullable String[]> checkedParameters = new ConcurrentHashMap<>();

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
        Invocation invocation = request.tag(Invocation.class);
        if (invocation != null) {
          checkArguments(invocation.method(), invocation.arguments());
        }
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

  private void checkArguments(Method method, List<?> arguments) {
    @Nullable String[] names = checkedParameters.get(method);
    if (names == null) {
      names = numericUrlParameters(method);
      checkedParameters.putIfAbsent(method, names);
    }
    for (int i = 0; i < names.length && i < arguments.size(); i++) {
      Object argument = arguments.get(i);
      String name = names[i];
      if (name == null || !(argument instanceof Number)) {
        continue;
      }
      long value = ((Number) argument).longValue();
      if (name.startsWith(ROW_ID)) {
        RowIds.check(value, name.substring(ROW_ID.length()));
      } else if (value < 0) {
        throw new IllegalArgumentException(name + " must be >= 0 but was " + argument);
      }
    }
  }

  /**
   * The names of a method's numeric {@link Path} and {@link Query} parameters, null elsewhere; the
   * names of row ids (every path parameter, and query parameters named {@code *_id} but for {@code
   * discord_id}) carry the prefix {@link #ROW_ID}.
   */
  private static @Nullable String[] numericUrlParameters(Method method) {
    Parameter[] parameters = method.getParameters();
    @Nullable String[] names = new String[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Class<?> type = parameters[i].getType();
      boolean numeric =
          type.isPrimitive() ? type != boolean.class : Number.class.isAssignableFrom(type);
      if (!numeric) {
        continue;
      }
      Query query = parameters[i].getAnnotation(Query.class);
      boolean rowId =
          parameters[i].isAnnotationPresent(Path.class)
              || (query != null
                  && query.value().endsWith("_id")
                  && !query.value().equals("discord_id"));
      if (rowId || query != null) {
        names[i] = (rowId ? ROW_ID : "") + parameters[i].getName();
      }
    }
    return names;
  }
}

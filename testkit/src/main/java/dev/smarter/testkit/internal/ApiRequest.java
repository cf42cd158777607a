package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One HTTP request as the fake's routes see it. Immutable apart from its path parameters. */
final class ApiRequest {
  private final String method;
  private final String path;
  private final @Nullable String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final List<Map.Entry<String, String>> queryParameters;
  private List<BigInteger> pathParameters = List.of();

  /**
   * Creates a request. {@code headers} keys must be lower-case; {@code path} is percent-decoded.
   */
  ApiRequest(
      String method,
      String path,
      @Nullable String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.body = body;
    this.queryParameters = QueryStrings.parse(rawQuery);
  }

  /** The HTTP method, upper-case. */
  String method() {
    return method;
  }

  /** The percent-decoded path. */
  String path() {
    return path;
  }

  @Nullable String rawQuery() {
    return rawQuery;
  }

  /** The first value of a header (case-insensitive), like Starlette's {@code headers[name]}. */
  @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Starlette's {@code query_params.get(name)}: the last value, or {@code null}. */
  @Nullable String query(String name) {
    String value = null;
    for (Map.Entry<String, String> parameter : queryParameters) {
      if (parameter.getKey().equals(name)) {
        value = parameter.getValue();
      }
    }
    return value;
  }

  /** Starlette's {@code await request.json()}. */
  @Nullable Object json() {
    return PyJsonParser.loads(body);
  }

  BigInteger pathInt(int index) {
    return pathParameters.get(index);
  }

  void pathParameters(List<BigInteger> values) {
    this.pathParameters = List.copyOf(values);
  }
}

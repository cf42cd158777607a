package dev.smarter.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A response of the fake: status, headers and body bytes. Immutable. */
final class ApiResponse {
  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;

  ApiResponse(int status, Map<String, String> headers, byte[] body) {
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.body = body;
  }

  /** A Starlette {@code JSONResponse}; rendering may raise {@link PyException} like Python's. */
  static ApiResponse json(int status, @Nullable Object content) {
    return new ApiResponse(
        status, Map.of("Content-Type", "application/json"), PyJsonWriter.render(content));
  }

  /** {@code JSONResponse({"error": message}, status_code=status)}. */
  static ApiResponse error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    return json(status, body);
  }

  /** A response with a caller-given body (fault injection). */
  static ApiResponse raw(int status, Map<String, String> headers, byte[] body) {
    return new ApiResponse(status, headers, body.clone());
  }

  static ApiResponse redirectHome() {
    return new ApiResponse(302, Map.of("Location", "/"), new byte[0]);
  }

  static ApiResponse methodNotAllowed(String allow) {
    return new ApiResponse(
        405,
        Map.of("Allow", allow, "Content-Type", "text/plain; charset=utf-8"),
        "Method Not Allowed".getBytes(StandardCharsets.UTF_8));
  }

  static ApiResponse html(String html) {
    return new ApiResponse(
        200,
        Map.of("Content-Type", "text/html; charset=utf-8"),
        html.getBytes(StandardCharsets.UTF_8));
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The response headers set by the application. */
  Map<String, String> headers() {
    return headers;
  }

  /** A copy of the body bytes. */
  byte[] body() {
    return body.clone();
  }

  int bodyLength() {
    return body.length;
  }

  byte[] bodyUnsafe() {
    return body;
  }
}

package dev.smarter.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A response of the fake: status, the application's headers and body bytes, shaped like Starlette's
 * responses (lower-case header names; {@code content-length} and {@code content-type} are added by
 * the transport after the others, as Starlette adds them). Immutable.
 */
final class ApiResponse {
  private final int status;
  private final @Nullable String contentType;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;

  private ApiResponse(
      int status,
      @Nullable String contentType,
      List<Map.Entry<String, String>> headers,
      byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /** A Starlette {@code JSONResponse}; rendering may raise {@link PyException} like Python's. */
  static ApiResponse json(int status, @Nullable Object content) {
    return new ApiResponse(status, "application/json", List.of(), PyJsonWriter.render(content));
  }

  /** {@code JSONResponse({"error": message}, status_code=status)}. */
  static ApiResponse error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    return json(status, body);
  }

  /** A response with a caller-given body, content type and headers (fault injection). */
  static ApiResponse raw(
      int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
    return new ApiResponse(status, contentType, headers, body.clone());
  }

  /** Starlette's {@code PlainTextResponse}. */
  static ApiResponse text(int status, String text) {
    return new ApiResponse(
        status, "text/plain; charset=utf-8", List.of(), text.getBytes(StandardCharsets.UTF_8));
  }

  static ApiResponse redirectHome() {
    return new ApiResponse(302, null, List.of(header("location", "/")), new byte[0]);
  }

  static ApiResponse methodNotAllowed(String allow) {
    return new ApiResponse(
        405,
        "text/plain; charset=utf-8",
        List.of(header("allow", allow)),
        "Method Not Allowed".getBytes(StandardCharsets.UTF_8));
  }

  static ApiResponse html(String html) {
    return new ApiResponse(
        200, "text/html; charset=utf-8", List.of(), html.getBytes(StandardCharsets.UTF_8));
  }

  static Map.Entry<String, String> header(String name, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, value);
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The {@code content-type}, or {@code null} for a response without one (a redirect). */
  @Nullable String contentType() {
    return contentType;
  }

  /** The headers other than {@code content-length} and {@code content-type}, in order. */
  List<Map.Entry<String, String>> headers() {
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

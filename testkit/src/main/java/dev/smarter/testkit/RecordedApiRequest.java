package dev.smarter.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake received, with the status it answered. Immutable. Recorded before the
 * response is written, so once a client has its answer the request is already here.
 *
 * <p>{@link #toString()} names only the method, path and status: headers and bodies can carry the
 * API key or a token and are never printed.
 */
public final class RecordedApiRequest {
  /** {@link #status()} of a request whose connection was dropped before it was processed. */
  public static final int NO_RESPONSE = -1;

  private final long sequenceNumber;
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final int status;
  private final Fault.@Nullable Kind fault;
  private final boolean responseSent;

  RecordedApiRequest(
      long sequenceNumber,
      String method,
      String path,
      @Nullable String query,
      Map<String, List<String>> headers,
      byte[] body,
      int status,
      Fault.@Nullable Kind fault,
      boolean responseSent) {
    this.sequenceNumber = sequenceNumber;
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body.clone();
    this.status = status;
    this.fault = fault;
    this.responseSent = responseSent;
  }

  /**
   * 0 for the first request the server received, then 1, 2, ... (reset by {@code reset()}).
   *
   * @return the request's position in arrival order, from 0
   */
  public long sequenceNumber() {
    return sequenceNumber;
  }

  /**
   * The HTTP method, upper-case.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The percent-decoded path, e.g. {@code /api/guilds/1}.
   *
   * @return the path, without the query string
   */
  public String path() {
    return path;
  }

  /**
   * The raw query string without {@code ?}, or {@code null} if the URL had none.
   *
   * @return the query string, still percent-encoded, or {@code null}
   */
  public @Nullable String query() {
    return query;
  }

  /**
   * The path plus {@code ?query} when there was one.
   *
   * @return the request target, such as {@code /api/users?limit=10}
   */
  public String target() {
    return query == null ? path : path + "?" + query;
  }

  /**
   * All headers; names are lower-case, values as sent but for the spaces and tabs around them.
   *
   * @return the headers in the order received, each name mapped to its values in that order;
   *     unmodifiable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of header {@code name} (case-insensitive), or {@code null}.
   *
   * @param name the header name, in any case
   * @return the first value, or {@code null} if the request had no such header
   */
  public @Nullable String header(String name) {
    Objects.requireNonNull(name, "name == null");
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The body decoded as UTF-8 (empty for none).
   *
   * @return the body text; malformed bytes are replaced with U+FFFD
   */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The raw body bytes (a copy).
   *
   * @return a new array on each call, empty for no body
   */
  public byte[] bodyBytes() {
    return body.clone();
  }

  /**
   * The status the fake produced: the injected one for a status fault, the real answer for a
   * request dropped after processing (the client never saw it), {@link #NO_RESPONSE} for one
   * dropped before processing.
   *
   * @return the HTTP status, or {@link #NO_RESPONSE}
   */
  public int status() {
    return status;
  }

  /**
   * The fault injected into this request, if any.
   *
   * @return the kind of the injected fault, or empty if the request was served normally
   */
  public Optional<Fault.Kind> fault() {
    return Optional.ofNullable(fault);
  }

  /**
   * Whether a response was written (false when the connection was dropped).
   *
   * @return {@code true} if the fake wrote a response
   */
  public boolean responseSent() {
    return responseSent;
  }

  /**
   * Whether this request was {@code method pathPattern}, for example {@code matches("POST",
   * "/api/warnings")} or {@code matches("PUT", "/api/guilds/{id}")}.
   *
   * @param method the HTTP method, compared case-insensitively
   * @param pathPattern the whole path (the query is not compared; see {@link #query()}), where a
   *     segment in braces such as {@code {id}} stands for any one non-empty segment
   * @return {@code true} if the method is {@code method} and the path has the pattern's segments
   * @throws IllegalArgumentException if {@code pathPattern} does not start with {@code /}
   */
  public boolean matches(String method, String pathPattern) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathPattern, "pathPattern == null");
    if (!pathPattern.startsWith("/")) {
      throw new IllegalArgumentException("pathPattern must start with /: " + pathPattern);
    }
    return this.method.equalsIgnoreCase(method) && pathMatches(pathPattern, path);
  }

  private static boolean pathMatches(String pattern, String path) {
    String[] expected = pattern.split("/", -1);
    String[] actual = path.split("/", -1);
    if (expected.length != actual.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      String segment = expected[i];
      boolean placeholder =
          segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
      if (placeholder ? actual[i].isEmpty() : !segment.equals(actual[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "RecordedApiRequest[#"
        + sequenceNumber
        + " "
        + method
        + " "
        + path
        + " -> "
        + (responseSent ? Integer.toString(status) : "dropped")
        + (fault == null ? "" : " (" + fault + ")")
        + "]";
  }
}

package dev.smarter.testkit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request line and header fields of one HTTP/1.x request, as they came over the wire: the
 * method and target unchanged, header names as sent, values with only their surrounding spaces and
 * tabs removed (a tab inside a value stays a tab).
 *
 * @param method the method token, as sent
 * @param target the request target, as sent (still percent-encoded, query included)
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers the header fields in the order received
 */
record HttpRequestHead(
    String method, String target, String version, List<Map.Entry<String, String>> headers) {

  HttpRequestHead {
    headers = List.copyOf(headers);
  }

  /** The value of the first field named {@code name} (case-insensitive), or {@code null}. */
  @Nullable String header(String name) {
    for (Map.Entry<String, String> field : headers) {
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  /**
   * Whether the connection stays open after the response: HTTP/1.1 unless the client sent {@code
   * Connection: close}; never for HTTP/1.0 (as h11, the server's HTTP library, does).
   */
  boolean keepAlive() {
    if (!version.equals("HTTP/1.1")) {
      return false;
    }
    for (Map.Entry<String, String> field : headers) {
      if (field.getKey().equalsIgnoreCase("Connection")) {
        for (String option : field.getValue().split(",", -1)) {
          if (option.strip().toLowerCase(Locale.ROOT).equals("close")) {
            return false;
          }
        }
      }
    }
    return true;
  }
}

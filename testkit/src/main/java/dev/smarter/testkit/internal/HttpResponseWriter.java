package dev.smarter.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Writes responses the way uvicorn sends Starlette's: {@code HTTP/1.1}, a {@code date} header, the
 * application's headers, then {@code content-length} and {@code content-type}, lower-case names,
 * and {@code connection: close} when the connection ends after it. Status line, headers and body go
 * out in one write, so that no response waits on Nagle's algorithm.
 */
final class HttpResponseWriter {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final byte[] CONTINUE =
      "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final Clock clock;

  HttpResponseWriter(Clock clock) {
    this.clock = clock;
  }

  /** The interim response a client sending {@code Expect: 100-continue} waits for. */
  static byte[] continueResponse() {
    return CONTINUE.clone();
  }

  /** uvicorn's answer to a request it cannot parse. */
  byte[] badRequest() {
    return render(ApiResponse.text(400, "Invalid HTTP request received."), false, false);
  }

  /**
   * The bytes of {@code response}; without a body for a {@code HEAD} request (its {@code
   * content-length} still counts the body), and without either for 1xx, 204 and 304.
   */
  byte[] render(ApiResponse response, boolean head, boolean keepAlive) {
    int status = response.status();
    boolean bodyAllowed = status >= 200 && status != 204 && status != 304;
    StringBuilder text = new StringBuilder(160);
    text.append("HTTP/1.1 ").append(status).append(' ').append(reasonPhrase(status)).append("\r\n");
    text.append("date: ").append(HTTP_DATE.format(clock.instant())).append("\r\n");
    for (Map.Entry<String, String> header : response.headers()) {
      text.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    if (bodyAllowed) {
      text.append("content-length: ").append(response.bodyLength()).append("\r\n");
    }
    if (response.contentType() != null) {
      text.append("content-type: ").append(response.contentType()).append("\r\n");
    }
    if (!keepAlive) {
      text.append("connection: close\r\n");
    }
    text.append("\r\n");
    byte[] headBytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    if (head || !bodyAllowed || response.bodyLength() == 0) {
      return headBytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(headBytes.length + response.bodyLength());
    out.write(headBytes, 0, headBytes.length);
    out.write(response.bodyUnsafe(), 0, response.bodyLength());
    return out.toByteArray();
  }

  /** Python's {@code http.HTTPStatus} phrase, empty for codes it does not know. */
  static String reasonPhrase(int status) {
    switch (status) {
      case 100:
        return "Continue";
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 202:
        return "Accepted";
      case 204:
        return "No Content";
      case 301:
        return "Moved Permanently";
      case 302:
        return "Found";
      case 304:
        return "Not Modified";
      case 307:
        return "Temporary Redirect";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 413:
        return "Request Entity Too Large";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 501:
        return "Not Implemented";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "";
    }
  }
}

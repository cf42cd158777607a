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
    text.append("HTTP/1.1 ")
        .append(status)
        .append(' ')
        .append(ReasonPhrases.of(status))
        .append("\r\n");
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
}

package dev.smarter.benchmarks;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The precomputed responses of {@link CannedServer}, chosen by the start of the request line
 * without allocating:
 *
 * <ul>
 *   <li>{@code POST /api/auth/token}: 200 {@code {"token": "t", "expires_in": 3600}}
 *   <li>{@code GET /api/guilds/{id}}: 200, a Guild (the same for every id)
 *   <li>{@code GET /api/users}: 200, {@code {"users": [...]}} with 100 users
 *   <li>{@code POST /api/users/batch}: 201, a batch result with 500 users
 *   <li>anything else: 404 {@code {"error": "Not found"}}
 * </ul>
 *
 * Every response has {@code Content-Type: application/json} and {@code Content-Length}.
 */
final class CannedRoutes {
  static final Charset ASCII = StandardCharsets.US_ASCII;

  private final byte[][] prefixes;
  private final byte[][] responses;
  private final byte[] notFound;

  CannedRoutes() {
    prefixes =
        new byte[][] {
          ascii("POST /api/auth/token "),
          ascii("GET /api/guilds/"),
          ascii("GET /api/users "),
          ascii("GET /api/users?"),
          ascii("POST /api/users/batch "),
        };
    byte[] users = response(200, "OK", Fixtures.userListJson(100));
    responses =
        new byte[][] {
          response(200, "OK", "{\"token\": \"t\", \"expires_in\": 3600}"),
          response(200, "OK", Fixtures.guildJson(Fixtures.GUILD_ID)),
          users,
          users,
          response(201, "CREATED", Fixtures.batchResultJson(500)),
        };
    notFound = response(404, "NOT FOUND", "{\"error\": \"Not found\"}");
  }

  /** The response for the request whose head starts at {@code start} of {@code buffer}. */
  byte[] responseFor(byte[] buffer, int start) {
    for (int i = 0; i < prefixes.length; i++) {
      if (startsWith(buffer, start, prefixes[i])) {
        return responses[i];
      }
    }
    return notFound;
  }

  private static byte[] response(int code, String reason, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ascii(
            "HTTP/1.1 "
                + code
                + " "
                + reason
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n");
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(ASCII);
  }

  private static boolean startsWith(byte[] buffer, int start, byte[] prefix) {
    if (buffer.length - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code buffer[start..end)} starts with the lower-case ASCII {@code prefix}. */
  static boolean startsWithIgnoreCase(byte[] buffer, int start, int end, byte[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      byte b = buffer[start + i];
      if (b >= 'A' && b <= 'Z') {
        b = (byte) (b + ('a' - 'A'));
      }
      if (b != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

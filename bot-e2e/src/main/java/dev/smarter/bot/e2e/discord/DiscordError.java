package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.obj;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An error answer of Discord's REST API: an HTTP status and a JSON error code and message. */
final class DiscordError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final int code;

  DiscordError(int status, int code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static DiscordError unauthorized() {
    return new DiscordError(401, 0, "401: Unauthorized");
  }

  static DiscordError notFound() {
    return new DiscordError(404, 0, "404: Not Found");
  }

  static DiscordError unknown(String what, int code) {
    return new DiscordError(404, code, "Unknown " + what);
  }

  static DiscordError invalidFormBody(String detail) {
    return new DiscordError(400, 50035, "Invalid Form Body: " + detail);
  }

  Map<String, @Nullable Object> body() {
    return obj("message", getMessage(), "code", code);
  }
}

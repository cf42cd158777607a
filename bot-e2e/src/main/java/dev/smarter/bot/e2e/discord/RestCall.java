package dev.smarter.bot.e2e.discord;

/**
 * An HTTP request the fake answered.
 *
 * @param method the HTTP method
 * @param path the path, such as {@code /api/v10/channels/123/messages}, without the query
 * @param status the status the fake answered with
 */
public record RestCall(String method, String path, int status) {}

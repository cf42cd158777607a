package dev.smarter.bot.e2e.discord;

/**
 * A gateway connection that ended.
 *
 * @param code the close code (1000 for a normal close; Discord's 4000-4014 when the fake closed it
 *     for a protocol error; 1006 when the connection broke without a close frame)
 * @param reason the close reason
 * @param byClient whether the client started the close
 */
public record GatewayClosure(int code, String reason, boolean byClient) {}

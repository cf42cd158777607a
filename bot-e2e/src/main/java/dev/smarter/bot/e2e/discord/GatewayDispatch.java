package dev.smarter.bot.e2e.discord;

/**
 * A dispatch (opcode 0) the fake sent, or buffered for a disconnected session to replay on RESUME.
 *
 * @param sessionId the session it belongs to
 * @param seq its sequence number in that session, from 1
 * @param type the event, such as {@code READY} or {@code GUILD_MEMBERS_CHUNK}
 */
public record GatewayDispatch(String sessionId, int seq, String type) {}

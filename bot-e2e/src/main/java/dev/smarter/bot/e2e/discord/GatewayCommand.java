package dev.smarter.bot.e2e.discord;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A payload the client sent on the gateway, in arrival order.
 *
 * @param op the opcode: 1 HEARTBEAT, 2 IDENTIFY, 3 PRESENCE_UPDATE, 4 VOICE_STATE_UPDATE, 6 RESUME,
 *     8 REQUEST_GUILD_MEMBERS
 * @param data the payload's {@code d}; the token is replaced by {@code "[token]"}
 */
public record GatewayCommand(int op, @Nullable Object data) {
  /** Sent every heartbeat interval; Discord answers with HEARTBEAT_ACK. */
  public static final int HEARTBEAT = 1;

  /** Starts a session. */
  public static final int IDENTIFY = 2;

  /** Updates the bot's own presence. */
  public static final int PRESENCE_UPDATE = 3;

  /** Joins or leaves a voice channel. */
  public static final int VOICE_STATE_UPDATE = 4;

  /** Resumes a session after a reconnect. */
  public static final int RESUME = 6;

  /** Asks for a guild's members, answered by GUILD_MEMBERS_CHUNK events. */
  public static final int REQUEST_GUILD_MEMBERS = 8;

  /**
   * Returns {@code d} as an object.
   *
   * @return the fields of the payload's data
   * @throws IllegalStateException if {@code d} is not an object
   */
  public Map<String, @Nullable Object> fields() {
    try {
      return Json.asObject(data);
    } catch (Json.MalformedJsonException e) {
      throw new IllegalStateException("d is not an object: " + data, e);
    }
  }

  /**
   * Returns the intents of an IDENTIFY.
   *
   * @return the intents asked for
   * @throws IllegalStateException if this is not an IDENTIFY
   */
  public Set<GatewayIntent> intents() {
    if (op != IDENTIFY) {
      throw new IllegalStateException("not an IDENTIFY: op " + op);
    }
    return GatewayIntent.fromMask(Json.asLong(fields().get("intents")));
  }
}

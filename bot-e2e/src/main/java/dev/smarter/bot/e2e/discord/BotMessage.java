package dev.smarter.bot.e2e.discord;

/**
 * A message the bot posted, as the fake stored it.
 *
 * @param id the message's snowflake
 * @param channelId the channel it appeared in
 * @param content its text
 * @param flags Discord's message flags ({@link #EPHEMERAL} for a reply only the invoker sees)
 * @param kind how the bot posted it
 * @param interactionId the interaction it answers, or 0 for a plain channel message
 */
public record BotMessage(
    long id, long channelId, String content, int flags, Kind kind, long interactionId) {
  /** The message flag of an ephemeral reply (only the user who invoked the command sees it). */
  public static final int EPHEMERAL = 1 << 6;

  /** How the bot posted a message. */
  public enum Kind {
    /** {@code POST /channels/{id}/messages}. */
    CHANNEL_MESSAGE,
    /** An interaction callback of type 4 (CHANNEL_MESSAGE_WITH_SOURCE) carrying the reply. */
    INTERACTION_RESPONSE,
    /** {@code PATCH /webhooks/{app}/{token}/messages/@original}: fills or edits the response. */
    ORIGINAL_RESPONSE_EDIT,
    /** {@code POST /webhooks/{app}/{token}}: a follow-up message. */
    FOLLOWUP
  }

  /**
   * Returns whether only the invoking user sees the message.
   *
   * @return whether the {@link #EPHEMERAL} flag is set
   */
  public boolean isEphemeral() {
    return (flags & EPHEMERAL) != 0;
  }
}

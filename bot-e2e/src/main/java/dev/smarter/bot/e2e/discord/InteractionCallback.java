package dev.smarter.bot.e2e.discord;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An interaction callback the bot sent ({@code POST /interactions/{id}/{token}/callback}) and the
 * fake accepted.
 *
 * @param interactionId the interaction acknowledged
 * @param type the callback type, such as {@link #DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE}
 * @param flags the message flags in {@code data} ({@link BotMessage#EPHEMERAL}), or 0
 * @param content the message text in {@code data}, or null when there is none
 * @param afterCreate how long after the fake sent INTERACTION_CREATE the callback arrived
 */
public record InteractionCallback(
    long interactionId, int type, int flags, @Nullable String content, Duration afterCreate) {
  /** Replies at once with a message. */
  public static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;

  /** Acknowledges now ("the bot is thinking"); the response follows by editing the original. */
  public static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;

  /** For components: acknowledges now, edits the message later. */
  public static final int DEFERRED_UPDATE_MESSAGE = 6;

  /** For components: edits the message the component is on. */
  public static final int UPDATE_MESSAGE = 7;

  /** Answers an autocomplete request. */
  public static final int APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8;

  /** Opens a modal. */
  public static final int MODAL = 9;

  /**
   * Returns whether the response will be visible to the invoking user only.
   *
   * @return whether {@link BotMessage#EPHEMERAL} is set in the flags
   */
  public boolean isEphemeral() {
    return (flags & BotMessage.EPHEMERAL) != 0;
  }
}

package dev.smarter.bot.e2e.discord;

import java.time.Duration;
import java.util.List;

/** A slash-command invocation sent to the bot, with waits for the bot's answers. Thread-safe. */
public final class FakeInteraction {
  private final World world;
  private final long id;
  private final String token;

  FakeInteraction(World world, long id, String token) {
    this.world = world;
    this.id = id;
    this.token = token;
  }

  /**
   * Returns the interaction's snowflake.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the interaction token, which the bot uses in the callback and webhook URLs.
   *
   * @return the token
   */
  public String token() {
    return token;
  }

  /**
   * Waits for the bot's acknowledgement (the one callback Discord accepts per interaction).
   *
   * @param timeout how long to wait
   * @return the callback
   * @throws AssertionError if none arrives in time
   * @throws InterruptedException if interrupted while waiting
   */
  public InteractionCallback awaitCallback(Duration timeout) throws InterruptedException {
    return world.callbacks.await(callback -> callback.interactionId() == id, timeout);
  }

  /**
   * Waits for the bot's first visible answer: the message of a type 4 callback, or the first edit
   * of the original response after a deferral.
   *
   * @param timeout how long to wait
   * @return the answer
   * @throws AssertionError if none arrives in time
   * @throws InterruptedException if interrupted while waiting
   */
  public BotMessage awaitResponse(Duration timeout) throws InterruptedException {
    return world.messages.await(
        message ->
            message.interactionId() == id
                && (message.kind() == BotMessage.Kind.INTERACTION_RESPONSE
                    || message.kind() == BotMessage.Kind.ORIGINAL_RESPONSE_EDIT),
        timeout);
  }

  /**
   * Waits for the bot's follow-up messages.
   *
   * @param count how many to wait for
   * @param timeout how long to wait
   * @return the first {@code count} follow-ups, oldest first
   * @throws AssertionError if fewer arrive in time
   * @throws InterruptedException if interrupted while waiting
   */
  public List<BotMessage> awaitFollowups(int count, Duration timeout) throws InterruptedException {
    return world.messages.awaitCount(
        message -> message.interactionId() == id && message.kind() == BotMessage.Kind.FOLLOWUP,
        count,
        timeout);
  }

  /**
   * Returns every message the bot posted for this interaction so far.
   *
   * @return responses, edits and follow-ups, oldest first
   */
  public List<BotMessage> messages() {
    return world.messages.matching(message -> message.interactionId() == id);
  }

  @Override
  public String toString() {
    return "FakeInteraction{" + id + "}";
  }
}

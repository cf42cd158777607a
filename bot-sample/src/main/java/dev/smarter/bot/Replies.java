package dev.smarter.bot;

/**
 * Where a command's answers go: a Discord channel, a slash-command interaction, or the console of
 * the simulation. Messages are posted in the order of the calls.
 */
@FunctionalInterface
public interface Replies {
  /**
   * Posts one message everyone in the channel sees. Implementations deliver it or log why they
   * could not; they never throw for a delivery failure.
   *
   * @param text the message, not blank
   */
  void post(String text);

  /**
   * Posts one message only the person who used the command sees (an ephemeral slash-command
   * message). Where a channel cannot show private messages (prefix commands), it is posted like
   * {@link #post}.
   *
   * @param text the message, not blank
   */
  default void postPrivately(String text) {
    post(text);
  }
}

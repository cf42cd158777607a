package dev.smarter.bot;

/**
 * Where a command's answers go: a Discord channel, a slash-command interaction, or the console of
 * the simulation. Messages are posted in the order of the calls.
 */
@FunctionalInterface
public interface Replies {
  /**
   * Posts one message. Implementations deliver it or log why they could not; they never throw for a
   * delivery failure.
   *
   * @param text the message, not blank
   */
  void post(String text);
}

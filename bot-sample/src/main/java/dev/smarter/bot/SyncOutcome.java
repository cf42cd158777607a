package dev.smarter.bot;

/** What one sync of a guild or a user did to the API. */
public enum SyncOutcome {
  /** The row did not exist and was created. */
  CREATED,
  /** The row existed and at least one field changed. */
  UPDATED,
  /** The row already matched; nothing was sent. */
  UNCHANGED,
  /** The input was not synced at all (a bot account). */
  SKIPPED
}

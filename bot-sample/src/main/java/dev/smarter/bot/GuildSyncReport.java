package dev.smarter.bot;

import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.Guild;
import java.time.Duration;
import java.util.Objects;

/**
 * What a full sync of a guild and its members did.
 *
 * @param guild the guild's API row after the sync
 * @param guildOutcome whether the guild row was created, updated or left as it was
 * @param botsSkipped how many bot accounts were left out
 * @param members the users' counts: {@link UpsertSummary#total()} is the number of human members
 * @param elapsed how long the whole sync took
 */
public record GuildSyncReport(
    Guild guild,
    SyncOutcome guildOutcome,
    int botsSkipped,
    UpsertSummary members,
    Duration elapsed) {
  /**
   * Checks that nothing is null.
   *
   * @param guild the guild row
   * @param guildOutcome the guild's outcome
   * @param botsSkipped bots left out, {@code >= 0}
   * @param members the users' counts
   * @param elapsed the duration
   */
  public GuildSyncReport {
    Objects.requireNonNull(guild, "guild == null");
    Objects.requireNonNull(guildOutcome, "guildOutcome == null");
    Objects.requireNonNull(members, "members == null");
    Objects.requireNonNull(elapsed, "elapsed == null");
  }
}

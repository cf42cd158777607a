package dev.smarter.bot;

import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code !sync}: syncs the current guild and its members, for the bot owner only and only inside a
 * guild. Posts a start line, a progress line every {@value #PROGRESS_EVERY_BATCHES} batches and at
 * the last one, and a summary with the exact counts (and the failed batches, if any). Thread-safe.
 */
public final class SyncCommand {
  /** A progress line is posted after every this many batches, and after the last one. */
  public static final int PROGRESS_EVERY_BATCHES = 5;

  /** The reply to anyone but the bot owner. */
  public static final String OWNER_ONLY = "Sorry, only the bot owner can run sync.";

  /** The reply outside a guild (a direct message). */
  public static final String GUILD_ONLY =
      "Sync works only inside a server, not in direct messages.";

  private static final int FAILURES_LISTED = 3;
  private static final Logger log = LoggerFactory.getLogger(SyncCommand.class);

  private final GuildSynchronizer synchronizer;

  /**
   * Creates the command.
   *
   * @param synchronizer what does the syncing
   */
  public SyncCommand(GuildSynchronizer synchronizer) {
    this.synchronizer = Objects.requireNonNull(synchronizer, "synchronizer == null");
  }

  /**
   * Runs the command, blocking until the sync is done. Never throws for an API failure: it is
   * logged and reported in a reply.
   *
   * @param guild the guild the command was used in, or empty in a direct message
   * @param authorIsOwner whether the author owns the bot
   * @param members the guild's members (bots included), read only when the sync starts
   * @param replies where the messages go
   */
  public void run(
      Optional<GuildSnapshot> guild,
      boolean authorIsOwner,
      Supplier<? extends Collection<MemberSnapshot>> members,
      Replies replies) {
    Objects.requireNonNull(guild, "guild == null");
    Objects.requireNonNull(members, "members == null");
    Objects.requireNonNull(replies, "replies == null");
    if (!authorIsOwner) {
      replies.post(OWNER_ONLY);
      return;
    }
    if (guild.isEmpty()) {
      replies.post(GUILD_ONLY);
      return;
    }
    GuildSnapshot target = guild.get();
    try {
      Collection<MemberSnapshot> snapshot = members.get();
      long humans = snapshot.stream().filter(member -> !member.isBot()).count();
      replies.post(
          "Syncing "
              + target.name()
              + " and its "
              + Texts.count(humans)
              + " members in batches of "
              + GuildSynchronizer.BATCH_SIZE
              + "...");
      GuildSyncReport report =
          synchronizer.syncGuildAndMembers(
              target,
              snapshot,
              progress -> {
                if (isMilestone(progress)) {
                  replies.post(progressLine(progress));
                }
              });
      replies.post(summaryLine(target, report));
      failureLines(report.members()).forEach(replies::post);
    } catch (SyncStoppedException e) {
      log.info("Sync of guild {} stopped: {}", target.discordId(), e.getMessage());
      replies.post(stoppedLine(e));
    } catch (RuntimeException e) {
      log.warn("Sync of guild {} failed: {}", target.discordId(), e.toString());
      replies.post("Sync failed: " + e.getMessage());
    }
  }

  /**
   * Formats the line posted when a sync stops because the bot is shutting down.
   *
   * @param stopped the stop
   * @return the line
   */
  public static String stoppedLine(SyncStoppedException stopped) {
    return stopped
        .progress()
        .map(
            p ->
                "Sync stopped after batch "
                    + p.batchesDone()
                    + "/"
                    + p.batchesTotal()
                    + ": the bot is shutting down. Run sync again when it is back.")
        .orElse("The bot is shutting down: run sync again when it is back.");
  }

  /**
   * Returns whether a progress report deserves a message: every {@value #PROGRESS_EVERY_BATCHES}
   * batches and the last one.
   *
   * @param progress the report
   * @return whether to post it
   */
  public static boolean isMilestone(UpsertProgress progress) {
    return progress.batchesDone() % PROGRESS_EVERY_BATCHES == 0 || progress.isLast();
  }

  /**
   * Formats a progress line, such as {@code "Batch 5/11 done: 500/1,050 users sent."}.
   *
   * @param progress the report
   * @return the line
   */
  public static String progressLine(UpsertProgress progress) {
    String line =
        "Batch "
            + progress.batchesDone()
            + "/"
            + progress.batchesTotal()
            + " done: "
            + Texts.count(progress.usersDone())
            + "/"
            + Texts.count(progress.usersTotal())
            + " users sent.";
    return progress.failedBatches() == 0
        ? line
        : line + " " + progress.failedBatches() + " failed so far.";
  }

  /**
   * Formats the summary line of a finished sync.
   *
   * @param guild the synced guild
   * @param report what the sync did
   * @return the line
   */
  public static String summaryLine(GuildSnapshot guild, GuildSyncReport report) {
    UpsertSummary members = report.members();
    return "Sync complete for "
        + guild.name()
        + " in "
        + Texts.seconds(report.elapsed())
        + ": "
        + Texts.count(members.total())
        + " members, "
        + Texts.count(members.created())
        + " created, "
        + Texts.count(members.updated())
        + " updated, "
        + Texts.count(members.unchanged())
        + " unchanged, "
        + Texts.count(members.failed())
        + " failed (guild "
        + report.guildOutcome().name().toLowerCase(Locale.ROOT)
        + ", "
        + Texts.count(report.botsSkipped())
        + " bots skipped).";
  }

  private static List<String> failureLines(UpsertSummary members) {
    if (members.isComplete()) {
      return List.of();
    }
    List<String> lines =
        new ArrayList<>(
            members.failures().stream()
                .limit(FAILURES_LISTED)
                .map(
                    failure ->
                        "Batch "
                            + (failure.batchIndex() + 1)
                            + " ("
                            + failure.users().size()
                            + " users) failed: "
                            + failure.error().getMessage())
                .toList());
    int more = members.failures().size() - FAILURES_LISTED;
    lines.add(
        (more > 0 ? "...and " + more + " more failed batches. " : "")
            + "Run sync again to retry the failed users.");
    return lines;
  }
}

package dev.smarter.bot;

import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.ModerationCaseQuery;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import dev.smarter.sdk.model.WarningQuery;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation commands {@code /warn}, {@code /cases} and {@code /case resolve}, over plain
 * inputs. Only members with Discord's {@value #REQUIRED_PERMISSION} permission (or Administrator)
 * in the guild may use them ({@link Invocation#authorCanModerate()}); everyone else gets a private
 * refusal and nothing is sent to the API. Every answer is private to the moderator.
 *
 * <p>{@code /warn} records a warning and opens a case with the action {@value #WARN_ACTION}, so the
 * warning can be followed and resolved with {@code /cases} and {@code /case resolve}. Both creates
 * are never repeated by the SDK; when one fails after it may have reached the API ({@link
 * OutcomeUnknownException}) the moderator is told it may have been recorded and to check {@code
 * /cases} before warning again. No method throws for an API failure. Thread-safe.
 */
public final class ModerationCommands {
  /** The Discord permission the moderation commands need ("Timeout members" in the client). */
  public static final String REQUIRED_PERMISSION = "MODERATE_MEMBERS";

  /** The action of the case {@code /warn} opens. */
  public static final String WARN_ACTION = "warn";

  /** The refusal for members without the permission. */
  public static final String NOT_A_MODERATOR =
      "Only members with the Timeout Members (MODERATE_MEMBERS) or Administrator permission can"
          + " use the moderation commands.";

  /** The answer outside a server. */
  public static final String SERVER_ONLY =
      "Moderation happens in a server: use this command in one, not in direct messages.";

  /** How many cases {@code /cases} lists at most (Discord messages hold 2,000 characters). */
  public static final int CASES_LISTED = 15;

  private static final int REASON_SHOWN = 80;
  private static final Logger log = LoggerFactory.getLogger(ModerationCommands.class);

  private final GuildSynchronizer rows;
  private final SmarterDevClient client;

  /**
   * Creates the commands.
   *
   * @param rows maps Discord ids to API rows (its cache is shared with the sync)
   * @param client the SDK client; it stays owned by the caller
   */
  public ModerationCommands(GuildSynchronizer rows, SmarterDevClient client) {
    this.rows = Objects.requireNonNull(rows, "rows == null");
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * {@code /warn user reason}: records a warning and opens a {@value #WARN_ACTION} case (the
   * moderator's and the target's rows are found or created), then answers with the case number and
   * the target's number of warnings in this guild. Bots and oneself cannot be warned.
   *
   * @param invocation who, where, and where the answers go
   * @param target who is warned
   * @param reason why, not blank
   */
  public void warn(Invocation invocation, MemberSnapshot target, String reason) {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(reason, "reason == null");
    Replies replies = invocation.replies();
    Optional<GuildSnapshot> where = allowed(invocation);
    if (where.isEmpty()) {
      return;
    }
    if (target.isBot()) {
      replies.postPrivately(target.username() + " is a bot: the bot records people only.");
      return;
    }
    if (target.discordId() == invocation.author().discordId()) {
      replies.postPrivately("You can't warn yourself.");
      return;
    }
    String why = reason.strip();
    if (why.isEmpty()) {
      replies.postPrivately("Give a reason: it is stored with the warning.");
      return;
    }
    GuildSnapshot guild = where.get();
    long guildRowId;
    long modRowId;
    long targetRowId;
    try {
      guildRowId = rows.ensureGuild(guild).id();
      modRowId = rows.ensureUser(invocation.author()).id();
      targetRowId = rows.ensureUser(target).id();
      client
          .warnings()
          .create(
              NewWarning.builder()
                  .guildId(guildRowId)
                  .userId(targetRowId)
                  .modId(modRowId)
                  .reason(why)
                  .build())
          .execute();
    } catch (OutcomeUnknownException e) {
      log.warn("Guild {}: warning outcome unknown: {}", guild.discordId(), e.getMessage());
      replies.postPrivately(
          "The Smarter Dev API did not confirm the warning for "
              + target.username()
              + ": it may have been recorded. Check /cases "
              + target.username()
              + " before warning again.");
      return;
    } catch (SmarterDevException e) {
      log.warn("Guild {}: warning failed: {}", guild.discordId(), e.getMessage());
      replies.postPrivately(
          "The Smarter Dev API did not answer as expected: no warning was recorded. Try again in a"
              + " moment.");
      return;
    }
    log.info(
        "Guild {}: user {} warned user {}",
        guild.discordId(),
        invocation.author().discordId(),
        target.discordId());
    String caseText;
    try {
      ModerationCase opened =
          client
              .moderationCases()
              .create(
                  NewModerationCase.builder()
                      .guildId(guildRowId)
                      .userId(targetRowId)
                      .modId(modRowId)
                      .action(WARN_ACTION)
                      .reason(why)
                      .build())
              .execute();
      caseText = " (case #" + opened.caseNumber() + ")";
    } catch (OutcomeUnknownException e) {
      log.warn("Guild {}: warn case outcome unknown: {}", guild.discordId(), e.getMessage());
      caseText = " (its case may have been opened or not: check /cases before opening another)";
    } catch (SmarterDevException e) {
      log.warn("Guild {}: warn case failed: {}", guild.discordId(), e.getMessage());
      caseText = " (no case could be opened for it)";
    }
    String count;
    try {
      int warnings =
          client
              .warnings()
              .list(WarningQuery.builder().guildId(guildRowId).userId(targetRowId).build())
              .execute()
              .size();
      count = " " + target.username() + " now has " + plural(warnings, "warning") + " here.";
    } catch (SmarterDevException e) {
      log.warn("Guild {}: warning count failed: {}", guild.discordId(), e.getMessage());
      count = "";
    }
    replies.postPrivately(
        "Warned "
            + target.username()
            + ": "
            + Texts.clip(why, REASON_SHOWN)
            + caseText
            + "."
            + count);
  }

  /**
   * {@code /cases user [open-only]}: the target's number of warnings and their moderation cases in
   * this guild, newest first (number, action, reason, open or resolved), at most {@value
   * #CASES_LISTED}. Looks the target up without creating a row.
   *
   * @param invocation who, where, and where the answers go
   * @param target whose cases to list
   * @param openOnly whether to list only the open cases
   */
  public void cases(Invocation invocation, MemberSnapshot target, boolean openOnly) {
    Objects.requireNonNull(target, "target == null");
    Replies replies = invocation.replies();
    Optional<GuildSnapshot> where = allowed(invocation);
    if (where.isEmpty()) {
      return;
    }
    GuildSnapshot guild = where.get();
    try {
      Guild guildRow = rows.ensureGuild(guild);
      Optional<DiscordUser> row =
          target.isBot() ? Optional.empty() : rows.findUser(target.discordId());
      if (row.isEmpty()) {
        replies.postPrivately(target.username() + " has no warnings and no cases here.");
        return;
      }
      long userRowId = row.get().id();
      List<UserWarning> warnings =
          client
              .warnings()
              .list(WarningQuery.builder().guildId(guildRow.id()).userId(userRowId).build())
              .execute();
      ModerationCaseQuery query =
          ModerationCaseQuery.builder()
              .guildId(guildRow.id())
              .userId(userRowId)
              .resolved(openOnly ? Boolean.FALSE : null)
              .build();
      List<ModerationCase> cases = client.moderationCases().list(query).execute();
      String kind = openOnly ? "open case" : "case";
      StringBuilder text =
          new StringBuilder()
              .append(target.username())
              .append(" has ")
              .append(plural(warnings.size(), "warning"))
              .append(" and ")
              .append(plural(cases.size(), kind))
              .append(" here")
              .append(cases.isEmpty() ? "." : ":");
      cases.stream().limit(CASES_LISTED).forEach(c -> text.append('\n').append(line(c)));
      if (cases.size() > CASES_LISTED) {
        text.append("\n...and ").append(cases.size() - CASES_LISTED).append(" older.");
      }
      replies.postPrivately(text.toString());
    } catch (SmarterDevException e) {
      log.warn("Guild {}: cases failed: {}", guild.discordId(), e.getMessage());
      replies.postPrivately(
          "The Smarter Dev API did not answer as expected. Try again in a moment.");
    }
  }

  /**
   * {@code /case resolve number note}: resolves the guild's case with that number now, storing the
   * note. A case that is already resolved is left as it is.
   *
   * @param invocation who, where, and where the answers go
   * @param caseNumber the case's number in this guild
   * @param note the resolution note, not blank
   */
  public void resolve(Invocation invocation, long caseNumber, String note) {
    Objects.requireNonNull(note, "note == null");
    Replies replies = invocation.replies();
    Optional<GuildSnapshot> where = allowed(invocation);
    if (where.isEmpty()) {
      return;
    }
    String why = note.strip();
    if (why.isEmpty()) {
      replies.postPrivately("Give a note: it is stored with the case.");
      return;
    }
    GuildSnapshot guild = where.get();
    try {
      Guild guildRow = rows.ensureGuild(guild);
      Optional<ModerationCase> found =
          client
              .moderationCases()
              .list(ModerationCaseQuery.builder().guildId(guildRow.id()).build())
              .execute()
              .stream()
              .filter(c -> c.caseNumber() == caseNumber)
              .findFirst();
      if (found.isEmpty()) {
        replies.postPrivately("There is no case #" + caseNumber + " in this server.");
        return;
      }
      if (found.get().resolvedAt().isPresent()) {
        replies.postPrivately(
            "Case #"
                + caseNumber
                + " is already resolved"
                + found
                    .get()
                    .resolutionNote()
                    .map(n -> ": " + Texts.clip(n, REASON_SHOWN))
                    .orElse("")
                + ".");
        return;
      }
      ModerationCase resolved = client.moderationCases().resolve(found.get().id(), why).execute();
      log.info(
          "Guild {}: user {} resolved case #{}",
          guild.discordId(),
          invocation.author().discordId(),
          resolved.caseNumber());
      replies.postPrivately(
          "Case #" + resolved.caseNumber() + " resolved: " + Texts.clip(why, REASON_SHOWN) + ".");
    } catch (SmarterDevException e) {
      log.warn("Guild {}: case resolve failed: {}", guild.discordId(), e.getMessage());
      replies.postPrivately(
          "The Smarter Dev API did not answer as expected. Check with /cases whether case #"
              + caseNumber
              + " is resolved before trying again.");
    }
  }

  /** The guild, when the author may moderate there; otherwise answers the refusal. */
  private static Optional<GuildSnapshot> allowed(Invocation invocation) {
    if (invocation.guild().isEmpty()) {
      invocation.replies().postPrivately(SERVER_ONLY);
      return Optional.empty();
    }
    if (!invocation.authorCanModerate()) {
      invocation.replies().postPrivately(NOT_A_MODERATOR);
      return Optional.empty();
    }
    return invocation.guild();
  }

  private static String line(ModerationCase c) {
    return "#"
        + c.caseNumber()
        + " "
        + c.action()
        + ": "
        + c.reason().map(r -> Texts.clip(r, REASON_SHOWN)).orElse("no reason given")
        + " ("
        + (c.resolvedAt().isPresent()
            ? "resolved"
                + c.resolutionNote().map(n -> ": " + Texts.clip(n, REASON_SHOWN)).orElse("")
            : "open")
        + ")";
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

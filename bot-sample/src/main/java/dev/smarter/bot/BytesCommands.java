package dev.smarter.bot;

import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.InsufficientBalanceException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.BytesBalance;
import dev.smarter.sdk.model.BytesConfig;
import dev.smarter.sdk.model.BytesRole;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.LeaderboardEntry;
import dev.smarter.sdk.model.NewBytesAward;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /bytes} commands: {@code send}, {@code read} and {@code heap}, over plain inputs.
 * Discord ids become API row ids through the {@link GuildSynchronizer}'s cache (a user the API does
 * not know yet is created); refusals come from the SDK's typed errors ({@link CooldownException},
 * {@link InsufficientBalanceException}, {@link OutcomeUnknownException}), never from the server's
 * texts. Each guild's settings are cached for {@value BytesConfigCache#TTL_MINUTES} minutes.
 *
 * <p>{@code send} answers the giver privately and the channel publicly; {@code read} and {@code
 * heap} answer publicly. No method throws for an API failure: it is logged and answered. Amounts
 * are shown as the original bot did ({@code "40 bytes"}, {@code "1.43 KB (1,460 bytes)"}).
 * Thread-safe.
 */
public final class BytesCommands {
  /** The leaderboard's length when none is asked for. */
  public static final int DEFAULT_HEAP_LIMIT = 10;

  /** The longest leaderboard {@code heap} shows. */
  public static final int MAX_HEAP_LIMIT = 25;

  /** The answer outside a server. */
  public static final String SERVER_ONLY =
      "Bytes belong to a server: use this command in one, not in direct messages.";

  /** The answer when the API fails in a way that says nothing was done. */
  public static final String API_FAILED =
      "The Smarter Dev API did not answer as expected, so nothing changed. Try again in a moment.";

  /** The answer when a transfer may or may not have been stored. */
  public static final String OUTCOME_UNKNOWN =
      "The Smarter Dev API did not confirm the transfer: it may have gone through or not. Check"
          + " your balance with /bytes read before sending again.";

  private static final int REASON_SHOWN = 200;
  private static final Logger log = LoggerFactory.getLogger(BytesCommands.class);

  private final GuildSynchronizer rows;
  private final SmarterDevClient client;
  private final BytesConfigCache configs;

  /**
   * Creates the commands.
   *
   * @param rows maps Discord ids to API rows (its cache is shared with the sync)
   * @param client the SDK client; it stays owned by the caller
   * @param clock the clock that ages cached guild settings
   */
  public BytesCommands(GuildSynchronizer rows, SmarterDevClient client, Clock clock) {
    this.rows = Objects.requireNonNull(rows, "rows == null");
    this.client = Objects.requireNonNull(client, "client == null");
    this.configs = new BytesConfigCache(client, clock);
  }

  /**
   * {@code /bytes send user amount [reason]}: the author gives {@code amount} bytes to {@code
   * receiver}. Refused (privately, with nothing sent to the API's give endpoint) outside a server,
   * to oneself, to a bot, for an amount below 1 or above the guild's {@code max_give_amount}; the
   * API refuses while the author's cooldown runs (the answer says how many hours and minutes are
   * left) or when the balance is too low (the answer shows it). On success the author privately
   * gets the new balance, the channel sees who received what and why, and the roles the receiver
   * has earned are given in Discord and announced.
   *
   * @param invocation who, where, and where the answers go
   * @param receiver who gets the bytes
   * @param amount how many
   * @param reason why, or empty
   */
  public void send(
      Invocation invocation, MemberSnapshot receiver, long amount, Optional<String> reason) {
    Objects.requireNonNull(receiver, "receiver == null");
    Objects.requireNonNull(reason, "reason == null");
    Replies replies = invocation.replies();
    MemberSnapshot giver = invocation.author();
    if (invocation.guild().isEmpty()) {
      replies.postPrivately(SERVER_ONLY);
      return;
    }
    if (receiver.discordId() == giver.discordId()) {
      replies.postPrivately("You can't send bytes to yourself: pick someone who helped you.");
      return;
    }
    if (receiver.isBot()) {
      replies.postPrivately("Bots don't collect bytes: send them to a person.");
      return;
    }
    if (amount < 1) {
      replies.postPrivately("Send at least 1 byte.");
      return;
    }
    GuildSnapshot guild = invocation.guild().get();
    Optional<String> why = reason.map(String::strip).filter(text -> !text.isEmpty());
    long giverRowId = -1;
    try {
      Guild guildRow = rows.ensureGuild(guild);
      BytesConfig config = configs.get(guildRow.id());
      if (amount > config.maxGiveAmount()) {
        replies.postPrivately(
            "You can send at most "
                + Texts.bytes(config.maxGiveAmount())
                + " at a time in this server.");
        return;
      }
      DiscordUser giverRow = rows.ensureUser(giver);
      giverRowId = giverRow.id();
      DiscordUser receiverRow = rows.ensureUser(receiver);
      BytesAward award =
          client
              .bytes()
              .give(
                  NewBytesAward.builder()
                      .giverId(giverRow.id())
                      .receiverId(receiverRow.id())
                      .guildId(guildRow.id())
                      .amount(amount)
                      .reason(why.orElse(null))
                      .build())
              .execute();
      log.info(
          "Guild {}: user {} sent {} bytes to user {}",
          guild.discordId(),
          giver.discordId(),
          amount,
          receiver.discordId());
      replies.postPrivately(
          "You sent "
              + Texts.bytes(amount)
              + " to "
              + receiver.username()
              + award
                  .giverBalance()
                  .map(balance -> ". Your balance: " + Texts.bytes(balance) + ".")
                  .orElse(" (the answer was lost, but the award is recorded)."));
      replies.post(
          Texts.mention(receiver)
              + " received "
              + Texts.bytes(amount)
              + " from "
              + giver.username()
              + award
                  .receiverBalance()
                  .map(balance -> " (balance: " + Texts.bytes(balance) + ").")
                  .orElse(".")
              + why.map(text -> " Reason: " + Texts.clip(text, REASON_SHOWN)).orElse(""));
      List<BytesRole> earned = award.earnedRoles().orElse(List.of());
      if (!earned.isEmpty()) {
        announceRoles(invocation, guild, receiver, earned);
      }
    } catch (CooldownException e) {
      replies.postPrivately(
          "You sent bytes recently: you can send again in "
              + Texts.hoursAndMinutes(e.minutesLeft())
              + ".");
    } catch (InsufficientBalanceException e) {
      replies.postPrivately(notEnough(giverRowId, amount));
    } catch (OutcomeUnknownException e) {
      log.warn("Guild {}: bytes send outcome unknown: {}", guild.discordId(), e.getMessage());
      replies.postPrivately(OUTCOME_UNKNOWN);
    } catch (SmarterDevException e) {
      log.warn("Guild {}: bytes send failed: {}", guild.discordId(), e.getMessage());
      replies.postPrivately(API_FAILED);
    }
  }

  /** The stored balance is what the server compared: read it without the balance endpoint. */
  private String notEnough(long giverRowId, long amount) {
    String wanted = "not enough to send " + Texts.bytes(amount) + ".";
    try {
      long balance = client.users().get(giverRowId).execute().bytesBalance();
      return "Your balance is " + Texts.bytes(balance) + ": " + wanted;
    } catch (SmarterDevException e) {
      log.warn("Could not read the balance of user row {}: {}", giverRowId, e.getMessage());
      return "Your balance is " + wanted;
    }
  }

  private void announceRoles(
      Invocation invocation, GuildSnapshot guild, MemberSnapshot receiver, List<BytesRole> earned) {
    List<RoleGrant> grants =
        invocation.roles().grant(guild.discordId(), receiver.discordId(), earned);
    List<String> added = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (RoleGrant grant : grants) {
      switch (grant.outcome()) {
        case ADDED -> added.add(grant.role().roleName());
        case FAILED -> {
          failed.add(grant.role().roleName());
          log.warn(
              "Guild {}: could not give role {} to user {}: {}",
              guild.discordId(),
              grant.role().roleId(),
              receiver.discordId(),
              grant.problem());
        }
        case ALREADY_HELD -> {}
      }
    }
    if (!added.isEmpty()) {
      invocation
          .replies()
          .post(
              Texts.mention(receiver)
                  + " earned the "
                  + names(added)
                  + (added.size() == 1 ? " role!" : " roles!"));
    }
    if (!failed.isEmpty()) {
      invocation
          .replies()
          .post(
              Texts.mention(receiver)
                  + " has earned the "
                  + names(failed)
                  + (failed.size() == 1 ? " role" : " roles")
                  + ", but I could not give "
                  + (failed.size() == 1 ? "it" : "them")
                  + ": a server admin should check that my role may manage "
                  + (failed.size() == 1 ? "it." : "them."));
    }
  }

  /**
   * {@code /bytes read [user]}: a member's balance, what they received and sent in this server, the
   * roles earned, and the next role with the bytes still needed. Answers publicly.
   *
   * <p>Note the API's side effect: reading a balance first recomputes the stored one as received
   * minus given (for every user but the system account, Discord id 0).
   *
   * @param invocation who, where, and where the answers go
   * @param user whose bytes to show, or empty for the author's
   */
  public void read(Invocation invocation, Optional<MemberSnapshot> user) {
    Objects.requireNonNull(user, "user == null");
    Replies replies = invocation.replies();
    if (invocation.guild().isEmpty()) {
      replies.post(SERVER_ONLY);
      return;
    }
    MemberSnapshot target = user.orElse(invocation.author());
    if (target.isBot()) {
      replies.post(target.username() + " is a bot: bots don't collect bytes.");
      return;
    }
    GuildSnapshot guild = invocation.guild().get();
    try {
      Guild guildRow = rows.ensureGuild(guild);
      DiscordUser row = rows.ensureUser(target);
      BytesBalance balance = client.bytes().balance(row.id(), guildRow.id()).execute();
      List<BytesRole> roles = client.bytes().roles(guildRow.id()).execute();
      StringBuilder text =
          new StringBuilder()
              .append(target.username())
              .append(" has ")
              .append(Texts.bytes(balance.bytesBalance()))
              .append(" (received ")
              .append(Texts.bytes(balance.bytesReceived()))
              .append(", sent ")
              .append(Texts.bytes(balance.bytesGiven()))
              .append(" in this server).");
      if (roles.isEmpty()) {
        text.append(" This server has no bytes roles.");
      } else {
        List<String> earned = balance.earnedRoles().stream().map(BytesRole::roleName).toList();
        text.append(" Roles earned: ")
            .append(earned.isEmpty() ? "none yet" : names(earned))
            .append('.');
        Optional<BytesRole> next =
            roles.stream()
                .filter(role -> role.bytesRequired() > balance.bytesBalance())
                .findFirst();
        text.append(
            next.map(
                    role ->
                        " Next role: "
                            + role.roleName()
                            + " at "
                            + Texts.bytes(role.bytesRequired())
                            + ", "
                            + Texts.bytes(role.bytesRequired() - balance.bytesBalance())
                            + " to go.")
                .orElse(" Every role is earned."));
      }
      replies.post(text.toString());
    } catch (SmarterDevException e) {
      log.warn("Guild {}: bytes read failed: {}", guild.discordId(), e.getMessage());
      replies.post(API_FAILED);
    }
  }

  /**
   * {@code /bytes heap [limit]}: the guild's leaderboard, highest balance first, {@code limit}
   * entries ({@value #DEFAULT_HEAP_LIMIT} by default, 1 to {@value #MAX_HEAP_LIMIT}). Answers
   * publicly.
   *
   * @param invocation who, where, and where the answers go
   * @param limit how many members to show
   */
  public void heap(Invocation invocation, long limit) {
    Replies replies = invocation.replies();
    if (invocation.guild().isEmpty()) {
      replies.post(SERVER_ONLY);
      return;
    }
    if (limit < 1 || limit > MAX_HEAP_LIMIT) {
      replies.post("The leaderboard shows 1 to " + MAX_HEAP_LIMIT + " members, not " + limit + ".");
      return;
    }
    GuildSnapshot guild = invocation.guild().get();
    try {
      Guild guildRow = rows.ensureGuild(guild);
      List<LeaderboardEntry> entries =
          client.bytes().leaderboard(guildRow.id(), (int) limit).execute();
      if (entries.isEmpty()) {
        replies.post(
            "Nobody in " + guild.name() + " has bytes yet: be the first with /bytes send.");
        return;
      }
      StringBuilder text =
          new StringBuilder("Bytes leaderboard of ")
              .append(guild.name())
              .append(" (top ")
              .append(entries.size())
              .append("):");
      for (int i = 0; i < entries.size(); i++) {
        LeaderboardEntry entry = entries.get(i);
        text.append('\n')
            .append(i + 1)
            .append(". ")
            .append(entry.username())
            .append(": ")
            .append(Texts.bytes(entry.bytesBalance()));
      }
      replies.post(text.toString());
    } catch (SmarterDevException e) {
      log.warn("Guild {}: bytes heap failed: {}", guild.discordId(), e.getMessage());
      replies.post(API_FAILED);
    }
  }

  private static String names(List<String> names) {
    return String.join(", ", names);
  }
}

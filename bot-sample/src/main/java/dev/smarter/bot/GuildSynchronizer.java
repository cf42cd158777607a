package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.GuildUpdate;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the API's guilds and users in line with what the bot sees on Discord, through the SDK only.
 * Takes plain snapshots, so it runs the same against Discord, the simulation and tests.
 *
 * <p>It maps Discord ids to API rows with a cache filled by {@link #warmUp()} from the list
 * endpoints and refreshed from every SDK result, so a single event (a rename, a join) costs at most
 * one create or update request and never a list scan. Bots are never synced. A member's Discord
 * join time is sent as the user's {@code created_at}, as the original bot did.
 *
 * <p>Thread-safe. Methods throw {@link SmarterDevException} when the API fails; callers decide
 * whether to report or log it.
 */
public final class GuildSynchronizer {
  /** Users per {@code POST /api/users/batch}, as the original bot used. */
  public static final int BATCH_SIZE = UpsertOptions.DEFAULT_BATCH_SIZE;

  private final SmarterDevClient client;
  private final RowCache cache = new RowCache();
  private volatile boolean stopping;

  /**
   * Creates a synchronizer with an empty cache; call {@link #warmUp()} before handling events.
   *
   * @param client the SDK client to use; it stays owned by the caller
   */
  public GuildSynchronizer(SmarterDevClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * Fills the Discord-id cache from {@code GET /api/guilds} and {@code GET /api/users}.
   *
   * @return how many guilds and users are now cached
   * @throws SmarterDevException if either list fails
   */
  public CacheSize warmUp() {
    cache.putGuilds(client.guilds().list().execute());
    cache.putUsers(client.users().list().execute());
    return cacheSize();
  }

  /**
   * Returns how many guild and user rows the cache holds.
   *
   * @return the sizes
   */
  public CacheSize cacheSize() {
    return new CacheSize(cache.guildCount(), cache.userCount());
  }

  /**
   * Returns the API row id of a guild, from the cache.
   *
   * @param discordId the guild's snowflake
   * @return the row id, or empty when the bot has not seen the guild's row
   */
  public Optional<Long> guildRowId(long discordId) {
    return cache.guild(discordId).map(Guild::id);
  }

  /**
   * Returns the API row id of a user, from the cache.
   *
   * @param discordId the user's snowflake
   * @return the row id, or empty when the bot has not seen the user's row
   */
  public Optional<Long> userRowId(long discordId) {
    return cache.user(discordId).map(DiscordUser::id);
  }

  /**
   * Returns the API row of a guild: from the cache, or created (and cached) when the bot has not
   * seen it yet. Costs no request for a cached guild.
   *
   * @param guild the guild as Discord shows it
   * @return the guild's row
   * @throws SmarterDevException if the API call fails
   */
  public Guild ensureGuild(GuildSnapshot guild) {
    Objects.requireNonNull(guild, "guild == null");
    Optional<Guild> known = cache.guild(guild.discordId());
    return known.isPresent() ? known.get() : upsertGuild(guild).row;
  }

  /**
   * Returns the API row of a user: from the cache, or created (and cached) when the bot has not
   * seen it yet ({@code POST /api/users} returns an existing row unchanged). Costs no request for a
   * cached user.
   *
   * @param member the user as Discord shows them, not a bot
   * @return the user's row
   * @throws IllegalArgumentException if {@code member} is a bot (bots have no rows)
   * @throws SmarterDevException if the API call fails
   */
  public DiscordUser ensureUser(MemberSnapshot member) {
    Objects.requireNonNull(member, "member == null");
    if (member.isBot()) {
      throw new IllegalArgumentException("bots have no API row: " + member.discordId());
    }
    Optional<DiscordUser> known = cache.user(member.discordId());
    if (known.isPresent()) {
      return known.get();
    }
    DiscordUser row = client.users().create(newUser(member)).execute();
    cache.put(row);
    return row;
  }

  /**
   * Finds the API row of a user without creating it: from the cache, or looked up by Discord id
   * ({@code GET /api/users?discord_id=}) and cached when found.
   *
   * @param discordId the user's snowflake
   * @return the row, or empty when the API has no such user
   * @throws SmarterDevException if the API call fails
   */
  public Optional<DiscordUser> findUser(long discordId) {
    Optional<DiscordUser> known = cache.user(discordId);
    if (known.isPresent()) {
      return known;
    }
    Optional<DiscordUser> found = client.users().findByDiscordId(discordId).execute();
    found.ifPresent(cache::put);
    return found;
  }

  /**
   * Asks every running and future {@link #syncGuildAndMembers full sync} to stop: a running one
   * stops after the batch in flight, a new one does not start. Used when the bot shuts down. Cannot
   * be undone.
   */
  public void stop() {
    stopping = true;
  }

  /**
   * Returns whether {@link #stop()} was called.
   *
   * @return {@code true} once the bot is shutting down
   */
  public boolean isStopping() {
    return stopping;
  }

  /**
   * Creates the guild, or updates its name and icon when they differ from the API's row (guild
   * join, rename and icon change).
   *
   * @param guild the guild as Discord shows it
   * @return the outcome; never {@link SyncOutcome#SKIPPED}
   * @throws SmarterDevException if the API call fails
   */
  public SyncOutcome syncGuild(GuildSnapshot guild) {
    return upsertGuild(guild).outcome;
  }

  /**
   * Syncs a guild and all its members: the guild first, then the human members in batches of
   * {@value #BATCH_SIZE} through {@link dev.smarter.sdk.UsersApi#upsertAll}. A failed batch is
   * counted in the report and the other batches still run.
   *
   * <p>After {@link #stop()} it stops between batches: the batch in flight finishes, the next one
   * is not sent, and it throws {@link SyncStoppedException}. Batches are upserts, so running the
   * sync again later completes it.
   *
   * @param guild the guild
   * @param members its members, bots included (they are skipped)
   * @param progress told after each batch, on the calling thread
   * @return what was done
   * @throws SmarterDevException if the guild cannot be synced or the users cannot be listed
   * @throws SyncStoppedException if {@link #stop()} was called before or during the sync
   */
  public GuildSyncReport syncGuildAndMembers(
      GuildSnapshot guild, Collection<MemberSnapshot> members, Consumer<UpsertProgress> progress) {
    Objects.requireNonNull(members, "members == null");
    Objects.requireNonNull(progress, "progress == null");
    if (stopping) {
      throw new SyncStoppedException(null);
    }
    long start = System.nanoTime();
    GuildResult guildResult = upsertGuild(guild);
    List<NewUser> users = new ArrayList<>(members.size());
    int bots = 0;
    for (MemberSnapshot member : members) {
      if (member.isBot()) {
        bots++;
      } else {
        users.add(newUser(member));
      }
    }
    // The SDK's upsertAll has no cancellation: a non-SDK exception thrown by the listener of a
    // sequential upsert ends it after the batch that was just reported.
    Consumer<UpsertProgress> stoppable =
        report -> {
          progress.accept(report);
          if (stopping && !report.isLast()) {
            throw new SyncStoppedException(report);
          }
        };
    UpsertSummary summary =
        client.users().upsertAll(users, UpsertOptions.defaults().withListener(stoppable));
    cache.putUsers(summary.users());
    return new GuildSyncReport(
        guildResult.row,
        guildResult.outcome,
        bots,
        summary,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Creates the user, or updates the username, discriminator and avatar that differ from the API's
   * row (member join, user rename, avatar change). Uses the cache: a known user costs one {@code
   * PUT} when something changed and no request otherwise; an unknown one costs one {@code POST}
   * (plus a {@code PUT} if the API already had an older copy).
   *
   * @param member the user as Discord shows it
   * @return the outcome; {@link SyncOutcome#SKIPPED} for bots
   * @throws SmarterDevException if the API call fails
   */
  public SyncOutcome syncUser(MemberSnapshot member) {
    if (member.isBot()) {
      return SyncOutcome.SKIPPED;
    }
    Optional<DiscordUser> known = cache.user(member.discordId());
    if (known.isPresent()) {
      return update(known.get(), member) ? SyncOutcome.UPDATED : SyncOutcome.UNCHANGED;
    }
    DiscordUser row = client.users().create(newUser(member)).execute();
    cache.put(row);
    // The create returns an existing row unchanged: an older copy is brought up to date.
    return update(row, member) ? SyncOutcome.UPDATED : SyncOutcome.CREATED;
  }

  private boolean update(DiscordUser row, MemberSnapshot member) {
    Optional<UserUpdate> changes = userChanges(row, member);
    if (changes.isEmpty()) {
      return false;
    }
    cache.put(client.users().update(row.id(), changes.get()).execute());
    return true;
  }

  private static Optional<UserUpdate> userChanges(DiscordUser row, MemberSnapshot member) {
    UserUpdate.Builder update = UserUpdate.builder();
    boolean changed = false;
    if (!row.username().equals(member.username())) {
      update.username(member.username());
      changed = true;
    }
    if (!row.discriminator().equals(Optional.ofNullable(member.discriminator()))) {
      update.discriminator(member.discriminator());
      changed = true;
    }
    if (!row.avatarUrl().equals(Optional.ofNullable(member.avatarUrl()))) {
      update.avatarUrl(member.avatarUrl());
      changed = true;
    }
    return changed ? Optional.of(update.build()) : Optional.empty();
  }

  private GuildResult upsertGuild(GuildSnapshot guild) {
    Objects.requireNonNull(guild, "guild == null");
    Optional<Guild> known = cache.guild(guild.discordId());
    if (known.isPresent()) {
      return updateGuild(known.get(), guild, SyncOutcome.UNCHANGED);
    }
    Guild created =
        client
            .guilds()
            .create(
                NewGuild.builder()
                    .discordId(guild.discordId())
                    .name(guild.name())
                    .iconUrl(guild.iconUrl())
                    .build())
            .execute();
    cache.put(created);
    // The create returns an existing row unchanged: an older copy is brought up to date.
    return updateGuild(created, guild, SyncOutcome.CREATED);
  }

  private GuildResult updateGuild(Guild row, GuildSnapshot guild, SyncOutcome ifUnchanged) {
    GuildUpdate.Builder update = GuildUpdate.builder();
    boolean changed = false;
    if (!row.name().equals(guild.name())) {
      update.name(guild.name());
      changed = true;
    }
    if (!row.iconUrl().equals(Optional.ofNullable(guild.iconUrl()))) {
      update.iconUrl(guild.iconUrl());
      changed = true;
    }
    if (!changed) {
      return new GuildResult(row, ifUnchanged);
    }
    Guild updated = client.guilds().update(row.id(), update.build()).execute();
    cache.put(updated);
    return new GuildResult(updated, SyncOutcome.UPDATED);
  }

  private static NewUser newUser(MemberSnapshot member) {
    return NewUser.builder()
        .discordId(member.discordId())
        .username(member.username())
        .discriminator(member.discriminator())
        .avatarUrl(member.avatarUrl())
        .createdAt(member.joinedAt())
        .build();
  }

  /**
   * How many rows the Discord-id cache holds.
   *
   * @param guilds cached guild rows
   * @param users cached user rows
   */
  public record CacheSize(int guilds, int users) {}

  private static final class GuildResult {
    final Guild row;
    final SyncOutcome outcome;

    GuildResult(Guild row, SyncOutcome outcome) {
      this.row = row;
      this.outcome = outcome;
    }
  }
}

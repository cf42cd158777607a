package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.RecordedApiRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the bot without Discord: replays a realistic session through the same {@link BotEvents} the
 * Javacord adapters call, and prints what the bot would post ({@code [#general] bot: ...}), the API
 * requests each step cost, and how long the sync of the generated guild took.
 *
 * <p>The API is the in-process {@link FakeSmarterDevServer}, unless {@code SMARTER_DEV_API_URL} is
 * set: then that server (and {@code SMARTER_DEV_API_KEY}) is used and the generated guild and users
 * are written to it.
 *
 * <p>The session: the bot joins a generated guild and syncs every member; a user renames; a user
 * changes avatar; a member joins; the guild is renamed; the owner runs {@code !sync}; someone else
 * runs {@code !sync}; someone runs {@code !ping}.
 */
public final class Simulation {
  /** The size of the generated guild unless told otherwise. */
  public static final int DEFAULT_MEMBERS = 3_000;

  /** The gateway latency the simulated Discord reports. */
  public static final Duration GATEWAY_LATENCY = Duration.ofMillis(42);

  /** The channel the simulated chat happens in. */
  public static final String CHANNEL = "#general";

  private static final long SEED = 20_240_501L;

  private final PrintStream out;
  private final PrintStream err;
  private final int memberCount;

  /**
   * Creates a simulation.
   *
   * @param out where the session is printed
   * @param err where a startup failure is printed
   * @param memberCount the size of the generated guild, at least 3
   * @throws IllegalArgumentException if {@code memberCount < 3}
   */
  public Simulation(PrintStream out, PrintStream err, int memberCount) {
    if (memberCount < 3) {
      throw new IllegalArgumentException("memberCount must be at least 3 but was " + memberCount);
    }
    this.out = Objects.requireNonNull(out, "out == null");
    this.err = Objects.requireNonNull(err, "err == null");
    this.memberCount = memberCount;
  }

  /**
   * Runs the session.
   *
   * @param config the environment; only the API variables are read
   * @return the exit status: 0 when the session ran, 1 when the API did not answer, 2 when the API
   *     settings are incomplete
   */
  public int run(BotConfig config) {
    Objects.requireNonNull(config, "config == null");
    @Nullable FakeSmarterDevServer server =
        config.hasApiUrl() ? null : FakeSmarterDevServer.builder().build().start();
    try {
      SmarterDevClient client;
      try {
        client =
            server == null
                ? config.apiClient().build()
                : SmarterDevClient.builder().baseUrl(server.url()).apiKey(server.apiKey()).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        err.println(config.redact(String.valueOf(e.getMessage())));
        return BotMain.EXIT_USAGE;
      }
      try (client) {
        out.println(
            "Smarter Dev bot simulation: Discord is simulated (gateway latency "
                + Texts.millis(GATEWAY_LATENCY)
                + "); the API is "
                + (server == null
                    ? client.baseUrl()
                    : "the in-process fake server at " + server.url())
                + ".");
        BotEvents events;
        try {
          events = BotEvents.start(client);
        } catch (SmarterDevException e) {
          err.println(config.redact(BotMain.apiUnavailable(client.baseUrl(), e)));
          return BotMain.EXIT_FAILURE;
        }
        new Session(events, server).play();
        return BotMain.EXIT_OK;
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  /** One replay: the guild's state as the simulated Discord sees it, and the printing. */
  private final class Session {
    private final BotEvents events;
    private final @Nullable FakeSmarterDevServer server;
    private final SimulatedGuild generated =
        SimulatedGuild.generate("Smarter Dev", memberCount, SEED);
    private final Map<Long, MemberSnapshot> members = new LinkedHashMap<>();
    private GuildSnapshot guild = generated.guild();

    Session(BotEvents events, @Nullable FakeSmarterDevServer server) {
      this.events = events;
      this.server = server;
      generated.members().forEach(member -> members.put(member.discordId(), member));
    }

    void play() {
      GuildSynchronizer.CacheSize cache = events.synchronizer().cacheSize();
      out.println(
          "The bot started: cache filled with "
              + Texts.count(cache.guilds())
              + " guilds and "
              + Texts.count(cache.users())
              + " users from the API.");
      Optional<Duration> syncTime = join();
      List<MemberSnapshot> humans =
          generated.members().stream().filter(member -> !member.isBot()).toList();
      MemberSnapshot owner = humans.get(0);
      MemberSnapshot bystander = humans.get(1);
      MemberSnapshot pinger = humans.get(2);

      MemberSnapshot renamed = humans.get(humans.size() / 3);
      String newName = renamed.username() + "_dev";
      step(
          renamed.username() + " renames to " + newName,
          () -> userChanged(renamed.withUsername(newName)));

      MemberSnapshot avatar = humans.get(humans.size() / 2);
      step(
          avatar.username() + " changes avatar",
          () ->
              userChanged(
                  avatar.withAvatarUrl(
                      "https://cdn.discordapp.com/avatars/" + avatar.discordId() + "/n3w.png")));

      MemberSnapshot newcomer =
          generated.newcomer("curious_newcomer", Instant.parse("2026-05-01T09:30:00Z"));
      step(
          newcomer.username() + " joins the server",
          () -> {
            members.put(newcomer.discordId(), newcomer);
            return outcome(events.memberJoined(newcomer));
          });

      String newGuildName = guild.name() + " Community";
      step(
          "The server is renamed to \"" + newGuildName + "\"",
          () -> {
            guild = guild.withName(newGuildName);
            return outcome(events.guildChanged(guild));
          });

      chat(owner, true, "!sync");
      chat(bystander, false, "!sync");
      chat(pinger, false, "!ping");

      out.println();
      out.println(
          "Simulated sync time for the generated guild ("
              + Texts.count(generated.members().size())
              + " members): "
              + syncTime.map(Texts::seconds).orElse("sync failed")
              + ".");
    }

    private Optional<Duration> join() {
      begin(
          "The bot joins \""
              + guild.name()
              + "\" ("
              + Texts.count(members.size())
              + " members, "
              + generated.botCount()
              + " of them bots)");
      Optional<GuildSyncReport> report = events.joinedGuild(guild, List.copyOf(members.values()));
      end(report.map(r -> SyncCommand.summaryLine(guild, r)).orElse("sync failed (see the log)"));
      return report.map(GuildSyncReport::elapsed);
    }

    private String userChanged(MemberSnapshot user) {
      members.put(user.discordId(), user);
      return outcome(events.userChanged(user));
    }

    private String outcome(Optional<SyncOutcome> outcome) {
      return outcome.map(o -> o.name().toLowerCase(Locale.ROOT)).orElse("failed (see the log)");
    }

    private void step(String title, Supplier<String> action) {
      begin(title);
      end(action.get());
    }

    private void begin(String title) {
      clearRequests();
      out.println();
      out.println("-- " + title);
    }

    private void end(String result) {
      out.println("   result: " + result);
      printRequests();
    }

    private void chat(MemberSnapshot author, boolean owner, String content) {
      clearRequests();
      out.println();
      out.println(
          "["
              + CHANNEL
              + "] "
              + author.username()
              + (owner ? " (bot owner)" : "")
              + ": "
              + content);
      CommandContext context =
          new CommandContext(
              Optional.of(guild),
              owner,
              () -> List.copyOf(members.values()),
              () -> GATEWAY_LATENCY,
              text -> out.println("[" + CHANNEL + "] bot: " + text));
      events.message(content, context);
      printRequests();
    }

    private void clearRequests() {
      if (server != null) {
        server.clearRecordedRequests();
      }
    }

    private void printRequests() {
      if (server != null) {
        out.println("   API calls: " + summarize(server.recordedRequests()));
      }
    }
  }

  /**
   * Summarizes requests as {@code "GET /api/users, POST /api/users/batch x30"}: consecutive equal
   * method and path pairs are counted, not repeated.
   *
   * @param requests the requests, oldest first
   * @return the summary, or {@code "none"}
   */
  static String summarize(List<RecordedApiRequest> requests) {
    if (requests.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    @Nullable String last = null;
    int times = 0;
    for (RecordedApiRequest request : requests) {
      String call = request.method() + " " + request.path();
      if (call.equals(last)) {
        times++;
        continue;
      }
      if (last != null) {
        parts.add(times > 1 ? last + " x" + times : last);
      }
      last = call;
      times = 1;
    }
    parts.add(times > 1 ? last + " x" + times : last);
    return String.join(", ", parts);
  }
}

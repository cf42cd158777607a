package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.model.BytesRole;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.ModerationCaseQuery;
import dev.smarter.sdk.model.NewBytesRole;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * runs {@code !sync}; someone runs {@code !ping}. Then a bytes exchange ({@code /bytes send} with a
 * role earned, the cooldown, the server's maximum, sending to oneself and to a bot, a balance too
 * low, {@code /bytes read}, {@code /bytes heap}) and a moderation flow ({@code /warn} refused to a
 * member without the permission, a warning, a warning whose answer is lost, {@code /cases}, {@code
 * /case resolve}). Against the in-process fake the giver is funded first (no API route grants
 * bytes) and the lost answer is a fault injected into the fake. At the end someone else, then the
 * owner, run {@code !stats}: the owner gets the table of the session's API calls per route.
 */
public final class Simulation {
  /** The size of the generated guild unless told otherwise. */
  public static final int DEFAULT_MEMBERS = 3_000;

  /** The gateway latency the simulated Discord reports. */
  public static final Duration GATEWAY_LATENCY = Duration.ofMillis(42);

  /** The channel the simulated chat happens in. */
  public static final String CHANNEL = "#general";

  /** The simulated bot's own account, a bot (it cannot receive bytes). */
  static final MemberSnapshot BOT_USER =
      new MemberSnapshot(1_100_000_000_000_000_001L, "SmarterBot", "0", null, null, true);

  /** The simulated guild's bytes roles: Discord role id, name, bytes required. */
  static final long HELPER_ROLE = 1_190_000_000_000_000_001L;

  static final long EXPERT_ROLE = 1_190_000_000_000_000_002L;

  private static final long SEED = 20_240_501L;
  private static final Pattern MENTION = Pattern.compile("<@(\\d+)>");

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
      ApiStats stats = ApiStats.create();
      SmarterDevClient client;
      try {
        client =
            stats.build(
                server == null
                    ? config.apiClient()
                    : SmarterDevClient.builder().baseUrl(server.url()).apiKey(server.apiKey()));
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
          events = BotEvents.start(client, stats);
        } catch (SmarterDevException e) {
          err.println(config.redact(BotMain.apiUnavailable(client.baseUrl(), e)));
          return BotMain.EXIT_FAILURE;
        }
        new Session(events, client, server).play();
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
    private final SmarterDevClient client;
    private final @Nullable FakeSmarterDevServer server;
    private final SimulatedGuild generated =
        SimulatedGuild.generate("Smarter Dev", memberCount, SEED);
    private final Map<Long, MemberSnapshot> members = new LinkedHashMap<>();
    private final SimulatedRoles roles = new SimulatedRoles(Set.of(HELPER_ROLE, EXPERT_ROLE));
    private GuildSnapshot guild = generated.guild();

    Session(BotEvents events, SmarterDevClient client, @Nullable FakeSmarterDevServer server) {
      this.events = events;
      this.client = client;
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

      bytesExchange(bystander, pinger);
      moderation(owner, pinger, newcomer);

      out.println();
      out.println(
          "Simulated sync time for the generated guild ("
              + Texts.count(generated.members().size())
              + " members): "
              + syncTime.map(Texts::seconds).orElse("sync failed")
              + ".");

      out.println();
      out.println("== What the SDK did, as the owner's !stats shows it");
      chat(bystander, false, "!stats");
      chat(owner, true, "!stats");
    }

    private void bytesExchange(MemberSnapshot alice, MemberSnapshot bob) {
      out.println();
      out.println("== Bytes");
      step(
          "Setup: the server's bytes roles Helper (30 bytes) and Expert (1,024 bytes)",
          this::createRoles);
      step(alice.username() + " gets 1,500 bytes to give", () -> fund(alice, 1_500));
      slash(
          alice,
          false,
          "/bytes send user:@" + bob.username() + " amount:40 reason:fixed the flaky build",
          in -> events.bytesSend(in, bob, 40, Optional.of("fixed the flaky build")));
      slash(
          alice,
          false,
          "/bytes send user:@" + bob.username() + " amount:5",
          in -> events.bytesSend(in, bob, 5, Optional.empty()));
      slash(
          bob,
          false,
          "/bytes send user:@" + alice.username() + " amount:500",
          in -> events.bytesSend(in, alice, 500, Optional.empty()));
      slash(
          bob,
          false,
          "/bytes send user:@" + bob.username() + " amount:1",
          in -> events.bytesSend(in, bob, 1, Optional.empty()));
      slash(
          bob,
          false,
          "/bytes send user:@" + BOT_USER.username() + " amount:1",
          in -> events.bytesSend(in, BOT_USER, 1, Optional.empty()));
      slash(
          bob,
          false,
          "/bytes send user:@" + alice.username() + " amount:41",
          in -> events.bytesSend(in, alice, 41, Optional.empty()));
      slash(bob, false, "/bytes read", in -> events.bytesRead(in, Optional.empty()));
      slash(bob, false, "/bytes heap limit:5", in -> events.bytesHeap(in, 5));
    }

    private void moderation(
        MemberSnapshot moderator, MemberSnapshot member, MemberSnapshot target) {
      out.println();
      out.println("== Moderation (" + moderator.username() + " has Timeout Members)");
      String name = target.username();
      slash(
          member,
          false,
          "/warn user:@" + name + " reason:spam",
          in -> events.warn(in, target, "spam"));
      slash(
          moderator,
          true,
          "/warn user:@" + name + " reason:posting invite links",
          in -> events.warn(in, target, "posting invite links"));
      if (server != null) {
        out.println();
        out.println(
            "(the fake API will store the next warning, then drop the connection before answering;"
                + " the SDK finds the warning it sent and answers as if nothing happened)");
        server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
      }
      slash(
          moderator,
          true,
          "/warn user:@" + name + " reason:invite links again",
          in -> events.warn(in, target, "invite links again"));
      if (server != null) {
        out.println();
        out.println(
            "(once more, and this time the lookups that would find it fail too: the SDK cannot"
                + " know, and the bot says so)");
        server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
        server.faults().enqueue(Fault.status(503).times(3).onlyFor("GET", "/api/warnings"));
      }
      slash(
          moderator,
          true,
          "/warn user:@" + name + " reason:invite links, third time",
          in -> events.warn(in, target, "invite links, third time"));
      slash(moderator, true, "/cases user:@" + name, in -> events.cases(in, target, false));
      long number = newestOpenCase(target);
      slash(
          moderator,
          true,
          "/case resolve number:" + number + " note:apologised in #general",
          in -> events.resolveCase(in, number, "apologised in #general"));
      slash(
          moderator,
          true,
          "/cases user:@" + name + " open-only:true",
          in -> events.cases(in, target, true));
    }

    private String createRoles() {
      Optional<Long> guildRow = events.synchronizer().guildRowId(guild.discordId());
      if (guildRow.isEmpty()) {
        return "skipped: the guild has no API row";
      }
      try {
        Set<Long> existing =
            client.bytes().roles(guildRow.get()).execute().stream()
                .map(BytesRole::roleId)
                .collect(Collectors.toSet());
        int created = 0;
        for (NewBytesRole role :
            List.of(
                role(guildRow.get(), HELPER_ROLE, "Helper", 30),
                role(guildRow.get(), EXPERT_ROLE, "Expert", 1_024))) {
          if (!existing.contains(role.roleId())) {
            client.bytes().createRole(role).execute();
            created++;
          }
        }
        return created + " roles created";
      } catch (SmarterDevException e) {
        return "failed (" + e.getMessage() + ")";
      }
    }

    private NewBytesRole role(long guildRow, long roleId, String name, long required) {
      return NewBytesRole.builder()
          .guildId(guildRow)
          .roleId(roleId)
          .roleName(name)
          .bytesRequired(required)
          .build();
    }

    /** The newest open case of a member, as a moderator would read it in /cases. */
    private long newestOpenCase(MemberSnapshot member) {
      Optional<Long> guildRow = events.synchronizer().guildRowId(guild.discordId());
      Optional<Long> userRow = events.synchronizer().userRowId(member.discordId());
      if (guildRow.isEmpty() || userRow.isEmpty()) {
        return 1;
      }
      try {
        return client
            .moderationCases()
            .list(
                ModerationCaseQuery.builder()
                    .guildId(guildRow.get())
                    .userId(userRow.get())
                    .resolved(false)
                    .build())
            .execute()
            .stream()
            .findFirst()
            .map(ModerationCase::caseNumber)
            .orElse(1L);
      } catch (SmarterDevException e) {
        return 1;
      }
    }

    private String fund(MemberSnapshot member, long bytes) {
      Optional<Long> row = events.synchronizer().userRowId(member.discordId());
      if (server == null || row.isEmpty()) {
        return "skipped: no API route grants bytes, so against a real API the sends below are"
            + " refused for the balance";
      }
      server.setBytesBalance(row.get(), bytes);
      return "funded by the fake API's seeding (no API route grants bytes)";
    }

    private void slash(
        MemberSnapshot author, boolean canModerate, String command, Consumer<Invocation> action) {
      clearRequests();
      out.println();
      out.println("[" + CHANNEL + "] " + author.username() + ": " + command);
      Replies console =
          new Replies() {
            @Override
            public void post(String text) {
              print("bot", text);
            }

            @Override
            public void postPrivately(String text) {
              print("bot (only " + author.username() + " sees this)", text);
            }
          };
      action.accept(new Invocation(Optional.of(guild), author, canModerate, console, roles));
      printRequests();
    }

    private void print(String who, String text) {
      Matcher mention = MENTION.matcher(text);
      StringBuilder shown = new StringBuilder();
      while (mention.find()) {
        long id = Long.parseLong(mention.group(1));
        MemberSnapshot member = id == BOT_USER.discordId() ? BOT_USER : members.get(id);
        mention.appendReplacement(
            shown,
            Matcher.quoteReplacement("@" + (member == null ? "unknown" : member.username())));
      }
      mention.appendTail(shown);
      String[] lines = shown.toString().split("\n", -1);
      out.println("[" + CHANNEL + "] " + who + ": " + lines[0]);
      for (int i = 1; i < lines.length; i++) {
        out.println("    " + lines[i]);
      }
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

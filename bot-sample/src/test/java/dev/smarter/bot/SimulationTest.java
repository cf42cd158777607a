package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class SimulationTest {
  private static final String TOKEN = CapturedBotRun.TOKEN;

  private final CapturedBotRun bot = new CapturedBotRun();

  @Test
  void simulatedSessionPrintsWhatTheBotWouldPostAndNoSecret() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    int status;
    System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      status = bot.run(Map.of("SMARTER_DEV_BOT_TOKEN", TOKEN), "--simulate");
    } finally {
      System.setOut(originalOut);
    }

    String printed = bot.out();
    List<String> lines = printed.lines().toList();
    assertThat(status).isZero();
    assertThat(lines.get(0))
        .startsWith("Smarter Dev bot simulation: Discord is simulated (gateway latency 42 ms);")
        .contains("in-process fake server at http://127.0.0.1:");
    assertThat(lines)
        .contains(
            "The bot started: cache filled with 0 guilds and 0 users from the API.",
            "-- The bot joins \"Smarter Dev\" (3,000 members, 30 of them bots)",
            "   API calls: POST /api/guilds, GET /api/users, POST /api/users/batch x30",
            "   API calls: POST /api/users",
            "-- The server is renamed to \"Smarter Dev Community\"",
            "[#general] bot: Syncing Smarter Dev Community and its 2,971 members in batches of"
                + " 100...",
            "[#general] bot: Sorry, only the bot owner can run sync.",
            "   API calls: none");
    assertThat(lines)
        .anyMatch(
            line ->
                line.startsWith("   result: Sync complete for Smarter Dev in ")
                    && line.endsWith(
                        ": 2,970 members, 2,970 created, 0 updated, 0 unchanged, 0 failed"
                            + " (guild created, 30 bots skipped)."))
        .anyMatch(line -> line.matches("-- \\w+ renames to \\w+_dev"))
        .anyMatch(line -> line.matches("   API calls: PUT /api/users/\\d+"))
        .anyMatch(line -> line.matches("\\[#general] \\w+ \\(bot owner\\): !sync"))
        .anyMatch(
            line ->
                line.endsWith(
                    ": 2,971 members, 0 created, 0 updated, 2,971 unchanged,"
                        + " 0 failed (guild unchanged, 30 bots skipped)."))
        .anyMatch(
            line ->
                line.matches(
                    "\\[#general] bot: Pong! Gateway latency: 42 ms, API round trip: \\d+ ms\\."))
        .anyMatch(
            line ->
                line.matches(
                    "Simulated sync time for the generated guild \\(3,000 members\\): \\d+\\.\\d\\d"
                        + " s\\."));
    String stats = printed.substring(printed.indexOf("== What the SDK did"));
    assertThat(stats)
        .containsPattern("\\[#general] \\w+: !stats\n\\[#general] bot: " + StatsCommand.OWNER_ONLY)
        .containsPattern(
            "\\[#general] \\w+ \\(bot owner\\): !stats\n\\[#general] bot: SDK calls since")
        .containsPattern("\nPOST /api/users/batch +30 +0 +0 +\\d")
        .containsPattern("\nPOST /api/warnings +3 +1 +0 +\\d")
        .containsPattern("\ntotal +[\\d,]+ +\\d+ +\\d+\n```\n")
        .contains("Requests in flight now: 0.");
    // Renames, avatar changes and joins never list the users: one request each.
    assertThat(printed).doesNotContain("API calls: GET /api/users, PUT");

    String everything = printed + bot.err() + log;
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("[INFO] BotEvents - Guild 1180000000000000000: Batch 30/30 done")
        .contains("[WARN] ModerationCommands - Guild 1180000000000000000: warning outcome unknown");
    assertThat(everything)
        .doesNotContain(TOKEN)
        .doesNotContain(FakeSmarterDevServer.DEFAULT_API_KEY)
        .doesNotContainIgnoringCase("bearer");
  }

  @Test
  void simulatedSessionShowsABytesExchangeAndAModerationFlow() {
    int status = bot.run(Map.of(), "--simulate", "--members=20");

    assertThat(status).isZero();
    String printed = bot.out();
    String bytes = printed.substring(printed.indexOf("== Bytes"), printed.indexOf("== Moderation"));
    String moderation = printed.substring(printed.indexOf("== Moderation"));
    assertThat(bytes)
        .contains("   API calls: GET /api/bytes/roles/1, POST /api/bytes/roles x2")
        .containsPattern(
            "\\[#general] bot \\(only (\\w+) sees this\\): You sent 40 bytes to \\w+\\. Your"
                + " balance: 1\\.43 KB \\(1,460 bytes\\)\\.")
        .containsPattern(
            "\\[#general] bot: @\\w+ received 40 bytes from \\w+ \\(balance: 40 bytes\\)\\. Reason:"
                + " fixed the flaky build")
        .containsPattern("\\[#general] bot: @\\w+ earned the Helper role!")
        .containsPattern("   API calls: GET /api/bytes/config/1, POST /api/bytes\n")
        .contains("you can send again in 23 hours 59 minutes.")
        .contains("You can send at most 50 bytes at a time in this server.")
        .contains("You can't send bytes to yourself")
        .contains("/bytes send user:@SmarterBot amount:1")
        .contains("Bots don't collect bytes")
        .contains("Your balance is 40 bytes: not enough to send 41 bytes.")
        .contains("Next role: Expert at 1.00 KB, 0.96 KB (984 bytes) to go.")
        .contains("    2. ")
        .containsPattern(
            "Bytes leaderboard of Smarter Dev Community \\(top 2\\):\n    1\\. \\w+: 1\\.43 KB");
    assertThat(moderation)
        .contains(ModerationCommands.NOT_A_MODERATOR)
        .contains(
            "Warned curious_newcomer: posting invite links (case #1). curious_newcomer now has 1"
                + " warning here.")
        .contains(
            "Warned curious_newcomer: invite links again (case #2). curious_newcomer now has 2"
                + " warnings here.")
        .contains("   API calls: POST /api/warnings, GET /api/warnings, POST /api/moderation-cases")
        .contains("it may have been recorded. Check /cases curious_newcomer before warning again.")
        .contains("curious_newcomer has 3 warnings and 2 cases here:")
        .contains(
            "    #2 warn: invite links again (open)\n    #1 warn: posting invite links (open)")
        .contains("Case #2 resolved: apologised in #general.")
        .contains("curious_newcomer has 3 warnings and 1 open case here:");
  }

  @Test
  void withAnApiUrlTheSimulationUsesThatServer(FakeSmarterDevServer server) {
    int status =
        bot.run(
            Map.of("SMARTER_DEV_API_URL", server.url(), "SMARTER_DEV_API_KEY", server.apiKey()),
            "--simulate",
            "--members=50");

    assertThat(status).isZero();
    assertThat(bot.out())
        .contains("the API is " + server.url() + "/.")
        .doesNotContain("API calls:")
        .contains("Simulated sync time for the generated guild (50 members): ");
    assertThat(server.rowCount(FakeTable.GUILDS)).isEqualTo(1);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(50 + 1); // the newcomer
  }

  @Test
  void aSecondRunAgainstTheSameApiKeepsItsRolesAndResolvesAnOpenCase(FakeSmarterDevServer server) {
    Map<String, String> environment =
        Map.of("SMARTER_DEV_API_URL", server.url(), "SMARTER_DEV_API_KEY", server.apiKey());
    assertThat(bot.run(environment, "--simulate", "--members=10")).isZero();
    CapturedBotRun second = new CapturedBotRun();

    assertThat(second.run(environment, "--simulate", "--members=10")).isZero();

    assertThat(second.out())
        .contains("   result: 0 roles created")
        .containsPattern("Case #\\d+ resolved: apologised in #general\\.")
        .doesNotContain("already resolved");
    assertThat(server.rowCount(FakeTable.BYTES_ROLES)).isEqualTo(2);
  }

  @Test
  void generatedGuildIsDeterministicWithOneBotInAHundred() {
    SimulatedGuild first = SimulatedGuild.generate("G", 3_000, 1L);
    SimulatedGuild second = SimulatedGuild.generate("G", 3_000, 1L);

    assertThat(first).isEqualTo(second);
    assertThat(first.botCount()).isEqualTo(30);
    assertThat(first.members()).extracting(MemberSnapshot::discordId).doesNotHaveDuplicates();
    assertThat(first.members()).allMatch(m -> m.joinedAt() != null);
    assertThat(first.newcomer("n", TestMembers.JOINED).discordId())
        .isNotIn(first.members().stream().map(MemberSnapshot::discordId).toList());
  }
}

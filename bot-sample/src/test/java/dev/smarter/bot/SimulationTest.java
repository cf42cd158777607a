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
    PrintStream originalErr = System.err;
    int status;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      status = bot.run(Map.of("SMARTER_DEV_BOT_TOKEN", TOKEN), "--simulate");
    } finally {
      System.setErr(originalErr);
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
    // Renames, avatar changes and joins never list the users: one request each.
    assertThat(printed).doesNotContain("API calls: GET /api/users, PUT");

    String everything = printed + bot.err() + log;
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("Batch 30/30 done");
    assertThat(everything)
        .doesNotContain(TOKEN)
        .doesNotContain(FakeSmarterDevServer.DEFAULT_API_KEY)
        .doesNotContainIgnoringCase("bearer");
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

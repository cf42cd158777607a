package dev.smarter.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main} as a newcomer would (no {@code SMARTER_DEV_API_URL}, so each
 * starts its own in-process fake) and reads what it prints.
 */
class ExamplesSmokeTest {
  private static synchronized String run(Example main) {
    assertThat(System.getenv("SMARTER_DEV_API_URL"))
        .as("SMARTER_DEV_API_URL must be unset")
        .isNull();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);
    original.print(output);
    return output;
  }

  private interface Example {
    void run();
  }

  @Test
  void quickStartListsGuildsAndUsers() {
    String output = run(() -> QuickStart.main(new String[0]));

    assertThat(output)
        .contains("SMARTER_DEV_API_URL is not set: started the in-process fake Smarter Dev API at")
        .contains("Found 1 guilds")
        .contains("Smarter Dev (Discord id 1160000000000000001")
        .contains("Found 3 users")
        .contains("ada", "grace", "linus");
  }

  @Test
  void moderationWarnsOpensAndResolvesACase() {
    String output = run(() -> Moderation.main(new String[0]));

    assertThat(output)
        .contains("Warned spammy-sam")
        .contains("Opened case 1 in Smarter Dev: mute spammy-sam for 3600 s")
        .contains("Open cases in Smarter Dev: 1")
        .contains("Resolved case 1 at")
        .contains("Open cases now: 0")
        .contains("spammy-sam has 1 warning(s) in Smarter Dev");
  }

  @Test
  void batchSyncReportsExactCounts() {
    String output = run(() -> BatchSync.main(new String[] {"1000"}));

    assertThat(output)
        .contains("10/10 batches, 1000/1000 users")
        .contains("1000 members: 1000 created, 0 updated, 0 unchanged, 0 failed")
        .contains("1000 members: 0 created, 100 updated, 900 unchanged, 0 failed");
  }

  @Test
  void bytesDemoGivesBytesAndHandlesTheCooldown() {
    String output = run(() -> BytesDemo.main(new String[0]));

    assertThat(output)
        .contains("Configured Smarter Dev: start 100, max give 100, cooldown 60 min")
        .contains("role Byte Sized at 10 bytes")
        .contains("Gave 25 bytes (Great code review)")
        .contains("ada must wait")
        .contains("Cooldown still active")
        .contains("1. bytes-bank with 920 bytes");
  }

  @Test
  void errorHandlingShowsEachKindOfFailure() {
    String output = run(() -> ErrorHandling.main(new String[0]));

    assertThat(output)
        .contains("Not found: HTTP 404, server said \"Guild not found\" for GET /api/guilds/987654")
        .contains("Refused before sending: amount must be at least 1 but was 0")
        .contains(
            "Refused before sending: Cannot build NewGuild, some of required attributes are not set [name]")
        .contains("Refused before sending: id must be a row id >= 0 but was -1")
        .contains(
            "Refused before sending: guildId must be the server's row id of the row (such as"
                + " Guild.id() or DiscordUser.id(), below 4294967296) but was"
                + " 1160000000000000001, which looks like a Discord snowflake")
        .contains("Authentication failed: HTTP 401, server said \"Invalid API key\"")
        .doesNotContain("not-a-real-key");
  }
}

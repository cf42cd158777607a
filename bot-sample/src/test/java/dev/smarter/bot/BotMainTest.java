package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class BotMainTest {
  private static final String TOKEN = CapturedBotRun.TOKEN;

  private final CapturedBotRun bot = new CapturedBotRun();

  @Test
  void missingTokenPrintsOneLineAndExitsWith2() {
    int status = bot.run(Map.of());

    assertThat(status).isEqualTo(2);
    assertThat(bot.err()).isEqualTo(BotMain.MISSING_TOKEN + System.lineSeparator());
    assertThat(bot.err()).contains("SMARTER_DEV_BOT_TOKEN").contains("--simulate");
    assertThat(bot.out()).isEmpty();
  }

  @Test
  void blankTokenCountsAsMissing() {
    assertThat(bot.run(Map.of("SMARTER_DEV_BOT_TOKEN", "  "))).isEqualTo(2);
    assertThat(bot.err()).isEqualTo(BotMain.MISSING_TOKEN + System.lineSeparator());
  }

  @Test
  void missingApiKeyPrintsWhatToSetAndExitsWith2() {
    int status =
        bot.run(
            Map.of("SMARTER_DEV_BOT_TOKEN", TOKEN, "SMARTER_DEV_API_URL", "http://127.0.0.1:1"));

    assertThat(status).isEqualTo(2);
    assertThat(bot.err().lines()).singleElement().asString().contains("SMARTER_DEV_API_KEY");
    assertThat(bot.err()).doesNotContain(TOKEN);
  }

  @Test
  void unknownArgumentPrintsTheUsage() {
    assertThat(bot.run(Map.of(), "--simulte")).isEqualTo(2);
    assertThat(bot.err().lines()).singleElement().asString().contains("unknown argument --simulte");
    assertThat(bot.run(Map.of(), "--simulate", "--members=two")).isEqualTo(2);
  }

  @Test
  void badShardSettingsAreOneLineAndExit2() {
    int status =
        bot.run(
            Map.of(
                "SMARTER_DEV_BOT_TOKEN", TOKEN,
                "SMARTER_DEV_BOT_SHARDS", "2",
                "SMARTER_DEV_BOT_SHARD", "5"));

    assertThat(status).isEqualTo(2);
    assertThat(bot.err().lines())
        .singleElement()
        .asString()
        .startsWith("SMARTER_DEV_BOT_SHARD must be between 0 and 1");
    assertThat(bot.err()).doesNotContain(TOKEN);
  }

  @Test
  void apiRefusingTheKeyIsOneClearLineAndExit1(FakeSmarterDevServer server) {
    String wrongKey = "wrong-api-key-secret";

    int status =
        bot.run(
            Map.of(
                "SMARTER_DEV_BOT_TOKEN", TOKEN,
                "SMARTER_DEV_API_URL", server.url(),
                "SMARTER_DEV_API_KEY", wrongKey));

    assertThat(status).isEqualTo(1);
    assertThat(bot.err().lines())
        .singleElement()
        .asString()
        .contains("refused the API key")
        .contains("SMARTER_DEV_API_KEY");
    assertThat(bot.err() + bot.out()).doesNotContain(TOKEN).doesNotContain(wrongKey);
  }

  @Test
  void apiThatDoesNotAnswerIsOneClearLineAndExit1() {
    FakeSmarterDevServer closed = FakeSmarterDevServer.builder().build().start();
    String url = closed.url();
    closed.close();

    int status =
        bot.run(
            Map.of(
                "SMARTER_DEV_BOT_TOKEN", TOKEN,
                "SMARTER_DEV_API_URL", url,
                "SMARTER_DEV_API_KEY", "some-key"));

    assertThat(status).isEqualTo(1);
    assertThat(bot.err().lines())
        .singleElement()
        .asString()
        .startsWith("The Smarter Dev API at " + url + "/ did not answer")
        .contains("SMARTER_DEV_API_URL");
  }
}

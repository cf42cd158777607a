package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class BotMainTest {
  private static final String TOKEN = "MTIz.discord-token-secret.xyz";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> environment, String... args) {
    return BotMain.run(
        args,
        environment,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void missingTokenPrintsOneLineAndExitsWith2() {
    int status = run(Map.of());

    assertThat(status).isEqualTo(2);
    assertThat(err()).isEqualTo(BotMain.MISSING_TOKEN + System.lineSeparator());
    assertThat(err()).contains("SMARTER_DEV_BOT_TOKEN").contains("--simulate");
    assertThat(out()).isEmpty();
  }

  @Test
  void blankTokenCountsAsMissing() {
    assertThat(run(Map.of("SMARTER_DEV_BOT_TOKEN", "  "))).isEqualTo(2);
    assertThat(err()).isEqualTo(BotMain.MISSING_TOKEN + System.lineSeparator());
  }

  @Test
  void missingApiKeyPrintsWhatToSetAndExitsWith2() {
    int status =
        run(Map.of("SMARTER_DEV_BOT_TOKEN", TOKEN, "SMARTER_DEV_API_URL", "http://127.0.0.1:1"));

    assertThat(status).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString().contains("SMARTER_DEV_API_KEY");
    assertThat(err()).doesNotContain(TOKEN);
  }

  @Test
  void unknownArgumentPrintsTheUsage() {
    assertThat(run(Map.of(), "--simulte")).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString().contains("unknown argument --simulte");
    assertThat(run(Map.of(), "--simulate", "--members=two")).isEqualTo(2);
  }

  @Test
  void apiRefusingTheKeyIsOneClearLineAndExit1(FakeSmarterDevServer server) {
    String wrongKey = "wrong-api-key-secret";

    int status =
        run(
            Map.of(
                "SMARTER_DEV_BOT_TOKEN", TOKEN,
                "SMARTER_DEV_API_URL", server.url(),
                "SMARTER_DEV_API_KEY", wrongKey));

    assertThat(status).isEqualTo(1);
    assertThat(err().lines())
        .singleElement()
        .asString()
        .contains("refused the API key")
        .contains("SMARTER_DEV_API_KEY");
    assertThat(err() + out()).doesNotContain(TOKEN).doesNotContain(wrongKey);
  }

  @Test
  void apiThatDoesNotAnswerIsOneClearLineAndExit1() {
    FakeSmarterDevServer closed = FakeSmarterDevServer.builder().build().start();
    String url = closed.url();
    closed.close();

    int status =
        run(
            Map.of(
                "SMARTER_DEV_BOT_TOKEN", TOKEN,
                "SMARTER_DEV_API_URL", url,
                "SMARTER_DEV_API_KEY", "some-key"));

    assertThat(status).isEqualTo(1);
    assertThat(err().lines())
        .singleElement()
        .asString()
        .startsWith("The Smarter Dev API at " + url + "/ did not answer")
        .contains("SMARTER_DEV_API_URL");
  }
}

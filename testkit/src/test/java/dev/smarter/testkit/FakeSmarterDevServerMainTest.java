package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.SmarterDevClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeSmarterDevServerMainTest {
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  private String printed() {
    return output.toString(StandardCharsets.UTF_8);
  }

  private FakeSmarterDevServer launch(Map<String, String> env, String... args) {
    return FakeSmarterDevServerMain.launch(args, env, out);
  }

  @Test
  void startsInLocalModeWithTheTestingKeyAndPrintsTheChosenPort() {
    try (FakeSmarterDevServer server = launch(Map.of(), "--port", "0")) {
      assertThat(server.localMode()).isTrue();
      assertThat(server.apiKeys()).containsExactly("test-key", "TESTING");
      assertThat(printed())
          .isEqualTo(
              "Fake Smarter Dev API listening on http://127.0.0.1:"
                  + server.port()
                  + " (API keys: TESTING, test-key; local mode)"
                  + System.lineSeparator());
      Reply reply =
          new RawApi(server.url(), null).post("/api/auth/token", "{\"api_key\": \"TESTING\"}");
      assertThat(reply.code()).isEqualTo(200);
      assertThat(server.recordedRequests()).isEmpty();
    }
  }

  @Test
  void noLocalTurnsLocalModeOff() {
    try (FakeSmarterDevServer server = launch(Map.of(), "--port=0", "--no-local")) {
      assertThat(server.localMode()).isFalse();
      assertThat(server.apiKeys()).containsExactly("test-key");
      assertThat(printed()).endsWith("(API key: test-key)" + System.lineSeparator());
    }
  }

  @Test
  void smarterDevLocalZeroTurnsLocalModeOffUnlessLocalIsGiven() {
    try (FakeSmarterDevServer server = launch(Map.of("SMARTER_DEV_LOCAL", "0"), "--port=0")) {
      assertThat(server.localMode()).isFalse();
    }
    try (FakeSmarterDevServer server =
        launch(Map.of("SMARTER_DEV_LOCAL", "0"), "--port=0", "--local")) {
      assertThat(server.localMode()).isTrue();
    }
  }

  @Test
  void aConfiguredKeyIsPrintedMasked() {
    try (FakeSmarterDevServer server =
        launch(Map.of(), "--port", "0", "--api-key", "s3cret-key-123")) {
      assertThat(printed())
          .endsWith("(API keys: TESTING, s3************; local mode)" + System.lineSeparator());
      assertThat(server.apiKeys()).containsExactly("s3cret-key-123", "TESTING");
    }
  }

  @Test
  void theKeyCanComeFromTheEnvironment() {
    try (FakeSmarterDevServer server =
        launch(Map.of("SMARTER_DEV_API_KEY", "env-key-42"), "--port", "0", "--no-local")) {
      assertThat(server.apiKeys()).containsExactly("env-key-42");
      assertThat(printed()).endsWith("(API key: en********)" + System.lineSeparator());
    }
  }

  @Test
  void testingGivenAsTheKeyIsListedOnce() {
    try (FakeSmarterDevServer server = launch(Map.of(), "--port", "0", "--api-key", "TESTING")) {
      assertThat(printed()).endsWith("(API key: TESTING; local mode)" + System.lineSeparator());
      assertThat(server.apiKeys()).containsExactly("TESTING");
    }
  }

  @Test
  void aClientConfiguredWithSmarterDevLocalConnectsWithoutAnyOption() {
    try (FakeSmarterDevServer server = launch(Map.of(), "--port", "0");
        SmarterDevClient client =
            SmarterDevClient.builder()
                .environment(Map.of("SMARTER_DEV_API_URL", server.url(), "SMARTER_DEV_LOCAL", "1"))
                .build()) {
      assertThat(client.guilds().list().execute()).isEmpty();
    }
  }

  @Test
  void aClientAndTheServerSharingSmarterDevApiKeyConnect() {
    Map<String, String> env = Map.of("SMARTER_DEV_API_KEY", "my-dev-key");
    try (FakeSmarterDevServer server = launch(env, "--port", "0", "--no-local");
        SmarterDevClient client =
            SmarterDevClient.builder()
                .environment(env)
                .environment(Map.of("SMARTER_DEV_API_URL", server.url()))
                .build()) {
      assertThat(client.users().list().execute()).isEmpty();
    }
  }

  @Test
  void unknownArgumentsAreRejected() {
    assertThatThrownBy(() -> launch(Map.of(), "--verbose"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument: --verbose");
  }

  @Test
  void aNonNumericPortIsRejected() {
    assertThatThrownBy(() -> launch(Map.of(), "--port", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void helpExplainsTheKeysAndLocalModeAndStartsNothing() {
    assertThat(launch(Map.of(), "--help")).isNull();
    assertThat(printed())
        .startsWith("usage:")
        .contains("--no-local")
        .contains("TESTING")
        .contains("SMARTER_DEV_LOCAL=1")
        .contains("$SMARTER_DEV_API_KEY");
  }
}

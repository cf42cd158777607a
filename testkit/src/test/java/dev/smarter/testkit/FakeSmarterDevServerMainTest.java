package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void portZeroPrintsTheChosenPortAndServes() {
    try (FakeSmarterDevServer server =
        FakeSmarterDevServerMain.launch(new String[] {"--port", "0", "--local"}, Map.of(), out)) {
      assertThat(printed())
          .isEqualTo(
              "Fake Smarter Dev API listening on http://127.0.0.1:"
                  + server.port()
                  + " (API key: TESTING)"
                  + System.lineSeparator());
      Reply reply =
          new RawApi(server.url(), null).post("/api/auth/token", "{\"api_key\": \"TESTING\"}");
      assertThat(reply.code()).isEqualTo(200);
    }
  }

  @Test
  void localModeDefaultsToTheEnvironment() {
    try (FakeSmarterDevServer server =
        FakeSmarterDevServerMain.launch(
            new String[] {"--port=0"}, Map.of("SMARTER_DEV_LOCAL", "1"), out)) {
      assertThat(server.localMode()).isTrue();
    }
  }

  @Test
  void aConfiguredKeyIsPrintedMasked() {
    try (FakeSmarterDevServer server =
        FakeSmarterDevServerMain.launch(
            new String[] {"--port", "0", "--api-key", "s3cret-key-123"}, Map.of(), out)) {
      assertThat(printed()).endsWith("(API key: s3************)" + System.lineSeparator());
      assertThat(server.apiKeys()).containsExactly("s3cret-key-123");
    }
  }

  @Test
  void theKeyCanComeFromTheEnvironment() {
    try (FakeSmarterDevServer server =
        FakeSmarterDevServerMain.launch(
            new String[] {"--port", "0"}, Map.of("SMARTER_DEV_API_KEY", "env-key-42"), out)) {
      assertThat(server.apiKeys()).containsExactly("env-key-42");
    }
  }

  @Test
  void unknownArgumentsAreRejected() {
    assertThatThrownBy(
            () -> FakeSmarterDevServerMain.launch(new String[] {"--verbose"}, Map.of(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown argument: --verbose");
  }

  @Test
  void aNonNumericPortIsRejected() {
    assertThatThrownBy(
            () -> FakeSmarterDevServerMain.launch(new String[] {"--port", "x"}, Map.of(), out))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void helpPrintsUsageAndStartsNothing() {
    assertThat(FakeSmarterDevServerMain.launch(new String[] {"--help"}, Map.of(), out)).isNull();
    assertThat(printed()).startsWith("usage:");
  }
}

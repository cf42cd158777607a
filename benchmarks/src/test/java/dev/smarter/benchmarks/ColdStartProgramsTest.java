package dev.smarter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The programs {@link ColdStart} times in fresh JVMs, run here in-process against the testkit: each
 * must exchange the key, list the seeded guilds and say so, or its timings measure a failure.
 */
class ColdStartProgramsTest {
  private static final int GUILDS = 3;

  private final FakeSmarterDevServer server = FakeSmarterDevServer.builder().build();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream standardOut = System.out;

  @BeforeEach
  void startServerAndCaptureOutput() {
    server.start();
    for (int i = 0; i < GUILDS; i++) {
      server.seedGuild(1_234_567_890_123_456_000L + i, "Guild " + i);
    }
    standardOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(standardOut);
    server.close();
  }

  private String output() {
    return printed.toString(StandardCharsets.UTF_8).trim();
  }

  @Test
  void sdkListsTheGuilds() {
    ColdStartSdk.main(new String[] {server.url(), server.apiKey()});

    assertThat(output()).isEqualTo(ColdStart.SUCCESS + " " + GUILDS);
  }

  @Test
  void retrofitAndMoshiListTheGuildsOverACleartextOnlyClientAndADefaultOne() throws IOException {
    ColdStartRetrofit.main(new String[] {server.url(), server.apiKey(), ColdStartRaw.CLEARTEXT});
    ColdStartRetrofit.main(new String[] {server.url(), server.apiKey()});

    assertThat(output())
        .isEqualTo(ColdStart.SUCCESS + " " + GUILDS + "\n" + ColdStart.SUCCESS + " " + GUILDS);
  }

  @Test
  void rawOkHttpReadsTheGuildListOverACleartextOnlyClientAndADefaultOne() throws IOException {
    ColdStartRaw.main(new String[] {server.url(), server.apiKey(), ColdStartRaw.CLEARTEXT});
    ColdStartRaw.main(new String[] {server.url(), server.apiKey()});

    assertThat(output().lines())
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith(ColdStart.SUCCESS + " "));
  }

  @Test
  void retrofitAndMoshiFailOnARefusedKeyInsteadOfReportingSuccess() {
    assertThatThrownBy(() -> ColdStartRetrofit.main(new String[] {server.url(), "not-a-key"}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("/api/auth/token");
    assertThat(output()).isEmpty();
  }
}

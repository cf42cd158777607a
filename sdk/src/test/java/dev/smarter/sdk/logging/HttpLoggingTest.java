package dev.smarter.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.NewWarning;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpLoggingTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeEach
  void clearLog() {
    CapturingLoggerProvider.LINES.clear();
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private static List<String> httpLines() {
    return CapturingLoggerProvider.LINES.stream()
        .filter(line -> line.contains(" dev.smarter.sdk.http: "))
        .collect(Collectors.toList());
  }

  private SmarterDevClient client(Map<String, String> env) {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("sk-log-secret")
        .environment(env)
        .sleeper(d -> {})
        .build();
  }

  @Test
  void logsNothingUnlessEnabled() {
    enqueue(200, "{\"token\":\"tok-log-secret\",\"expires_in\":3600}");
    enqueue(200, "{\"guilds\":[]}");
    try (SmarterDevClient client = client(Map.of())) {
      client.guilds().list().execute();
    }

    assertThat(httpLines()).isEmpty();
  }

  @Test
  void logsMethodPathStatusDurationAndAttempt() {
    enqueue(200, "{\"token\":\"tok-log-secret\",\"expires_in\":3600}");
    enqueue(503, "{\"error\":\"busy\"}");
    enqueue(200, "{\"guilds\":[]}");
    try (SmarterDevClient client = client(Map.of("SMARTER_DEV_LOG", "debug"))) {
      client.guilds().list().execute();
    }

    assertThat(httpLines())
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches("DEBUG .*POST /api/auth/token -> 200 \\(\\d+ ms, attempt 1\\)"))
        .anySatisfy(
            line ->
                assertThat(line).matches("DEBUG .*GET /api/guilds -> 503 \\(\\d+ ms, attempt 1\\)"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches("DEBUG .*GET /api/guilds -> 200 \\(\\d+ ms, attempt 2\\)"));
  }

  @Test
  void traceLogsBodiesButNeverTheKeyOrToken() {
    enqueue(200, "{\"token\":\"tok-log-secret\",\"expires_in\":3600}");
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");
    enqueue(200, "{\"token\":\"tok-log-secret-2\",\"expires_in\":3600}");
    enqueue(
        201,
        "{\"id\":1,\"user_id\":2,\"mod_id\":3,\"guild_id\":4,\"reason\":\"spam\","
            + "\"warned_at\":\"2026-11-24T03:10:00\"}");
    try (SmarterDevClient client = client(Map.of("SMARTER_DEV_LOG", "trace"))) {
      client
          .warnings()
          .create(NewWarning.builder().userId(2).modId(3).guildId(4).reason("spam").build())
          .execute();
    }

    List<String> lines = httpLines();
    assertThat(lines)
        .anySatisfy(
            line -> assertThat(line).contains("POST /api/warnings request body: {\"user_id\":2"))
        .anySatisfy(
            line -> assertThat(line).contains("POST /api/auth/token request body: [redacted]"))
        .anySatisfy(
            line -> assertThat(line).contains("POST /api/auth/token response body: [redacted]"));
    assertThat(String.join("\n", CapturingLoggerProvider.LINES))
        .doesNotContain("sk-log-secret")
        .doesNotContain("tok-log-secret")
        .doesNotContain("Bearer");
  }
}

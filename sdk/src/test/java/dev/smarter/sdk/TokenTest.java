package dev.smarter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenTest {
  private static final String GUILDS = "{\"guilds\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T00:00:00Z"));
  private SmarterDevClient client;

  @BeforeEach
  void setUp() {
    client =
        SmarterDevClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey("sk-secret-key")
            .clock(clock)
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private void enqueueToken(String token) {
    enqueue(200, "{\"token\":\"" + token + "\",\"expires_in\":3600}");
  }

  @Test
  void exchangesKeyOnceForManyCalls() throws Exception {
    enqueueToken("tok-1");
    for (int i = 0; i < 3; i++) {
      enqueue(200, GUILDS);
    }

    for (int i = 0; i < 3; i++) {
      client.guilds().list().execute();
    }

    RecordedRequest exchange = server.takeRequest();
    assertThat(exchange.getMethod()).isEqualTo("POST");
    assertThat(exchange.getTarget()).isEqualTo("/api/auth/token");
    assertThat(exchange.getBody().utf8()).isEqualTo("{\"api_key\":\"sk-secret-key\"}");
    assertThat(exchange.getHeaders().get("Authorization")).isNull();
    for (int i = 0; i < 3; i++) {
      RecordedRequest call = server.takeRequest();
      assertThat(call.getTarget()).isEqualTo("/api/guilds");
      assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void keepsTokenUntilOneMinuteBeforeExpiry() throws Exception {
    enqueueToken("tok-1");
    enqueue(200, GUILDS);
    enqueue(200, GUILDS);
    client.guilds().list().execute();

    clock.advance(Duration.ofSeconds(3539));
    client.guilds().list().execute();

    server.takeRequest();
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void renewsTokenOneMinuteBeforeExpiry() throws Exception {
    enqueueToken("tok-1");
    enqueue(200, GUILDS);
    enqueueToken("tok-2");
    enqueue(200, GUILDS);
    client.guilds().list().execute();

    clock.advance(Duration.ofMinutes(59));
    client.guilds().list().execute();

    server.takeRequest();
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/auth/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void renewsOnceAndRetriesWhenTokenIsRefused() throws Exception {
    enqueueToken("tok-1");
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");
    enqueueToken("tok-2");
    enqueue(200, GUILDS);

    assertThat(client.guilds().list().execute()).isEmpty();

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/auth/token");
    RecordedRequest retried = server.takeRequest();
    assertThat(retried.getTarget()).isEqualTo("/api/guilds");
    assertThat(retried.getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void failsCleanlyWhenRenewedTokenIsAlsoRefused() {
    enqueueToken("tok-1");
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");
    enqueueToken("tok-2");
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");

    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("GET /api/guilds failed: HTTP 401: Invalid or expired token")
        .satisfies(e -> assertThat(((ApiException) e).statusCode()).isEqualTo(401));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void invalidKeyFailsFastWithoutRetry() {
    enqueue(401, "{\"error\":\"Invalid API key\"}");

    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "GET /api/guilds failed: the API key was refused: POST /api/auth/token failed:"
                + " HTTP 401: Invalid API key")
        .satisfies(
            e ->
                assertThat(((AuthenticationException) e).errorMessage())
                    .isEqualTo("Invalid API key"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void exchangeEscapesTheKeyAndSendsJson() throws Exception {
    enqueueToken("tok");
    enqueue(200, GUILDS);
    try (SmarterDevClient quoted =
        client.newBuilder().apiKey("k\"ey\\with\nodd characters").build()) {
      quoted.guilds().list().execute();
    }

    RecordedRequest exchange = server.takeRequest();
    assertThat(exchange.getBody().utf8())
        .isEqualTo("{\"api_key\":\"k\\\"ey\\\\with\\nodd characters\"}");
    assertThat(exchange.getHeaders().get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void exchangeAnswerMayCarryMoreFieldsInAnyOrder() throws Exception {
    enqueue(200, "{\"expires_in\":3600,\"token_type\":\"bearer\",\"token\":\"tok-x\"}");
    enqueue(200, GUILDS);

    client.guilds().list().execute();

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-x");
  }

  @Test
  void exchangeAnswerWithoutATokenIsAnUnexpectedResponseNamingTheField() {
    enqueue(200, "{\"expires_in\":3600}");

    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("could not get a token")
        .hasMessageContaining("Required value 'token' missing");
    enqueue(200, "{\"token\":\"tok\",\"expires_in\":null}");
    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("Non-null value 'expires_in' was null at $.expires_in");
    enqueue(200, "{\"token\":null,\"expires_in\":3600}");
    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("Non-null value 'token' was null at $.token");
    enqueue(200, "null");
    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("Expected a JSON value but was null at path $");
    enqueue(200, "{\"token\":\"\",\"expires_in\":3600}");
    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("token must not be empty");
  }

  @Test
  void absurdTokenLifetimeIsAnUnexpectedResponseNotADateTimeError() {
    enqueue(200, "{\"token\":\"tok\",\"expires_in\":100000000000000000}");

    assertThatThrownBy(() -> client.guilds().list().execute())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("expires_in must be between 1 and 31622400 seconds");
    enqueue(200, "{\"token\":\"tok\",\"expires_in\":100000000000000000}");
    assertThat(client.guilds().list().executeAsync())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void invalidKeyFailsAsyncCallsWithTheSameException() {
    enqueue(401, "{\"error\":\"Invalid API key\"}");

    assertThat(client.guilds().list().executeAsync())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(AuthenticationException.class)
        .withMessage(
            "GET /api/guilds failed: the API key was refused: POST /api/auth/token failed:"
                + " HTTP 401: Invalid API key");
  }

  @Test
  void keyAndTokenNeverAppearInExceptionsOrToString() {
    enqueueToken("tok-secret-1");
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");
    enqueueToken("tok-secret-2");
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");

    Throwable thrown = null;
    try {
      client.guilds().list().execute();
    } catch (SmarterDevException e) {
      thrown = e;
    }

    assertThat(thrown).isNotNull();
    StringBuilder everything = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      everything.append(t).append('\n');
      for (StackTraceElement element : t.getStackTrace()) {
        everything.append(element).append('\n');
      }
    }
    everything.append(client).append(client.newBuilder()).append(client.guilds());
    assertThat(everything.toString())
        .doesNotContain("sk-secret-key")
        .doesNotContain("tok-secret-1")
        .doesNotContain("tok-secret-2");
  }
}

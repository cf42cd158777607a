package dev.smarter.sdk.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RateLimitException;
import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private static final String GUILD =
      "{\"id\":1,\"discord_id\":42,\"name\":\"G\",\"icon_url\":null,\"joined_at\":null,"
          + "\"created_at\":\"2026-11-24T03:10:00\"}";
  private static final String WARNING =
      "{\"id\":1,\"user_id\":2,\"mod_id\":3,\"guild_id\":4,\"reason\":null,"
          + "\"warned_at\":\"2026-11-24T03:10:00\"}";
  private static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

  @StartStop final MockWebServer server = new MockWebServer();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** What a retry waits for before it is sent; open unless a test closes it. */
  private volatile CountDownLatch retryGate = new CountDownLatch(0);

  private SmarterDevClient client;

  @BeforeEach
  void setUp() {
    client = client(RetryPolicy.defaults(), Duration.ofSeconds(60));
    enqueueJson(200, "{\"token\":\"t\",\"expires_in\":3600}");
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private SmarterDevClient client(RetryPolicy policy, Duration callTimeout) {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("k")
        .retryPolicy(policy)
        .callTimeout(callTimeout)
        .sleeper(
            delay -> {
              sleeps.add(delay);
              if (!retryGate.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the retry's gate never opened");
              }
            })
        .random(new Random(7))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .reconcileCreates(false)
        .build();
  }

  private void enqueueJson(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private void enqueueStatus(int code, String retryAfter) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", retryAfter)
            .body("{\"error\":\"slow down\"}")
            .build());
  }

  private NewWarning warning() {
    return NewWarning.builder().userId(2).modId(3).guildId(4).build();
  }

  private int apiRequests() {
    return server.getRequestCount() - 1;
  }

  @Test
  void retriesGetOn503ThenSucceeds() {
    enqueueJson(503, "{\"error\":\"unavailable\"}");
    enqueueJson(200, GUILD);

    Guild guild = client.guilds().get(1).execute();

    assertThat(guild.id()).isEqualTo(1);
    assertThat(apiRequests()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void retriesIdempotentGuildCreateOn500() {
    enqueueJson(500, "{\"error\":\"database is locked\"}");
    enqueueJson(201, GUILD);

    client.guilds().create(NewGuild.of(42, "G")).execute();

    assertThat(apiRequests()).isEqualTo(2);
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    for (int i = 0; i < 3; i++) {
      enqueueJson(502, "{\"error\":\"bad gateway\"}");
    }

    assertThatThrownBy(() -> client.guilds().get(1).execute())
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("HTTP 502");
    assertThat(apiRequests()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void backoffIsFullJitterBelowTheExponentialCap() {
    SmarterDevClient patient =
        client(RetryPolicy.defaults().withMaxRetries(5), Duration.ofMinutes(10));
    try {
      for (int i = 0; i < 6; i++) {
        enqueueJson(503, "{\"error\":\"unavailable\"}");
      }
      assertThatThrownBy(() -> patient.guilds().get(1).execute())
          .isInstanceOf(ServerException.class);
    } finally {
      patient.close();
    }

    assertThat(sleeps).hasSize(5);
    long[] capsMillis = {500, 1000, 2000, 4000, 8000};
    for (int i = 0; i < 5; i++) {
      assertThat(sleeps.get(i)).isBetween(Duration.ZERO, Duration.ofMillis(capsMillis[i]));
    }
    assertThat(sleeps).doesNotHaveDuplicates();
  }

  @Test
  void zeroRetriesDisablesRetrying() {
    SmarterDevClient once = client(RetryPolicy.none(), Duration.ofSeconds(60));
    try {
      enqueueJson(503, "{\"error\":\"unavailable\"}");
      assertThatThrownBy(() -> once.guilds().get(1).execute()).isInstanceOf(ServerException.class);
    } finally {
      once.close();
    }
    assertThat(apiRequests()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void honoursRetryAfterSeconds() {
    enqueueStatus(429, "3");
    enqueueJson(200, GUILD);

    client.guilds().get(1).execute();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void honoursRetryAfterHttpDate() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(5), ZoneOffset.UTC));
    enqueueStatus(429, date);
    enqueueJson(200, GUILD);

    client.guilds().get(1).execute();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterBeyondCapFailsAtOnceWithServersDelay() {
    enqueueStatus(429, "120");

    assertThatThrownBy(() -> client.guilds().get(1).execute())
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(2)));
    assertThat(apiRequests()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void noRetryStartsThatWouldEndAfterTheDeadline() {
    SmarterDevClient hurried = client(RetryPolicy.defaults(), Duration.ofSeconds(2));
    try {
      enqueueStatus(503, "10");
      assertThatThrownBy(() -> hurried.guilds().get(1).execute())
          .isInstanceOf(ServerException.class);
    } finally {
      hurried.close();
    }
    assertThat(apiRequests()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retryBudgetIsExactEvenWhenTheServerAsksToRetryAtOnce() {
    for (int i = 0; i < 6; i++) {
      enqueueStatus(503, "0");
    }

    assertThatThrownBy(() -> client.guilds().get(1).execute()).isInstanceOf(ServerException.class);
    // OkHttp would repeat a 503 with Retry-After: 0 by itself; the SDK's budget is the only one.
    assertThat(apiRequests()).isEqualTo(3);
    assertThat(sleeps).as("retried at once, as asked").isEmpty();
  }

  @Test
  void zeroRetriesSendsExactlyOnceWhateverTheServerAsks() {
    SmarterDevClient once = client(RetryPolicy.none(), Duration.ofSeconds(60));
    enqueueStatus(503, "0");
    enqueueStatus(408, "0");
    enqueueJson(200, GUILD);

    assertThatThrownBy(() -> once.guilds().get(1).execute()).isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> once.guilds().get(1).execute())
        .isInstanceOf(dev.smarter.sdk.ApiException.class)
        .extracting(e -> ((dev.smarter.sdk.ApiException) e).statusCode())
        .isEqualTo(408);
    assertThat(apiRequests()).isEqualTo(2);
    once.close();
  }

  @Test
  void retries429ForNonIdempotentCreate() {
    enqueueStatus(429, "1");
    enqueueJson(201, WARNING);

    client.warnings().create(warning()).execute();

    assertThat(apiRequests()).isEqualTo(2);
  }

  @Test
  void neverReplaysWarningCreateOn502() {
    enqueueJson(502, "{\"error\":\"bad gateway\"}");

    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("POST /api/warnings")
        .hasMessageContaining("outcome unknown")
        .hasCauseInstanceOf(ServerException.class);
    assertThat(apiRequests()).isEqualTo(1);
  }

  @Test
  void neverReplaysCaseCreateOn500() {
    enqueueJson(500, "{\"error\":\"boom\"}");

    assertThatThrownBy(
            () ->
                client
                    .moderationCases()
                    .create(
                        NewModerationCase.builder()
                            .guildId(1)
                            .userId(2)
                            .modId(3)
                            .action("ban")
                            .build())
                    .execute())
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("boom");
    assertThat(apiRequests()).isEqualTo(1);
  }

  @Test
  void neverReplaysWarningCreateWhenConnectionDropsAfterRequest() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .body(WARNING)
            .build());
    enqueueJson(201, WARNING);

    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(ApiIoException.class);
    server.takeRequest();
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getTarget()).isEqualTo("/api/warnings");
    assertThat(apiRequests()).isEqualTo(1);
  }

  @Test
  void neverReplaysBytesAwardWhenConnectionDropsAfterRequest() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .body("{}")
            .build());

    assertThatThrownBy(
            () ->
                client
                    .bytes()
                    .give(NewBytesAward.builder().giverId(1).receiverId(2).guildId(3).build())
                    .execute())
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(apiRequests()).isEqualTo(1);
  }

  @Test
  void retriesGetWhenConnectionDropsAfterRequest() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .body(GUILD)
            .build());
    enqueueJson(200, GUILD);

    assertThat(client.guilds().get(1).execute().name()).isEqualTo("G");
  }

  @Test
  void retriesIdempotentCreateWhenSocketClosesWhileBodyIsRead() {
    MockResponse cut =
        new MockResponse.Builder().onRequestBody(new SocketEffect.CloseSocket()).build();
    // MockWebServer reads a body's socket effect from the head of its queue and dequeues only
    // afterwards: a retry that does not wait (these tests do not sleep) could meet the same head.
    retryGate = new CountDownLatch(1);
    server.setDispatcher(
        new QueueDispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            MockResponse response = super.dispatch(request);
            if (response == cut) {
              retryGate.countDown();
            }
            return response;
          }
        });
    enqueueJson(200, "{\"token\":\"t\",\"expires_in\":3600}");
    server.enqueue(cut);
    enqueueJson(201, GUILD);

    assertThat(client.guilds().create(NewGuild.of(42, "G")).execute().name()).isEqualTo("G");
    assertThat(server.getRequestCount()).as("token, the cut create, its retry").isEqualTo(3);
  }

  @Test
  void neverReplaysWarningCreateWhenSocketClosesWhileBodyIsRead() {
    server.enqueue(
        new MockResponse.Builder().onRequestBody(new SocketEffect.CloseSocket()).build());
    enqueueJson(201, WARNING);

    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(OutcomeUnknownException.class);
    // Not replayed: a replay would have got the queued 201 and succeeded. The server counts the cut
    // request or not, depending on how far it read, so at most one create reached it.
    assertThat(apiRequests()).isLessThanOrEqualTo(1);
  }

  @Test
  void doesNotRetryClientErrors() {
    enqueueJson(400, "{\"error\":\"Missing required field: user_id\"}");

    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(BadRequestException.class);
    assertThat(apiRequests()).isEqualTo(1);
  }

  @Test
  void connectionRefusedIsRetriedEvenForCreatesThenFailsAsIoError() throws Exception {
    int port = server.getPort();
    server.close();
    SmarterDevClient offline =
        SmarterDevClient.builder()
            .baseUrl("http://127.0.0.1:" + port + "/")
            .apiKey("k")
            .sleeper(
                delay -> {
                  sleeps.add(delay);
                  if (!retryGate.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the retry's gate never opened");
                  }
                })
            .build();
    try {
      assertThatThrownBy(() -> offline.warnings().create(warning()).execute())
          .isInstanceOf(ApiIoException.class)
          .hasMessageContaining("POST /api/auth/token failed: ConnectException");
    } finally {
      offline.close();
    }
    assertThat(sleeps).hasSize(2);
  }
}

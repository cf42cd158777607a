package dev.smarter.sdk.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.Sleeper;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewWarning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The events a {@link dev.smarter.sdk.CallListener} sees, in order, for the paths a call can take.
 * Each expected list reads as the call's story; an event the engine adds later (such as the lookup
 * of a create whose outcome is unknown) is one more line in the story.
 */
class CallListenerEventsTest {
  static final String API_KEY = "sk-listener-secret-key";
  static final String TOKEN = "tok-listener-secret";
  static final String GUILD =
      "{\"id\":7,\"discord_id\":42,\"name\":\"G\",\"icon_url\":null,\"joined_at\":null,"
          + "\"created_at\":\"2026-11-24T03:10:00\"}";
  static final String GET_GUILD = "GET /api/guilds/{id}";
  static final String CREATE_WARNING = "POST /api/warnings";

  @StartStop final MockWebServer server = new MockWebServer();
  final RecordingListener listener = new RecordingListener();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  SmarterDevClient client;

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
  }

  SmarterDevClient.Builder builder() {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(API_KEY)
        .sleeper(sleeps::add)
        .listener(listener);
  }

  SmarterDevClient client() {
    client = builder().build();
    return client;
  }

  void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  void enqueueToken() {
    enqueue(200, "{\"token\":\"" + TOKEN + "\",\"expires_in\":3600}");
  }

  static List<String> firstCall(String route, String... events) {
    List<String> story = new ArrayList<>();
    story.add("callStart " + route);
    story.add("tokenExchangeStart FIRST");
    story.add("tokenExchangeEnd FIRST ok");
    story.addAll(List.of(events));
    return story;
  }

  @Test
  void plainCall() {
    enqueueToken();
    enqueue(200, GUILD);

    client().guilds().get(7).execute();

    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(GET_GUILD, "attemptStart 1", "attemptEnd 1 200", "callEnd ok"));
  }

  @Test
  void everyEventOfOneExecutionCarriesTheSameCallInfo() {
    enqueueToken();
    enqueue(200, GUILD);

    client().guilds().get(7).execute();

    assertThat(listener.calls).isNotEmpty();
    CallInfo first = listener.calls.get(0);
    assertThat(listener.calls).allSatisfy(call -> assertThat(call).isSameAs(first));
    assertThat(first.route()).isEqualTo(GET_GUILD);
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/api/guilds/7");
  }

  @Test
  void retriedOn503ThenSuccessful() {
    enqueueToken();
    enqueue(503, "{\"error\":\"unavailable\"}");
    enqueue(200, GUILD);

    Guild guild = client().guilds().get(7).execute();

    assertThat(guild.id()).isEqualTo(7);
    assertThat(sleeps).hasSize(1);
    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(
                GET_GUILD,
                "attemptStart 1",
                "attemptEnd 1 503",
                "retryScheduled 2 SERVER_ERROR " + sleeps.get(0),
                "attemptStart 2",
                "attemptEnd 2 200",
                "callEnd ok"));
  }

  @Test
  void rateLimitedWithRetryAfter() {
    enqueueToken();
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", "2")
            .body("{\"error\":\"slow down\"}")
            .build());
    enqueue(200, GUILD);

    client().guilds().get(7).execute();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(
                GET_GUILD,
                "attemptStart 1",
                "attemptEnd 1 429",
                "retryScheduled 2 RATE_LIMITED PT2S",
                "attemptStart 2",
                "attemptEnd 2 200",
                "callEnd ok"));
  }

  @Test
  void tokenRenewedAfter401() {
    enqueueToken();
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");
    enqueueToken();
    enqueue(200, GUILD);

    client().guilds().get(7).execute();

    assertThat(sleeps).isEmpty();
    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(
                GET_GUILD,
                "attemptStart 1",
                "attemptEnd 1 401",
                "tokenExchangeStart REFUSED",
                "tokenExchangeEnd REFUSED ok",
                "attemptStart 2",
                "attemptEnd 2 200",
                "callEnd ok"));
  }

  @Test
  void cachedTokenCausesNoExchangeEvents() {
    enqueueToken();
    enqueue(200, GUILD);
    enqueue(200, GUILD);
    client().guilds().get(7).execute();
    listener.events.clear();

    client.guilds().get(7).execute();

    assertThat(listener.events())
        .containsExactly(
            "callStart " + GET_GUILD, "attemptStart 1", "attemptEnd 1 200", "callEnd ok");
  }

  @Test
  void failedTokenExchangeEndsTheCall() {
    enqueue(401, "{\"error\":\"Invalid API key\"}");

    assertThatThrownBy(() -> client().guilds().get(7).execute())
        .hasMessageContaining("Invalid API key");

    assertThat(listener.events())
        .containsExactly(
            "callStart " + GET_GUILD,
            "tokenExchangeStart FIRST",
            "tokenExchangeEnd FIRST AuthenticationException",
            "callEnd AuthenticationException");
  }

  @Test
  void warningCreateAnswered502IsLookedUpThenSentAgain() {
    enqueueToken();
    enqueue(502, "{\"error\":\"bad gateway\"}");
    enqueue(200, "{\"warnings\":[]}");
    enqueue(
        201,
        "{\"id\":1,\"user_id\":2,\"mod_id\":3,\"guild_id\":4,\"reason\":\"spam\","
            + "\"warned_at\":\"2026-11-24T03:10:00\"}");

    client().warnings().create(warning()).execute();

    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(
                CREATE_WARNING,
                "attemptStart 1",
                "attemptEnd 1 502",
                "callStart GET /api/warnings",
                "attemptStart 1",
                "attemptEnd 1 200",
                "callEnd ok",
                "lookup not found",
                "retryScheduled 2 NOT_STORED PT0S",
                "attemptStart 2",
                "attemptEnd 2 201",
                "callEnd ok"));
    assertThat(sleeps).as("the lookup delay").containsExactly(Duration.ofMillis(500));
  }

  @Test
  void warningCreateAnswered502WithoutReconciliationEndsWithOutcomeUnknown() {
    client = builder().reconcileCreates(false).build();
    enqueueToken();
    enqueue(502, "{\"error\":\"bad gateway\"}");

    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(OutcomeUnknownException.class);

    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(
                CREATE_WARNING,
                "attemptStart 1",
                "attemptEnd 1 502",
                "outcomeUnknown",
                "callEnd OutcomeUnknownException"));
  }

  @Test
  void warningCreateWhoseConnectionDropsWithoutReconciliationEndsWithOutcomeUnknown() {
    client = builder().reconcileCreates(false).build();
    enqueueToken();
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(OutcomeUnknownException.class);

    List<String> events = listener.events();
    assertThat(events).hasSize(7);
    assertThat(events.subList(0, 4))
        .containsExactlyElementsOf(firstCall(CREATE_WARNING, "attemptStart 1"));
    assertThat(events.get(4)).startsWith("attemptEnd 1 ").doesNotEndWith(" 0");
    assertThat(events.subList(5, 7))
        .containsExactly("outcomeUnknown", "callEnd OutcomeUnknownException");
  }

  @Test
  void asyncCallSeesTheSameEventsAndCallEndBeforeItsFutureCompletes() {
    enqueueToken();
    enqueue(503, "{\"error\":\"unavailable\"}");
    enqueue(200, GUILD);
    List<List<String>> seenOnCompletion = new CopyOnWriteArrayList<>();

    client()
        .guilds()
        .get(7)
        .executeAsync()
        .whenComplete((guild, failure) -> seenOnCompletion.add(listener.events()))
        .join();

    List<String> story =
        firstCall(
            GET_GUILD,
            "attemptStart 1",
            "attemptEnd 1 503",
            "retryScheduled 2 SERVER_ERROR " + sleeps.get(0),
            "attemptStart 2",
            "attemptEnd 2 200",
            "callEnd ok");
    assertThat(listener.events()).containsExactlyElementsOf(story);
    assertThat(seenOnCompletion).containsExactly(story);
  }

  @Test
  void cancelledAsyncCallEndsOnceWithCancellation() throws Exception {
    client = builder().sleeper(Sleeper.SYSTEM).build();
    enqueueToken();
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", "20")
            .body("{\"error\":\"unavailable\"}")
            .build());

    CompletableFuture<Guild> call = client.guilds().get(7).executeAsync();
    awaitEvent("retryScheduled 2 SERVER_ERROR PT20S");
    assertThat(call.cancel(true)).isTrue();

    assertThatThrownBy(call::join).isInstanceOf(CancellationException.class);
    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(
                GET_GUILD,
                "attemptStart 1",
                "attemptEnd 1 503",
                "retryScheduled 2 SERVER_ERROR PT20S",
                "callEnd CancellationException"));
  }

  @Test
  void callCancelledInFlightEndsWithCancellationAndNothingAfter() throws Exception {
    client = builder().build();
    enqueueToken();
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(GUILD)
            .headersDelay(30, TimeUnit.SECONDS)
            .build());

    CompletableFuture<Guild> call = client.guilds().get(7).executeAsync();
    awaitEvent("attemptStart 1");
    assertThat(client.requestsInFlight()).isEqualTo(1);
    assertThat(call.cancel(true)).isTrue();
    awaitNoRequestInFlight();

    assertThat(listener.events())
        .containsExactlyElementsOf(
            firstCall(GET_GUILD, "attemptStart 1", "callEnd CancellationException"));
  }

  /** The request slot is released once OkHttp reports the cancelled attempt's failure. */
  private void awaitNoRequestInFlight() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (client.requestsInFlight() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(client.requestsInFlight()).isZero();
  }

  private void awaitEvent(String event) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!listener.events.contains(event) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(listener.events).contains(event);
  }

  static NewWarning warning() {
    return NewWarning.builder().userId(2).modId(3).guildId(4).reason("spam").build();
  }
}

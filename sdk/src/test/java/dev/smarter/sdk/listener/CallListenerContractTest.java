package dev.smarter.sdk.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.TokenExchangeReason;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.logging.CapturingLoggerProvider;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What holds for every listener: a listener that throws is logged and changes nothing, listeners
 * are called in the order they were added, no event carries a secret, and the events of waits for a
 * request slot and of {@code upsertAll} batches.
 */
class CallListenerContractTest {
  static final String API_KEY = CallListenerEventsTest.API_KEY;
  static final String TOKEN = CallListenerEventsTest.TOKEN;
  static final String GUILD = CallListenerEventsTest.GUILD;

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeEach
  void clearLog() {
    CapturingLoggerProvider.LINES.clear();
  }

  SmarterDevClient.Builder builder() {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(API_KEY)
        .sleeper(delay -> {});
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

  /** Throws from every event. */
  static final class ThrowingListener implements CallListener {
    @Override
    public void callStart(CallInfo call) {
      throw new IllegalStateException("listener bug in callStart");
    }

    @Override
    public void attemptStart(CallInfo call, int attempt) {
      throw new IllegalStateException("listener bug in attemptStart");
    }

    @Override
    public void attemptEnd(
        CallInfo call, int attempt, int statusCode, IOException failure, Duration d) {
      throw new IllegalStateException("listener bug in attemptEnd");
    }

    @Override
    public void callEnd(CallInfo call, Throwable failure, Duration duration) {
      throw new IllegalStateException("listener bug in callEnd");
    }

    @Override
    public void tokenExchangeStart(TokenExchangeReason reason) {
      throw new IllegalStateException("listener bug in tokenExchangeStart");
    }

    @Override
    public void tokenExchangeEnd(TokenExchangeReason reason, Throwable failure, Duration duration) {
      throw new IllegalStateException("listener bug in tokenExchangeEnd");
    }
  }

  @Test
  void listenerThatThrowsIsLoggedAndTheCallAndLaterListenersGoOn() {
    RecordingListener after = new RecordingListener();
    enqueueToken();
    enqueue(200, GUILD);

    Guild guild;
    try (SmarterDevClient client =
        builder().listener(new ThrowingListener()).listener(after).build()) {
      guild = client.guilds().get(7).execute();
    }

    assertThat(guild.id()).isEqualTo(7);
    assertThat(after.events())
        .containsExactly(
            "callStart GET /api/guilds/{id}",
            "tokenExchangeStart FIRST",
            "tokenExchangeEnd FIRST ok",
            "attemptStart 1",
            "attemptEnd 1 200",
            "callEnd ok");
    List<String> warnings =
        CapturingLoggerProvider.LINES.stream()
            .filter(line -> line.startsWith("WARN dev.smarter.sdk: CallListener"))
            .collect(Collectors.toList());
    assertThat(warnings).hasSize(6);
    assertThat(warnings.get(0))
        .contains(ThrowingListener.class.getName())
        .contains("the call goes on")
        .contains("listener bug in callStart");
  }

  @Test
  void listenerThatThrowsChangesNoAsyncCallNorItsFailure() {
    enqueueToken();
    enqueue(404, "{\"error\":\"Guild not found\"}");

    try (SmarterDevClient client = builder().listener(new ThrowingListener()).build()) {
      CompletableFuture<Guild> call = client.guilds().get(7).executeAsync();

      assertThatThrownBy(() -> call.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(NotFoundException.class);
    }
    assertThat(CapturingLoggerProvider.LINES)
        .anySatisfy(line -> assertThat(line).contains("listener bug in callEnd"));
  }

  @Test
  void listenersAreCalledInTheOrderAdded() {
    List<String> shared = new CopyOnWriteArrayList<>();
    enqueueToken();
    enqueue(200, GUILD);

    try (SmarterDevClient client =
        builder()
            .listener(new RecordingListener(shared, "first: "))
            .listener(new RecordingListener(shared, "second: "))
            .build()) {
      client.guilds().get(7).execute();
    }

    List<String> expected = new ArrayList<>();
    for (String event :
        List.of(
            "callStart GET /api/guilds/{id}",
            "tokenExchangeStart FIRST",
            "tokenExchangeEnd FIRST ok",
            "attemptStart 1",
            "attemptEnd 1 200",
            "callEnd ok")) {
      expected.add("first: " + event);
      expected.add("second: " + event);
    }
    assertThat(shared).containsExactlyElementsOf(expected);
  }

  @Test
  void noEventCarriesTheApiKeyOrATokenOnAnyPath() {
    RecordingListener listener = new RecordingListener();
    enqueueToken();
    enqueue(401, "{\"error\":\"Invalid or expired token\"}");
    enqueueToken();
    enqueue(503, "{\"error\":\"unavailable\"}");
    enqueue(200, GUILD);
    enqueue(400, "{\"error\":\"Missing required field: user_id\"}");
    enqueue(502, "{\"error\":\"bad gateway\"}");

    try (SmarterDevClient client = builder().listener(listener).reconcileCreates(false).build()) {
      client.guilds().get(7).execute();
      assertThatThrownBy(() -> client.warnings().create(warning()).execute())
          .isInstanceOf(ApiException.class);
      assertThatThrownBy(() -> client.warnings().create(warning()).execute())
          .isInstanceOf(OutcomeUnknownException.class);
    }
    server.enqueue(
        new MockResponse.Builder().code(401).body("{\"error\":\"Invalid API key\"}").build());
    try (SmarterDevClient refused = builder().listener(listener).build()) {
      assertThatThrownBy(() -> refused.guilds().list().execute()).isInstanceOf(ApiException.class);
    }

    assertThat(listener.events())
        .contains(
            "tokenExchangeEnd REFUSED ok",
            "attemptEnd 2 503",
            "attemptStart 3",
            "outcomeUnknown",
            "tokenExchangeEnd FIRST AuthenticationException");
    assertThat(listener.arguments).hasSizeGreaterThan(20);
    for (Object argument : listener.arguments) {
      assertThat(describe(argument)).doesNotContain(API_KEY).doesNotContain(TOKEN);
    }
  }

  /** Everything an argument shows: its text, and for a failure every message down its causes. */
  private static String describe(Object argument) {
    StringBuilder text = new StringBuilder(String.valueOf(argument));
    if (argument instanceof CallInfo) {
      CallInfo call = (CallInfo) argument;
      text.append(' ').append(call.route()).append(' ').append(call.path());
    }
    for (Throwable t = argument instanceof Throwable ? (Throwable) argument : null;
        t != null;
        t = t.getCause()) {
      text.append(' ').append(t).append(' ').append(t.getMessage());
      for (Throwable suppressed : t.getSuppressed()) {
        text.append(' ').append(suppressed);
      }
    }
    return text.toString();
  }

  @Test
  void callThatWaitsForARequestSlotReportsTheWaitBeforeItsAttempt() throws Exception {
    RecordingListener listener = new RecordingListener();
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getTarget().equals("/api/auth/token")) {
              return json(200, "{\"token\":\"" + TOKEN + "\",\"expires_in\":3600}");
            }
            if (request.getTarget().equals("/api/guilds/1")) {
              release.await(10, TimeUnit.SECONDS);
            }
            return json(200, GUILD);
          }
        });
    try (SmarterDevClient client = builder().maxConcurrentRequests(1).listener(listener).build()) {
      client.guilds().get(7).execute();
      CompletableFuture<Guild> holder = client.guilds().get(1).executeAsync();
      awaitSecondAttempt(listener);
      CompletableFuture<Guild> waiter = client.guilds().get(2).executeAsync();
      release.countDown();
      holder.get(10, TimeUnit.SECONDS);
      waiter.get(10, TimeUnit.SECONDS);
    }

    List<List<String>> calls = listener.eventsByCall();
    assertThat(calls).hasSize(3);
    assertThat(calls.get(1)).doesNotContain("permitWait");
    assertThat(calls.get(2))
        .containsExactly(
            "callStart GET /api/guilds/{id}",
            "permitWait",
            "attemptStart 1",
            "attemptEnd 1 200",
            "callEnd ok");
  }

  /** Waits until the second call's attempt holds the only request slot. */
  private static void awaitSecondAttempt(RecordingListener listener) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (attemptsStarted(listener) < 2 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(attemptsStarted(listener)).isEqualTo(2);
  }

  private static long attemptsStarted(RecordingListener listener) {
    return listener.events().stream().filter(e -> e.equals("attemptStart 1")).count();
  }

  @Test
  void eachUpsertAllBatchIsReportedAfterItsCall() {
    RecordingListener listener = new RecordingListener();
    server.setDispatcher(new UsersApiFake());
    List<NewUser> users =
        IntStream.rangeClosed(1, 5)
            .mapToObj(i -> NewUser.builder().discordId(1_000L + i).username("user" + i).build())
            .collect(Collectors.toList());

    UpsertSummary summary;
    try (SmarterDevClient client = builder().listener(listener).build()) {
      summary = client.users().upsertAll(users, UpsertOptions.defaults().withBatchSize(2));
    }

    assertThat(summary.created()).isEqualTo(3);
    assertThat(summary.failed()).isEqualTo(2);
    assertThat(listener.events())
        .containsExactly(
            "callStart GET /api/users",
            "tokenExchangeStart FIRST",
            "tokenExchangeEnd FIRST ok",
            "attemptStart 1",
            "attemptEnd 1 200",
            "callEnd ok",
            "callStart POST /api/users/batch",
            "attemptStart 1",
            "attemptEnd 1 201",
            "callEnd ok",
            "upsertBatch 1/3 ok",
            "callStart POST /api/users/batch",
            "attemptStart 1",
            "attemptEnd 1 400",
            "callEnd BadRequestException",
            "upsertBatch 2/3 BadRequestException",
            "callStart POST /api/users/batch",
            "attemptStart 1",
            "attemptEnd 1 201",
            "callEnd ok",
            "upsertBatch 3/3 ok");
  }

  /** Lists no users, refuses the second batch, and stores the others. */
  private static final class UsersApiFake extends Dispatcher {
    private int batches;

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      if (request.getTarget().equals("/api/auth/token")) {
        return json(200, "{\"token\":\"" + TOKEN + "\",\"expires_in\":3600}");
      }
      if (request.getTarget().equals("/api/users")) {
        return json(200, "{\"users\":[]}");
      }
      if (++batches == 2) {
        return json(400, "{\"error\":\"Missing required fields: discord_id, username\"}");
      }
      String body = request.getBody().utf8();
      List<String> ids = new ArrayList<>();
      Matcher id = Pattern.compile("\"discord_id\":(\\d+)").matcher(body);
      while (id.find()) {
        ids.add(id.group(1));
      }
      String rows =
          ids.stream()
              .map(
                  d ->
                      "{\"id\":"
                          + d
                          + ",\"discord_id\":"
                          + d
                          + ",\"username\":\"u\",\"discriminator\":null,\"avatar_url\":null,"
                          + "\"created_at\":\"2026-11-24T03:10:00\",\"bytes_balance\":0}")
              .collect(Collectors.joining(","));
      return json(
          201,
          "{\"users\":["
              + rows
              + "],\"created\":"
              + ids.size()
              + ",\"updated\":0,\"total\":"
              + ids.size()
              + "}");
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static NewWarning warning() {
    return CallListenerEventsTest.warning();
  }
}

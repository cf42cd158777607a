package dev.smarter.sdk.resilience;

import static dev.smarter.sdk.resilience.GatedServer.GUILD;
import static dev.smarter.sdk.resilience.GatedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.TokenExchangeReason;
import dev.smarter.sdk.UnexpectedResponseException;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Defects found by a review of the rewritten call path, one test each: every one hung, leaked, sent
 * on after a cancel, or ended with an exception or events that contradict the documented contract.
 * The waits here are failure bounds, not measurements.
 */
class CallEngineReviewTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final GatedServer api = new GatedServer();
  private final CountDownLatch gate = new CountDownLatch(1);
  private SmarterDevClient client;

  @BeforeEach
  void setUp() {
    server.setDispatcher(api);
    client = builder().build();
  }

  @AfterEach
  void tearDown() {
    gate.countDown();
    client.close();
  }

  private SmarterDevClient.Builder builder() {
    return SmarterDevClient.builder().baseUrl(server.url("/").toString()).apiKey("k");
  }

  private static NewWarning warning() {
    return NewWarning.builder().userId(2).modId(3).guildId(4).reason("spam").build();
  }

  private static Throwable outcome(CompletableFuture<?> call) throws Exception {
    try {
      call.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (CancellationException e) {
      return e;
    }
    throw new AssertionError("the call succeeded");
  }

  private static void awaitNoRequestInFlight(SmarterDevClient client) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (client.requestsInFlight() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void cancellingAnAsyncCallCancelsARetrySentAtOnceFromTheResponseCallback() throws Exception {
    AtomicInteger sent = new AtomicInteger();
    CountDownLatch retryArrived = new CountDownLatch(1);
    api.answer(
        "/api/guilds/5",
        request -> {
          if (sent.incrementAndGet() == 1) {
            return new MockResponse.Builder()
                .code(503)
                .addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "0")
                .body("{\"error\":\"busy\"}")
                .build();
          }
          retryArrived.countDown();
          try {
            gate.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return json(200, GUILD);
        });
    CompletableFuture<Guild> call = client.guilds().get(5).executeAsync();
    assertThat(retryArrived.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(call.cancel(true)).isTrue();

    awaitNoRequestInFlight(client);
    assertThat(client.requestsInFlight())
        .as("the retry in flight was cancelled and gave its request slot back")
        .isZero();
  }

  @Test
  void aCreateStoppedWhileWaitingToLookItUpReportsOutcomeUnknownBeforeCallEnd() {
    api.answer(
        "/api/warnings",
        request ->
            new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .body("")
                .build());
    List<String> events = new CopyOnWriteArrayList<>();
    try (SmarterDevClient stopped =
        builder()
            .sleeper(
                delay -> {
                  throw new InterruptedException("interrupted during the lookup delay");
                })
            .listener(
                new CallListener() {
                  @Override
                  public void outcomeUnknown(CallInfo call, OutcomeUnknownException exception) {
                    events.add("outcomeUnknown " + exception.reason());
                  }

                  @Override
                  public void callEnd(
                      CallInfo call, @Nullable Throwable failure, Duration duration) {
                    events.add(
                        "callEnd " + (failure == null ? "ok" : failure.getClass().getName()));
                  }
                })
            .build()) {
      Throwable thrown = catchThrowable(() -> stopped.warnings().create(warning()).execute());
      boolean interrupted = Thread.interrupted();

      assertThat(interrupted).as("the interrupt flag stays set").isTrue();
      assertThat(thrown).isInstanceOf(OutcomeUnknownException.class);
      assertThat(((OutcomeUnknownException) thrown).reason())
          .isEqualTo(OutcomeUnknownException.Reason.STOPPED);
      assertThat(events)
          .containsExactly(
              "outcomeUnknown STOPPED", "callEnd " + OutcomeUnknownException.class.getName());
    }
  }

  @Test
  void aCreateInFlightWhenTheClientClosesThatFailsAmbiguouslyIsOutcomeUnknown() throws Exception {
    api.hold("/api/warnings");
    api.answer("/api/warnings", request -> json(504, "<html>Gateway Timeout</html>"));
    CompletableFuture<UserWarning> create = client.warnings().create(warning()).executeAsync();
    api.awaitArrival("/api/warnings");

    client.close();
    api.release("/api/warnings");

    Throwable failure = outcome(create);
    assertThat(failure)
        .as("the create may have been stored: never an exception that says it was not")
        .isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) failure).reason())
        .isEqualTo(OutcomeUnknownException.Reason.STOPPED);
  }

  @Test
  void anErrorThrownByATokenExchangeStartListenerDoesNotWedgeTheClient() throws Exception {
    AtomicBoolean thrown = new AtomicBoolean();
    AssertionError error = new AssertionError("thrown by a listener at tokenExchangeStart");
    try (SmarterDevClient listened =
        builder()
            .listener(
                new CallListener() {
                  @Override
                  public void tokenExchangeStart(TokenExchangeReason reason) {
                    if (thrown.compareAndSet(false, true)) {
                      throw error;
                    }
                  }
                })
            .build()) {
      assertThat(catchThrowable(() -> listened.guilds().get(1).execute())).isSameAs(error);

      assertThat(listened.guilds().get(1).executeAsync())
          .as("a later call gets a token")
          .succeedsWithin(Duration.ofSeconds(10));
    }
  }

  @Test
  void anErrorThrownByATokenExchangeEndListenerEndsTheWaitingCallsWithIt() throws Exception {
    AssertionError error = new AssertionError("thrown by a listener at tokenExchangeEnd");
    AtomicBoolean thrown = new AtomicBoolean();
    try (SmarterDevClient listened =
        builder()
            .callTimeout(Duration.ofSeconds(60))
            .listener(
                new CallListener() {
                  @Override
                  public void tokenExchangeEnd(
                      TokenExchangeReason reason, @Nullable Throwable failure, Duration duration) {
                    if (thrown.compareAndSet(false, true)) {
                      throw error;
                    }
                  }
                })
            .build()) {
      CompletableFuture<Guild> waiting = listened.guilds().get(1).executeAsync();

      assertThat(outcome(waiting)).as("not left to its 60 s deadline").isSameAs(error);
      assertThat(listened.guilds().get(1).execute().id()).isEqualTo(1);
    }
  }

  @Test
  void anErrorThrownByAnUpsertBatchListenerCompletesTheUpsert() throws Exception {
    api.answer("/api/users", request -> json(200, "{\"users\":[]}"));
    api.answer(
        "/api/users/batch",
        request ->
            json(
                201,
                "{\"users\":[{\"id\":1,\"discord_id\":1000000000001,\"username\":\"u\","
                    + "\"discriminator\":null,\"avatar_url\":null,"
                    + "\"created_at\":\"2026-11-24T03:10:00\",\"bytes_balance\":0}],"
                    + "\"created\":1,\"updated\":0,\"total\":1}"));
    AssertionError error = new AssertionError("thrown by a listener at upsertBatch");
    try (SmarterDevClient listened =
        builder()
            .listener(
                new CallListener() {
                  @Override
                  public void upsertBatch(
                      UpsertProgress progress, @Nullable SmarterDevException failure) {
                    throw error;
                  }
                })
            .build()) {
      CompletableFuture<UpsertSummary> upsert =
          listened
              .users()
              .upsertAllAsync(
                  List.of(NewUser.of(1_000_000_000_001L, "u")), UpsertOptions.defaults());

      assertThat(outcome(upsert)).isSameAs(error);
    }
  }

  @Test
  void aRedirectLeavesNoConnectionInUse() {
    api.answer(
        "/api/guilds/7",
        request ->
            new MockResponse.Builder()
                .code(302)
                .addHeader("Location", "/")
                .addHeader("Content-Type", "text/html")
                .body("<html>home</html>")
                .build());
    OkHttpClient okHttp = new OkHttpClient();
    try (SmarterDevClient own = builder().okHttpClient(okHttp).build()) {
      assertThat(catchThrowable(() -> own.guilds().get(7).execute()))
          .isInstanceOf(UnexpectedResponseException.class);

      assertThat(okHttp.connectionPool().idleConnectionCount())
          .as("the redirect's connection went back to the pool")
          .isEqualTo(okHttp.connectionPool().connectionCount());
    } finally {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  @Test
  void anErrorThrownByACallEndListenerOnSuccessIsThrownAndCallEndIsReportedOnce() {
    java.util.concurrent.atomic.AtomicInteger ends =
        new java.util.concurrent.atomic.AtomicInteger();
    AssertionError error = new AssertionError("thrown by callEnd");
    try (SmarterDevClient listened =
        builder()
            .listener(
                new CallListener() {
                  @Override
                  public void callEnd(
                      CallInfo call, @Nullable Throwable failure, java.time.Duration duration) {
                    ends.incrementAndGet();
                    throw error;
                  }
                })
            .build()) {
      assertThat(
              org.assertj.core.api.Assertions.catchThrowable(
                  () -> listened.guilds().get(1).execute()))
          .isSameAs(error);
    }
    assertThat(ends).hasValue(1);
  }
}

package dev.smarter.sdk.resilience;

import static dev.smarter.sdk.resilience.GatedServer.GUILD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each stage a call can be at, disrupted each way it can be: the call ends promptly (well within
 * the bounds of these waits, which are failure timeouts, not measurements), with the documented
 * exception, and leaves nothing held: no request slot, no dispatcher call, no connection in use.
 */
class FailurePathTest {
  /** Where the disrupted call is when it is disrupted. */
  enum Stage {
    /** Waiting for a request slot another call holds. */
    PERMIT,
    /** Waiting for the token exchange. */
    TOKEN,
    /** Waiting 20 s before retrying a 503. */
    BACKOFF,
    /** Sent, waiting for the response headers. */
    IN_FLIGHT,
    /** Reading a body that trickles in. */
    BODY
  }

  private static final String OCCUPIED = "/api/guilds/1";
  private static final String TARGET = "/api/guilds/2";
  private static final String TOKEN = "/api/auth/token";

  @StartStop final MockWebServer server = new MockWebServer();
  private final GatedServer api = new GatedServer();
  private final Dispatcher dispatcher = new Dispatcher();
  private final CountDownLatch retryScheduled = new CountDownLatch(1);
  private final CountDownLatch headersArrived = new CountDownLatch(1);
  private OkHttpClient okHttp;
  private SmarterDevClient client;
  private @Nullable CompletableFuture<Guild> occupying;

  @BeforeEach
  void setUp() {
    server.setDispatcher(api);
    okHttp = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    client =
        SmarterDevClient.builder()
            .baseUrl(server.url("/").toString())
            .apiKey("k")
            .okHttpClient(okHttp)
            .maxConcurrentRequests(1)
            .listener(
                new CallListener() {
                  @Override
                  public void retryScheduled(
                      CallInfo call, int nextAttempt, RetryReason reason, Duration delay) {
                    retryScheduled.countDown();
                  }

                  @Override
                  public void attemptEnd(
                      CallInfo call,
                      int attempt,
                      int statusCode,
                      @Nullable IOException failure,
                      Duration duration) {
                    if (call.path().equals(TARGET) && statusCode == 200) {
                      headersArrived.countDown();
                    }
                  }
                })
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    dispatcher.executorService().shutdownNow();
  }

  /** Prepares the server so that the target call stops at {@code stage}. */
  private void prepare(Stage stage, boolean quickBody) throws Exception {
    switch (stage) {
      case PERMIT:
        client.guilds().get(1).execute();
        api.hold(OCCUPIED);
        occupying = client.guilds().get(1).executeAsync();
        api.awaitArrival(OCCUPIED);
        break;
      case TOKEN:
        api.hold(TOKEN);
        break;
      case BACKOFF:
        api.answer(
            TARGET,
            request ->
                new MockResponse.Builder()
                    .code(503)
                    .addHeader("Content-Type", "application/json")
                    .addHeader("Retry-After", "20")
                    .body("{\"error\":\"busy\"}")
                    .build());
        break;
      case IN_FLIGHT:
        api.hold(TARGET);
        break;
      case BODY:
        api.answer(
            TARGET,
            request ->
                new MockResponse.Builder()
                    .code(200)
                    .addHeader("Content-Type", "application/json")
                    .body(GUILD)
                    .throttleBody(quickBody ? 64 : 1, quickBody ? 100 : 200, TimeUnit.MILLISECONDS)
                    .build());
        break;
    }
  }

  /** Waits until the target call, just started, has reached {@code stage}. */
  private void awaitStage(Stage stage) throws Exception {
    switch (stage) {
      case PERMIT:
        Thread.sleep(500);
        break;
      case TOKEN:
        api.awaitArrival(TOKEN);
        break;
      case BACKOFF:
        assertThat(retryScheduled.await(10, TimeUnit.SECONDS)).isTrue();
        break;
      case IN_FLIGHT:
        api.awaitArrival(TARGET);
        break;
      case BODY:
        assertThat(headersArrived.await(10, TimeUnit.SECONDS)).isTrue();
        break;
    }
  }

  private void releaseAll() throws Exception {
    for (String path : new String[] {OCCUPIED, TOKEN, TARGET}) {
      try {
        api.release(path);
      } catch (NullPointerException notHeld) {
        // that path was not held
      }
    }
    if (occupying != null) {
      occupying.get(10, TimeUnit.SECONDS);
    }
  }

  private void assertNothingHeld() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline
        && (client.requestsInFlight() > 0
            || dispatcher.runningCallsCount() > 0
            || dispatcher.queuedCallsCount() > 0)) {
      Thread.sleep(10);
    }
    assertThat(client.requestsInFlight()).as("request slots held").isZero();
    assertThat(dispatcher.runningCallsCount()).as("dispatcher calls running").isZero();
    assertThat(dispatcher.queuedCallsCount()).as("dispatcher calls queued").isZero();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void cancellingAnAsyncCallEndsItAtOnceAndHoldsNothing(Stage stage) throws Exception {
    prepare(stage, false);
    CompletableFuture<Guild> call = client.guilds().get(2).executeAsync();
    awaitStage(stage);

    assertThat(call.cancel(true)).isTrue();

    assertThat(call).isCancelled();
    releaseAll();
    assertNothingHeld();
    assertThat(client.guilds().get(3).withOptions(noWaits()).executeAsync())
        .as("the client still works")
        .succeedsWithin(Duration.ofSeconds(10));
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void interruptingASyncCallEndsItPromptlyAndKeepsTheFlag(Stage stage) throws Exception {
    prepare(stage, false);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                client.guilds().get(2).execute();
              } catch (Throwable t) {
                thrown.set(t);
              }
              flag.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    awaitStage(stage);

    caller.interrupt();
    caller.join(10_000);

    assertThat(caller.isAlive()).as("still blocked").isFalse();
    assertThat(thrown.get()).isInstanceOf(ApiIoException.class);
    assertThat(flag.get()).as("interrupt flag kept").isTrue();
    String expected =
        switch (stage) {
          case PERMIT ->
              "interrupted while waiting for a free request slot; the request was not sent";
          case TOKEN -> "interrupted while waiting for a token; the request was not sent";
          case BACKOFF -> "interrupted while waiting to retry; no further attempt was sent";
          case IN_FLIGHT, BODY -> "interrupted while the request was in flight";
        };
    assertThat(thrown.get()).hasMessageContaining("GET " + TARGET + " failed: ");
    assertThat(thrown.get()).hasMessageContaining(expected);
    releaseAll();
    assertNothingHeld();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void closingEndsWaitingSyncCallsAndLetsOnesInFlightFinish(Stage stage) throws Exception {
    prepare(stage, true);
    CompletableFuture<Guild> call = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                call.complete(client.guilds().get(2).execute());
              } catch (Throwable t) {
                call.completeExceptionally(t);
              }
            });
    caller.start();
    awaitStage(stage);

    client.close();

    assertClosedOutcome(stage, call);
    caller.join(10_000);
    assertNothingHeld();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void closingEndsWaitingAsyncCallsAndLetsOnesInFlightFinish(Stage stage) throws Exception {
    prepare(stage, true);
    CompletableFuture<Guild> call = client.guilds().get(2).executeAsync();
    awaitStage(stage);

    client.close();

    assertClosedOutcome(stage, call);
    assertNothingHeld();
  }

  /** A listener event that throws. */
  enum Event {
    CALL_START,
    ATTEMPT_START,
    ATTEMPT_END
  }

  private SmarterDevClient throwingAt(Event event, Throwable thrown) {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("k")
        .okHttpClient(okHttp)
        .listener(
            new CallListener() {
              @Override
              public void callStart(CallInfo call) {
                maybeThrow(Event.CALL_START);
              }

              @Override
              public void attemptStart(CallInfo call, int attempt) {
                maybeThrow(Event.ATTEMPT_START);
              }

              @Override
              public void attemptEnd(
                  CallInfo call,
                  int attempt,
                  int statusCode,
                  @Nullable IOException failure,
                  Duration duration) {
                maybeThrow(Event.ATTEMPT_END);
              }

              private void maybeThrow(Event at) {
                if (at == event && thrown instanceof Error) {
                  throw (Error) thrown;
                }
                if (at == event) {
                  throw (RuntimeException) thrown;
                }
              }
            })
        .build();
  }

  @ParameterizedTest
  @EnumSource(Event.class)
  void anErrorThrownByAListenerFailsTheCallWithItAndReleasesEverything(Event event)
      throws Exception {
    AssertionError error = new AssertionError("thrown by a listener at " + event);
    try (SmarterDevClient listened = throwingAt(event, error)) {
      Throwable sync =
          org.assertj.core.api.Assertions.catchThrowable(() -> listened.guilds().get(1).execute());
      Throwable async = outcome(listened.guilds().get(1).executeAsync());

      assertThat(sync).isSameAs(error);
      assertThat(async).isSameAs(error);
      assertThat(listened.requestsInFlight()).isZero();
    }
    assertNothingHeld();
    assertThat(client.guilds().get(1).execute().id()).as("connections were released").isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Event.class)
  void aRuntimeExceptionThrownByAListenerIsLoggedAndTheCallGoesOn(Event event) throws Exception {
    try (SmarterDevClient listened = throwingAt(event, new IllegalStateException("listener bug"))) {
      assertThat(listened.guilds().get(1).execute().id()).isEqualTo(1);
      assertThat(listened.guilds().get(1).executeAsync()).succeedsWithin(Duration.ofSeconds(10));
    }
    assertNothingHeld();
  }

  private void assertClosedOutcome(Stage stage, CompletableFuture<Guild> call) throws Exception {
    if (stage == Stage.IN_FLIGHT || stage == Stage.BODY) {
      releaseAll();
      assertThat(call).as("in flight: finishes on its own").succeedsWithin(Duration.ofSeconds(10));
      return;
    }
    Throwable failure = outcome(call);
    releaseAll();
    assertThat(failure)
        .isInstanceOf(ApiIoException.class)
        .hasMessageStartingWith("GET " + TARGET + " failed: the client was closed");
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

  private static dev.smarter.sdk.RequestOptions noWaits() {
    return dev.smarter.sdk.RequestOptions.defaults().withMaxRetries(0);
  }
}

package dev.smarter.sdk.resilience;

import static dev.smarter.sdk.resilience.GatedServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RateLimitException;
import dev.smarter.sdk.RequestOptions;
import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertInterruptedException;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The failures an independent review of 0.1.0 reproduced, one test each (the numbers are the
 * review's): each hung, stalled or ended with the wrong exception before. Findings 7 (the retry
 * budget), 8 (unsendable times) and 10 (absurd token lifetimes) are tested in {@link RetryTest},
 * {@code RequestTypesTest} and {@code TokenTest}.
 */
class ReviewFindingsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final GatedServer api = new GatedServer();
  private final AtomicReference<Thread> callerHolder = new AtomicReference<>();
  private SmarterDevClient client;

  @BeforeEach
  void setUp() {
    server.setDispatcher(api);
    client = builder().build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private SmarterDevClient.Builder builder() {
    return SmarterDevClient.builder().baseUrl(server.url("/").toString()).apiKey("k");
  }

  @Test
  void finding1ErrorDuringTheTokenExchangeDoesNotHangLaterCalls() throws Exception {
    AtomicBoolean thrown = new AtomicBoolean();
    OkHttpClient failingOnce =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  if (chain.request().url().encodedPath().endsWith("/auth/token")
                      && thrown.compareAndSet(false, true)) {
                    throw new OutOfMemoryError("simulated");
                  }
                  return chain.proceed(chain.request());
                })
            .build();
    try (SmarterDevClient fragile = builder().okHttpClient(failingOnce).maxRetries(0).build()) {
      assertThatThrownBy(() -> fragile.guilds().get(1).execute())
          .isInstanceOf(ApiIoException.class)
          .hasMessageStartingWith("GET /api/guilds/1 failed: could not get a token:");

      assertThat(fragile.guilds().get(1).execute().id()).isEqualTo(1);
      assertThat(fragile.guilds().get(1).executeAsync()).succeedsWithin(Duration.ofSeconds(10));
    } finally {
      failingOnce.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void finding2MapThrowingAnErrorCompletesTheFuture() {
    CompletableFuture<Object> mapped =
        client
            .guilds()
            .get(1)
            .map(
                guild -> {
                  throw new AssertionError("a failed assertion in the user's test");
                })
            .executeAsync();

    assertThat(mapped)
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> client.guilds().get(1).map(g -> fail()).execute())
        .isInstanceOf(AssertionError.class);
  }

  private static Object fail() {
    throw new AssertionError("thrown by map");
  }

  @Test
  void finding3AsyncCallsWaitingOnRetryAfterHoldNoSlotAndStopWhenCancelled() throws Exception {
    api.answer(
        "/api/guilds/9",
        request ->
            new MockResponse.Builder()
                .code(429)
                .addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "4")
                .body("{\"error\":\"slow down\"}")
                .build());
    try (SmarterDevClient limited = builder().maxConcurrentRequests(2).build()) {
      List<CompletableFuture<Guild>> limitedCalls = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        limitedCalls.add(limited.guilds().get(9).executeAsync());
      }
      while (api.count("GET", "/api/guilds/9") < 32) {
        Thread.sleep(10);
      }

      assertThat(limited.guilds().get(1).executeAsync())
          .as("a new call is not stalled behind 32 calls waiting 4 s to retry")
          .succeedsWithin(Duration.ofSeconds(3));
      limitedCalls.forEach(call -> call.cancel(true));
      Thread.sleep(4500);
      assertThat(api.count("GET", "/api/guilds/9")).as("no cancelled call retried").isEqualTo(32);
      assertThat(limited.requestsInFlight()).isZero();
    }
  }

  @Test
  void finding4UpsertAllStopsOnInterruptAndReportsWhatWasWritten() throws Exception {
    api.answer("/api/users", request -> json(200, "{\"users\":[]}"));
    api.answer("/api/users/batch", ReviewFindingsTest::batchAnswer);
    List<NewUser> users = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      users.add(NewUser.of(1_000_000_000_000L + i, "user" + i));
    }
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                client
                    .users()
                    .upsertAll(
                        users,
                        UpsertOptions.defaults()
                            .withBatchSize(10)
                            .withConcurrency(2)
                            .withListener(
                                progress -> {
                                  if (progress.batchesDone() == 2) {
                                    callerThread().interrupt();
                                  }
                                }));
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    callerHolder.set(caller);
    caller.start();
    caller.join(10_000);

    assertThat(thrown.get()).isInstanceOf(UpsertInterruptedException.class);
    UpsertSummary summary = ((UpsertInterruptedException) thrown.get()).summary();
    assertThat(summary.total()).isEqualTo(100);
    assertThat(summary.created()).isBetween(20, 40);
    assertThat(summary.created() + summary.failed()).isEqualTo(100);
    Thread.sleep(300);
    assertThat(api.count("POST", "/api/users/batch"))
        .as("no batch launched after the interrupt; at most two were in flight")
        .isLessThanOrEqualTo(summary.created() / 10 + 2);
  }

  @Test
  void finding4AsyncUpsertCancelledBetweenBatchesLaunchesNoMore() throws Exception {
    api.answer("/api/users", request -> json(200, "{\"users\":[]}"));
    api.answer("/api/users/batch", ReviewFindingsTest::batchAnswer);
    List<NewUser> users = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      users.add(NewUser.of(1_000_000_000_000L + i, "user" + i));
    }
    CountDownLatch twoDone = new CountDownLatch(1);
    CompletableFuture<UpsertSummary> running =
        client
            .users()
            .upsertAllAsync(
                users,
                UpsertOptions.defaults()
                    .withBatchSize(10)
                    .withListener(
                        progress -> {
                          if (progress.batchesDone() == 2) {
                            twoDone.countDown();
                          }
                        }));
    assertThat(twoDone.await(10, TimeUnit.SECONDS)).isTrue();

    assertThat(running.cancel(true)).isTrue();

    Thread.sleep(300);
    assertThat(api.count("POST", "/api/users/batch")).isBetween(2L, 3L);
    assertThat(client.requestsInFlight()).isZero();
  }

  private Thread callerThread() {
    return callerHolder.get();
  }

  private static final Pattern DISCORD_ID = Pattern.compile("\"discord_id\":(\\d+)");

  /** Answers a users batch with a stored row per user, after 50 ms so that batches overlap. */
  private static MockResponse batchAnswer(RecordedRequest request) {
    Matcher ids = DISCORD_ID.matcher(request.getBody().utf8());
    List<String> rows = new ArrayList<>();
    while (ids.find()) {
      rows.add(
          "{\"id\":"
              + (rows.size() + 1)
              + ",\"discord_id\":"
              + ids.group(1)
              + ",\"username\":\"u\",\"discriminator\":null,\"avatar_url\":null,"
              + "\"created_at\":\"2026-11-24T03:10:00\",\"bytes_balance\":0}");
    }
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return json(
        201,
        "{\"users\":["
            + String.join(",", rows)
            + "],\"created\":"
            + rows.size()
            + ",\"updated\":0,\"total\":"
            + rows.size()
            + "}");
  }

  @Test
  void finding5ACreateThatNeverLeftTheQueueIsNotOutcomeUnknown() throws Exception {
    SmarterDevClient limited = builder().maxConcurrentRequests(1).build();
    limited.guilds().get(1).execute();
    api.hold("/api/guilds/1");
    CompletableFuture<Guild> occupying = limited.guilds().get(1).executeAsync();
    api.awaitArrival("/api/guilds/1");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                limited
                    .warnings()
                    .create(NewWarning.builder().userId(2).modId(3).guildId(4).build())
                    .execute();
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    caller.start();
    Thread.sleep(200);
    caller.interrupt();
    caller.join(10_000);
    CompletableFuture<?> queued =
        limited
            .warnings()
            .create(NewWarning.builder().userId(2).modId(3).guildId(4).build())
            .executeAsync();
    Thread.sleep(200);
    limited.close();
    api.release("/api/guilds/1");
    occupying.get(10, TimeUnit.SECONDS);

    assertThat(thrown.get())
        .isInstanceOf(ApiIoException.class)
        .isNotInstanceOf(OutcomeUnknownException.class)
        .hasMessageContaining("the request was not sent");
    assertThat(queued)
        .failsWithin(Duration.ofSeconds(10))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(ApiIoException.class)
        .withMessageContaining("the client was closed");
    assertThat(api.count("POST", "/api/warnings")).isZero();
  }

  @Test
  void finding6InterruptingOneWaiterForTheTokenFailsNobodyElse() throws Exception {
    api.hold("/api/auth/token");
    AtomicReference<Throwable> first = new AtomicReference<>();
    Thread leader =
        new Thread(
            () -> {
              try {
                client.guilds().get(1).execute();
              } catch (Throwable t) {
                first.set(t);
              }
            });
    leader.start();
    api.awaitArrival("/api/auth/token");
    CompletableFuture<Guild> other = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                other.complete(client.guilds().get(1).execute());
              } catch (Throwable t) {
                other.completeExceptionally(t);
              }
            });
    waiter.start();
    Thread.sleep(100);

    leader.interrupt();
    leader.join(10_000);
    api.release("/api/auth/token");

    assertThat(first.get())
        .isInstanceOf(ApiIoException.class)
        .hasMessageContaining("interrupted while waiting for a token");
    assertThat(other).succeedsWithin(Duration.ofSeconds(10));
    assertThat(api.count("POST", "/api/auth/token")).isEqualTo(1);
  }

  @Test
  void finding9HugeRetryAfterWithAnUnboundedCapFailsCleanly() {
    api.answer(
        "/api/guilds/1",
        request ->
            new MockResponse.Builder()
                .code(429)
                .addHeader("Content-Type", "application/json")
                .addHeader("Retry-After", "99999999999")
                .body("{\"error\":\"slow down\"}")
                .build());
    try (SmarterDevClient unbounded =
        builder()
            .retryPolicy(
                RetryPolicy.defaults().withMaxRetryAfter(Duration.ofSeconds(Long.MAX_VALUE)))
            .build()) {
      assertThatThrownBy(() -> unbounded.guilds().get(1).execute())
          .isInstanceOf(RateLimitException.class)
          .satisfies(
              e ->
                  assertThat(((RateLimitException) e).retryAfter())
                      .contains(Duration.ofSeconds(99_999_999_999L)));
      assertThat(unbounded.guilds().get(1).executeAsync())
          .failsWithin(Duration.ofSeconds(10))
          .withThrowableThat()
          .havingCause()
          .isInstanceOf(RateLimitException.class);
      assertThat(unbounded.requestsInFlight()).isZero();
    }
  }

  @Test
  void finding11TimeoutsOutsideOkHttpsRangeAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> SmarterDevClient.builder().callTimeout(Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("callTimeout must be between 1 ms and 2147483647 ms");
    assertThatThrownBy(() -> SmarterDevClient.builder().readTimeout(Duration.ofDays(30)))
        .hasMessageStartingWith("readTimeout must be between 1 ms");
    assertThatThrownBy(() -> SmarterDevClient.builder().connectTimeout(Duration.ZERO))
        .hasMessageStartingWith("connectTimeout must be between 1 ms");
    assertThatThrownBy(() -> RequestOptions.defaults().withTimeout(Duration.ofNanos(1)))
        .hasMessageStartingWith("timeout must be between 1 ms");
    assertThat(SmarterDevClient.builder().writeTimeout(Duration.ofMillis(1))).isNotNull();
  }
}

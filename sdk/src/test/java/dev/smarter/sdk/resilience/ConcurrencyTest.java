package dev.smarter.sdk.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.SmarterDevClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final String GUILDS = "{\"guilds\":[]}";

  @StartStop final MockWebServer server = new MockWebServer();

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  /** Answers token exchanges with numbered tokens and API calls per {@link #validToken}. */
  private static final class FakeApi extends Dispatcher {
    final AtomicInteger exchanges = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    final Set<String> tokensSeen = ConcurrentHashMap.newKeySet();
    volatile String validToken = "tok-1";
    volatile boolean refuseKey;
    volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (request.getTarget().equals("/api/auth/token")) {
        Thread.sleep(refuseKey ? 300 : 50);
        if (refuseKey) {
          exchanges.incrementAndGet();
          return json(401, "{\"error\":\"Invalid API key\"}");
        }
        return json(
            200, "{\"token\":\"tok-" + exchanges.incrementAndGet() + "\",\"expires_in\":3600}");
      }
      String auth = request.getHeaders().get("Authorization");
      tokensSeen.add(auth);
      if (!("Bearer " + validToken).equals(auth)) {
        return json(401, "{\"error\":\"Invalid or expired token\"}");
      }
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        gate.await(5, TimeUnit.SECONDS);
        Thread.sleep(5);
      } finally {
        inFlight.decrementAndGet();
      }
      return json(200, GUILDS);
    }
  }

  private SmarterDevClient client(int maxConcurrent) {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("k")
        .maxConcurrentRequests(maxConcurrent)
        .build();
  }

  private static List<Future<?>> callFromThreads(
      ExecutorService threads, int count, Runnable call) {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      futures.add(
          threads.submit(
              () -> {
                start.await();
                call.run();
                return null;
              }));
    }
    start.countDown();
    return futures;
  }

  @Test
  void sixtyFourThreadsWithoutTokenCauseOneExchange() throws Exception {
    FakeApi api = new FakeApi();
    server.setDispatcher(api);
    ExecutorService threads = Executors.newFixedThreadPool(64);
    try (SmarterDevClient client = client(64)) {
      for (Future<?> future :
          callFromThreads(threads, 64, () -> client.guilds().list().execute())) {
        future.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(api.exchanges).hasValue(1);
  }

  @Test
  void revokedTokenIsRenewedOnceForAllWaiters() throws Exception {
    FakeApi api = new FakeApi();
    server.setDispatcher(api);
    ExecutorService threads = Executors.newFixedThreadPool(32);
    try (SmarterDevClient client = client(64)) {
      client.guilds().list().execute();
      api.validToken = "tok-2";

      for (Future<?> future :
          callFromThreads(threads, 32, () -> client.guilds().list().execute())) {
        future.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(api.exchanges).hasValue(2);
  }

  @Test
  void refusedKeyFailsEveryCallerFast() throws Exception {
    FakeApi api = new FakeApi();
    api.refuseKey = true;
    server.setDispatcher(api);
    ExecutorService threads = Executors.newFixedThreadPool(16);
    AtomicInteger refused = new AtomicInteger();
    try (SmarterDevClient client = client(64)) {
      for (Future<?> future :
          callFromThreads(
              threads,
              16,
              () -> {
                try {
                  client.guilds().list().execute();
                } catch (AuthenticationException e) {
                  refused.incrementAndGet();
                }
              })) {
        future.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(refused).hasValue(16);
    assertThat(api.exchanges).as("one exchange, its failure shared by every waiter").hasValue(1);
    assertThat(api.tokensSeen).isEmpty();
  }

  @Test
  void limitBoundsSyncAndAsyncCallsTogether() throws Exception {
    FakeApi api = new FakeApi();
    server.setDispatcher(api);
    ExecutorService threads = Executors.newFixedThreadPool(10);
    try (SmarterDevClient client = client(4)) {
      client.guilds().list().execute();
      api.gate = new CountDownLatch(1);
      List<CompletableFuture<?>> async = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        async.add(client.guilds().list().executeAsync());
      }
      List<Future<?>> sync = callFromThreads(threads, 10, () -> client.guilds().list().execute());
      Thread.sleep(200);
      api.gate.countDown();
      for (CompletableFuture<?> future : async) {
        future.get(10, TimeUnit.SECONDS);
      }
      for (Future<?> future : sync) {
        future.get(10, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(api.maxInFlight.get()).isEqualTo(4);
  }

  @Test
  void closeLeavesNoDispatcherThreadsOrConnections() throws Exception {
    FakeApi api = new FakeApi();
    server.setDispatcher(api);
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    SmarterDevClient client = client(8);
    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(client.guilds().list().executeAsync());
    }
    for (CompletableFuture<?> call : calls) {
      call.get(10, TimeUnit.SECONDS);
    }

    client.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (newDispatcherThreads(before) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(newDispatcherThreads(before)).isZero();
  }

  private static long newDispatcherThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t))
        .filter(t -> t.isAlive() && t.getName().startsWith("OkHttp Dispatcher"))
        .count();
  }
}

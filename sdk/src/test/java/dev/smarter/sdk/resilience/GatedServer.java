package dev.smarter.sdk.resilience;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher for failure-path tests: it answers by path, can hold the requests of a
 * path until released (so a test knows a call is in flight), and counts what arrived.
 */
final class GatedServer extends Dispatcher {
  static final String TOKEN = "{\"token\":\"tok\",\"expires_in\":3600}";
  static final String GUILD =
      "{\"id\":1,\"discord_id\":42,\"name\":\"G\",\"icon_url\":null,\"joined_at\":null,"
          + "\"created_at\":\"2026-11-24T03:10:00\"}";
  static final String WARNING =
      "{\"id\":1,\"user_id\":2,\"mod_id\":3,\"guild_id\":4,\"reason\":null,"
          + "\"warned_at\":\"2026-11-24T03:10:00\"}";

  private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();
  private final Map<String, Function<RecordedRequest, MockResponse>> answers =
      new ConcurrentHashMap<>();
  final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();

  GatedServer() {
    answer("/api/auth/token", request -> json(200, TOKEN));
    answer("/api/warnings", request -> json(201, WARNING));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  void answer(String path, Function<RecordedRequest, MockResponse> answer) {
    answers.put(path, answer);
  }

  /** Holds every request to {@code path} until {@link #release(String)}. */
  void hold(String path) {
    gates.put(path, new CountDownLatch(1));
    arrivals.put(path, new CountDownLatch(1));
  }

  void release(String path) {
    gates.get(path).countDown();
  }

  /** Waits until a request to a held path has arrived. */
  void awaitArrival(String path) throws InterruptedException {
    if (!arrivals.get(path).await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no request to " + path + " arrived");
    }
  }

  long count(String method, String path) {
    return received.stream().filter((method + " " + path)::equals).count();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    received.add(request.getMethod() + " " + path);
    CountDownLatch arrived = arrivals.get(path);
    if (arrived != null) {
      arrived.countDown();
    }
    CountDownLatch gate = gates.get(path);
    if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError("gate of " + path + " never released");
    }
    Function<RecordedRequest, MockResponse> answer = answers.get(path);
    return answer != null ? answer.apply(request) : json(200, GUILD);
  }

  @Override
  public void close() {
    gates.values().forEach(CountDownLatch::countDown);
  }
}

package dev.smarter.sdk.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Shared plumbing for the wire tests: a client pointed at a {@link MockWebServer}, canned
 * responses, and request assertions. Each test class holds one instance per test, next to its
 * {@code @StartStop} server.
 *
 * <p>Every client first exchanges {@link #API_KEY} for {@link #TOKEN}; {@link #takeApiRequest()}
 * checks and skips that exchange, then checks the bearer token on the request it returns.
 */
final class WireTestSupport {
  static final String API_KEY = "test-key";
  static final String TOKEN = "t0k3n";
  static final String JSON = "application/json";

  private final MockWebServer server;
  private boolean tokenTaken;

  WireTestSupport(MockWebServer server) {
    this.server = server;
  }

  /** Returns a new client for the server; the caller closes it. */
  SmarterDevClient client() {
    return clientBuilder().build();
  }

  /**
   * Returns a builder pointed at the server with the test key, to adjust before building. Creates
   * are not reconciled, so that their bodies are exactly what the test built (reconciliation, which
   * stamps them with a time, has its own tests).
   */
  SmarterDevClient.Builder clientBuilder() {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey(API_KEY)
        .reconcileCreates(false);
  }

  /** Enqueues the token exchange's answer; a client's first request consumes it. */
  void enqueueToken() {
    enqueueJson(200, "{\"token\":\"" + TOKEN + "\",\"expires_in\":3600}");
  }

  /** Enqueues a JSON response; {@code body} may use single quotes (see {@link #json}). */
  void enqueueJson(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", JSON)
            .body(json(body))
            .build());
  }

  /** Answers every request, the token exchange included, with {@code response}. */
  void answerEveryRequestWith(MockResponse response) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return response;
          }
        });
  }

  /** Enqueues any response. */
  void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  /**
   * Returns the next API request, after checking and skipping the token exchange the first time,
   * and checks that it carries the bearer token.
   */
  RecordedRequest takeApiRequest() throws InterruptedException {
    if (!tokenTaken) {
      RecordedRequest exchange = take();
      assertThat(exchange.getMethod()).isEqualTo("POST");
      assertThat(exchange.getTarget()).isEqualTo("/api/auth/token");
      assertThat(exchange.getHeaders().get("Content-Type")).isEqualTo(JSON);
      assertThat(exchange.getBody().utf8()).isEqualTo("{\"api_key\":\"" + API_KEY + "\"}");
      assertThat(exchange.getHeaders().get("Authorization")).isNull();
      tokenTaken = true;
    }
    RecordedRequest request = take();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    return request;
  }

  /** Takes the next API request and checks it is a bodiless request to {@code target}. */
  RecordedRequest assertBodiless(String method, String target) throws InterruptedException {
    RecordedRequest request = takeApiRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getTarget()).isEqualTo(target);
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Content-Type")).isNull();
    return request;
  }

  /** Takes the next API request and checks it is a {@code GET} of {@code target}. */
  RecordedRequest assertGet(String target) throws InterruptedException {
    return assertBodiless("GET", target);
  }

  /**
   * Takes the next API request and checks method, target, exact JSON body ({@code body} may use
   * single quotes) and content type.
   */
  RecordedRequest assertJson(String method, String target, String body)
      throws InterruptedException {
    RecordedRequest request = takeApiRequest();
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getTarget()).isEqualTo(target);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo(JSON);
    assertThat(request.getBody().utf8()).isEqualTo(json(body));
    return request;
  }

  /**
   * Returns {@code singleQuoted} with every {@code '} turned into {@code "}, so JSON reads well in
   * Java strings. Test values never contain an apostrophe.
   */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }
}

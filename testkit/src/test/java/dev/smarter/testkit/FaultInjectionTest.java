package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static final String WARNING = "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3}";

  private Faults faults() {
    return fake.server().faults();
  }

  @Test
  void failNextAnswersExactlyNRequestsWithTheStatusThenRecovers() {
    faults().failNext(2, 503);

    Reply first = fake.api().get("/api/guilds");
    Reply second = fake.api().get("/api/guilds");
    Reply third = fake.api().get("/api/guilds");

    assertThat(first.code()).isEqualTo(503);
    assertThat(first.body()).isEqualTo("{\"error\":\"Service Unavailable\"}");
    assertThat(first.header("Content-Type")).isEqualTo("application/json");
    assertThat(second.code()).isEqualTo(503);
    assertThat(third.code()).isEqualTo(200);
  }

  @Test
  void theDefaultBodyNamesTheStatusAsTheServersStackDoes() {
    assertThat(Fault.status(422).responseBody()).isEqualTo("{\"error\":\"Unprocessable Entity\"}");
    assertThat(Fault.status(501).responseBody()).isEqualTo("{\"error\":\"Not Implemented\"}");
    assertThat(Fault.status(599).responseBody()).isEqualTo("{\"error\":\"Injected fault 599\"}");
  }

  @Test
  void aFaultWithoutAPathSparesTheTokenExchangeAndHitsTheNextApiRequest() {
    faults().failNext(1, 503);

    Reply exchange = fake.anonymous().post("/api/auth/token", "{\"api_key\": \"test-key\"}");
    Reply call = fake.api().get("/api/guilds");

    assertThat(exchange.code()).isEqualTo(200);
    assertThat(call.code()).isEqualTo(503);
    assertThat(faults().pending()).isZero();
  }

  @Test
  void onTokenExchangeTargetsOnlyTheTokenExchange() {
    faults().enqueue(Fault.status(503).onTokenExchange());

    assertThat(fake.api().get("/api/guilds").code()).isEqualTo(200);
    assertThat(fake.anonymous().post("/api/auth/token", "{\"api_key\": \"test-key\"}").code())
        .isEqualTo(503);
  }

  @Test
  void aPathPrefixThatMatchesTheTokenExchangeHitsIt() {
    faults().enqueue(Fault.dropBeforeProcessing().onlyPathPrefix("/"));

    assertThatThrownBy(
            () -> fake.anonymous().post("/api/auth/token", "{\"api_key\": \"test-key\"}"))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void theDefaultScopeHasNoPathPrefix() {
    assertThat(Fault.status(503).pathPrefix()).isEmpty();
    assertThat(Fault.status(503).matches("POST", "/api/auth/token")).isFalse();
    assertThat(Fault.status(503).matches("POST", "/api/auth/token/")).isTrue();
    assertThat(Fault.status(503).onTokenExchange().pathPrefix()).contains("/api/auth/token");
    assertThat(Fault.status(503).onTokenExchange().method()).contains("POST");
    assertThat(Fault.status(503).times(2))
        .hasToString("Fault[STATUS 503 x2 all but /api/auth/token]");
  }

  @Test
  void statusFaultCarriesRetryAfterAndACustomBody() {
    faults().enqueue(Fault.status(429).retryAfter(Duration.ofSeconds(7)).body("slow down"));

    Reply reply = fake.api().get("/api/guilds");

    assertThat(reply.code()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("7");
    assertThat(reply.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(reply.body()).isEqualTo("slow down");
  }

  @Test
  void statusFaultDoesNotProcessTheRequest() {
    faults().failNext(1, 500);

    assertThat(fake.api().post("/api/warnings", WARNING).code()).isEqualTo(500);
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isZero();
  }

  @Test
  void statusFaultAppliesBeforeAuthentication() {
    faults().failNext(1, 502);

    assertThat(fake.anonymous().get("/api/guilds").code()).isEqualTo(502);
  }

  @Test
  void faultLimitedToAMethodAndPathLeavesOtherRequestsAlone() {
    faults().enqueue(Fault.status(503).onlyFor("post", "/api/warnings"));

    assertThat(fake.api().get("/api/warnings").code()).isEqualTo(200);
    assertThat(fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": \"G\"}").code())
        .isEqualTo(201);
    assertThat(fake.api().post("/api/warnings", WARNING).code()).isEqualTo(503);
    assertThat(fake.api().post("/api/warnings", WARNING).code()).isEqualTo(201);
  }

  @Test
  void dropBeforeProcessingFailsTheClientAndStoresNothing() {
    faults().enqueue(Fault.dropBeforeProcessing());

    assertThatThrownBy(() -> fake.api().post("/api/warnings", WARNING))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isZero();
  }

  @Test
  void dropAfterProcessingFailsTheClientButStoresTheChange() {
    faults().enqueue(Fault.dropAfterProcessing());

    assertThatThrownBy(() -> fake.api().post("/api/warnings", WARNING))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isEqualTo(1);
  }

  @Test
  void droppedConnectionSendsNotASingleByte() throws Exception {
    faults().enqueue(Fault.dropAfterProcessing());
    byte[] body = WARNING.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /api/warnings HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + fake.server().issueToken()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";

    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), fake.server().port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();

      assertThat(in.read()).isEqualTo(-1);
    }
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isEqualTo(1);
  }

  @Test
  void delayHoldsTheResponseBack() {
    faults().enqueue(Fault.delay(Duration.ofMillis(300)));

    long start = System.nanoTime();
    Reply reply = fake.api().get("/api/guilds");
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(reply.code()).isEqualTo(200);
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
  }

  @Test
  void expireTokensInvalidatesEveryIssuedToken() {
    RawApi api = fake.api();

    faults().expireTokens();
    Reply reply = api.get("/api/guilds");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid or expired token\"}");
    assertThat(fake.api().get("/api/guilds").code()).isEqualTo(200);
  }

  @Test
  void revokedApiKeyCannotBeExchanged() {
    faults().revokeApiKey("test-key");

    Reply reply = fake.anonymous().post("/api/auth/token", "{\"api_key\": \"test-key\"}");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid API key\"}");
    assertThat(fake.server().apiKeys()).isEmpty();
  }

  @Test
  void restoredApiKeyWorksAgain() {
    faults().revokeApiKey("test-key");
    faults().restoreApiKey("test-key");

    assertThat(fake.anonymous().post("/api/auth/token", "{\"api_key\": \"test-key\"}").code())
        .isEqualTo(200);
  }

  @Test
  void revokingAnUnknownKeyIsRejected() {
    assertThatThrownBy(() -> faults().revokeApiKey("other"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pendingCountsRemainingApplicationsAndClearDisarms() {
    faults().failNext(3, 503).enqueue(Fault.dropBeforeProcessing().times(2));
    fake.api().get("/api/guilds");

    assertThat(faults().pending()).isEqualTo(4);
    faults().clear();
    assertThat(faults().pending()).isZero();
    assertThat(fake.api().get("/api/guilds").code()).isEqualTo(200);
  }

  @Test
  void concurrentRequestsHitAFaultExactlyNTimes() throws Exception {
    faults().failNext(37, 503);
    RawApi api = fake.api();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> codes = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        codes.add(pool.submit(() -> api.get("/api/guilds").code()));
      }
      int failures = 0;
      for (Future<Integer> code : codes) {
        failures += code.get() == 503 ? 1 : 0;
      }

      assertThat(failures).isEqualTo(37);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void faultedRequestsAreRecordedWithTheirFault() throws Exception {
    faults().enqueue(Fault.dropBeforeProcessing());

    assertThatThrownBy(() -> fake.api().get("/api/guilds"));
    RecordedApiRequest recorded = fake.server().takeRequest();

    assertThat(recorded.fault()).contains(Fault.Kind.DROP_BEFORE_PROCESSING);
    assertThat(recorded.status()).isEqualTo(RecordedApiRequest.NO_RESPONSE);
    assertThat(recorded.responseSent()).isFalse();
  }
}

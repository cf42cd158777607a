package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordingTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @Test
  void takeRequestReturnsRequestsInArrivalOrder() throws Exception {
    fake.api().get("/api/guilds");
    fake.api().get("/api/users");

    assertThat(fake.server().takeRequest().path()).isEqualTo("/api/guilds");
    assertThat(fake.server().takeRequest().path()).isEqualTo("/api/users");
  }

  @Test
  void recordedRequestHasMethodPathQueryHeadersBodyAndStatus() throws Exception {
    String token = fake.server().issueToken();
    fake.api().withToken(token).post("/api/warnings?x=1", "{\"user_id\": 1}");

    RecordedApiRequest request = fake.server().takeRequest();

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/api/warnings");
    assertThat(request.query()).isEqualTo("x=1");
    assertThat(request.target()).isEqualTo("/api/warnings?x=1");
    assertThat(request.header("AUTHORIZATION")).isEqualTo("Bearer " + token);
    assertThat(request.headers()).containsKey("content-type");
    assertThat(request.body()).isEqualTo("{\"user_id\": 1}");
    assertThat(request.status()).isEqualTo(400);
    assertThat(request.responseSent()).isTrue();
    assertThat(request.fault()).isEmpty();
  }

  @Test
  void recordedRequestsKeepsTakenOnesAndCounts() throws Exception {
    fake.api().get("/api/guilds");
    fake.api().get("/missing");
    fake.server().takeRequest();

    assertThat(fake.server().recordedRequests())
        .extracting(RecordedApiRequest::status)
        .containsExactly(200, 302);
    assertThat(fake.server().requestCount()).isEqualTo(2);
  }

  @Test
  void recordedRequestsCanBeFilteredByMethodAndPath() throws Exception {
    RawApi api = fake.api();
    api.post("/api/warnings", "{}");
    api.get("/api/warnings");
    api.post("/api/warnings", "{}");
    api.post("/api/warnings/1", "{}");
    fake.server().takeRequest();

    assertThat(fake.server().recordedRequests("POST", "/api/warnings"))
        .extracting(RecordedApiRequest::sequenceNumber)
        .containsExactly(0L, 2L);
    assertThat(fake.server().recordedRequests("get", "/api/warnings")).hasSize(1);
    assertThat(fake.server().requestCount("POST", "/api/warnings")).isEqualTo(2);
    assertThat(fake.server().requestCount("DELETE", "/api/warnings")).isZero();
  }

  @Test
  void aBracedSegmentMatchesAnyOneSegmentAndTheQueryIsIgnored() {
    RawApi api = fake.api();
    api.put("/api/guilds/1", "{}");
    api.put("/api/guilds/22?x=1", "{}");
    api.put("/api/guilds", "{}");
    api.put("/api/guilds/1/extra", "{}");
    api.get("/api/bytes/cooldown/3/4");

    assertThat(fake.server().recordedRequests("PUT", "/api/guilds/{id}"))
        .extracting(RecordedApiRequest::target)
        .containsExactly("/api/guilds/1", "/api/guilds/22?x=1");
    assertThat(fake.server().requestCount("GET", "/api/bytes/cooldown/{user}/{guild}"))
        .isEqualTo(1);
  }

  @Test
  void recordedRequestsCanBeFilteredByAnyCondition() {
    fake.api().get("/api/guilds");
    fake.anonymous().get("/api/guilds");
    fake.api().withToken("expired").get("/api/users");

    assertThat(fake.server().recordedRequests(request -> request.status() == 401))
        .extracting(RecordedApiRequest::path)
        .containsExactly("/api/guilds", "/api/users");
    assertThat(
            fake.server()
                .recordedRequests(
                    request -> request.matches("GET", "/api/guilds") && request.status() == 200))
        .hasSize(1);
  }

  @Test
  void aPathPatternMustBeAnAbsolutePath() {
    assertThatThrownBy(() -> fake.server().recordedRequests("GET", "api/guilds"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pathPattern must start with /: api/guilds");
  }

  @Test
  void maxRecordedRequestsKeepsOnlyTheMostRecentOnesButCountsAll() throws Exception {
    try (FakeSmarterDevServer server =
        FakeSmarterDevServer.builder().maxRecordedRequests(2).build().start()) {
      RawApi api = new RawApi(server.url(), server.issueToken());
      api.get("/api/guilds");
      api.get("/api/users");
      api.get("/api/warnings");

      assertThat(server.recordedRequests())
          .extracting(RecordedApiRequest::path)
          .containsExactly("/api/users", "/api/warnings");
      assertThat(server.takeRequest().sequenceNumber()).isEqualTo(1);
      assertThat(server.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void zeroMaxRecordedRequestsRecordsNothing() throws Exception {
    try (FakeSmarterDevServer server =
        FakeSmarterDevServer.builder().maxRecordedRequests(0).build().start()) {
      new RawApi(server.url(), server.issueToken()).get("/api/guilds");

      assertThat(server.recordedRequests()).isEmpty();
      assertThat(server.takeRequest(Duration.ZERO)).isNull();
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void clearRecordedRequestsForgetsEverything() throws Exception {
    fake.api().get("/api/guilds");

    fake.server().clearRecordedRequests();

    assertThat(fake.server().requestCount()).isZero();
    assertThat(fake.server().takeRequest(Duration.ofMillis(20))).isNull();
  }

  @Test
  void recordedRequestsIsAnImmutableSnapshot() {
    fake.api().get("/api/guilds");

    assertThatThrownBy(() -> fake.server().recordedRequests().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringNamesNeitherHeadersNorBody() throws Exception {
    String token = fake.server().issueToken();
    fake.anonymous().post("/api/auth/token", "{\"api_key\": \"test-key\"}");
    fake.api().withToken(token).get("/api/guilds");

    String first = fake.server().takeRequest().toString();
    String second = fake.server().takeRequest().toString();

    assertThat(first).isEqualTo("RecordedApiRequest[#0 POST /api/auth/token -> 200]");
    assertThat(second).doesNotContain(token);
  }
}

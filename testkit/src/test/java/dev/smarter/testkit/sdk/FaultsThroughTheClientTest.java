package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.RecordedApiRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's fault examples, through a real client: each fault reaches the call it names. */
class FaultsThroughTheClientTest {
  @RegisterExtension static final FakeSmarterDevExtension fake = FakeSmarterDevExtension.create();

  @Test
  void failNextFailsTheCallsTheTestMakesNotTheTokenExchange(
      SmarterDevClient client, FakeSmarterDevServer server) {
    server.faults().failNext(2, 503);

    assertThat(client.guilds().list().execute()).isEmpty();

    assertThat(server.recordedRequests())
        .extracting(RecordedApiRequest::path, RecordedApiRequest::status)
        .containsExactly(
            tuple("/api/auth/token", 200),
            tuple("/api/guilds", 503),
            tuple("/api/guilds", 503),
            tuple("/api/guilds", 200));
  }

  @Test
  void withoutRetriesTheCallFailsWithTheInjectedStatus(FakeSmarterDevServer server) {
    server.faults().failNext(2, 503);

    try (SmarterDevClient client = fake.clientBuilder().maxRetries(0).build()) {
      assertThatThrownBy(() -> client.guilds().list().execute())
          .isInstanceOfSatisfying(
              ServerException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    }
    assertThat(server.recordedRequests("GET", "/api/guilds"))
        .singleElement()
        .satisfies(request -> assertThat(request.fault()).contains(Fault.Kind.STATUS));
    assertThat(server.faults().pending()).isEqualTo(1);
  }

  @Test
  void aFaultOnTheTokenExchangeReachesTheExchange(
      SmarterDevClient client, FakeSmarterDevServer server) {
    server.faults().enqueue(Fault.status(503).onTokenExchange());

    client.guilds().list().execute();

    assertThat(server.recordedRequests())
        .extracting(RecordedApiRequest::path, RecordedApiRequest::status)
        .containsExactly(
            tuple("/api/auth/token", 503),
            tuple("/api/auth/token", 200),
            tuple("/api/guilds", 200));
  }

  @Test
  void aFaultLimitedToOneCallLeavesTheOthersAlone(
      SmarterDevClient client, FakeSmarterDevServer server) {
    server.faults().enqueue(Fault.status(400).onlyFor("POST", "/api/guilds"));

    assertThat(client.guilds().list().execute()).isEmpty();
    assertThatThrownBy(() -> client.guilds().create(NewGuild.of(1L, "G")).execute())
        .isInstanceOf(BadRequestException.class);

    assertThat(server.recordedRequests(request -> request.fault().isPresent()))
        .extracting(RecordedApiRequest::method, RecordedApiRequest::path)
        .containsExactly(tuple("POST", "/api/guilds"));
  }
}

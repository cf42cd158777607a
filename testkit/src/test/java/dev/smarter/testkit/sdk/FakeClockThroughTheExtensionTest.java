package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.RecordedApiRequest;
import dev.smarter.testkit.SeededUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeClockThroughTheExtensionTest {
  private static final Instant T0 = Instant.parse("2026-11-24T03:10:00Z");

  @RegisterExtension
  static final FakeSmarterDevExtension fake =
      FakeSmarterDevExtension.create(
          FakeSmarterDevServer.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)));

  private static NewBytesAward award(SeededUser giver, SeededUser receiver) {
    return NewBytesAward.builder()
        .giverId(giver.id())
        .receiverId(receiver.id())
        .guildId(1)
        .amount(1)
        .build();
  }

  @Test
  void defaultTimestampsComeFromTheServersClock(
      SmarterDevClient client, FakeSmarterDevServer server) {
    server.advanceClock(Duration.ofMinutes(5));

    UserWarning warning =
        client
            .warnings()
            .create(NewWarning.builder().userId(1).modId(2).guildId(3).build())
            .execute();

    assertThat(warning.warnedAt()).isEqualTo(T0.plusSeconds(300));
  }

  @Test
  void aCooldownEndsWhenTheServersClockPassesIt(
      SmarterDevClient client, FakeSmarterDevServer server) {
    SeededUser giver = server.seedUser(0, "System");
    SeededUser receiver = server.seedUser(5, "u");
    server.setBytesBalance(giver.id(), 10);
    client.bytes().give(award(giver, receiver)).execute();
    server.advanceClock(Duration.ofMinutes(1439));

    assertThatThrownBy(() -> client.bytes().give(award(giver, receiver)).execute())
        .isInstanceOfSatisfying(
            CooldownException.class, e -> assertThat(e.minutesLeft()).isEqualTo(1));

    server.advanceClock(Duration.ofMinutes(1));
    assertThat(client.bytes().give(award(giver, receiver)).execute().giverBalance()).contains(8L);
  }

  @Test
  void theExtensionsClientRenewsItsTokenBeforeTheServerWouldRejectIt(
      SmarterDevClient client, FakeSmarterDevServer server) {
    client.guilds().list().execute();

    server.advanceClock(Duration.ofHours(2));
    client.guilds().list().execute();

    assertThat(server.recordedRequests())
        .extracting(
            RecordedApiRequest::method, RecordedApiRequest::path, RecordedApiRequest::status)
        .containsExactly(
            tuple("POST", "/api/auth/token", 200),
            tuple("GET", "/api/guilds", 200),
            tuple("POST", "/api/auth/token", 200),
            tuple("GET", "/api/guilds", 200));
  }

  @Test
  void aClientOnItsOwnClockSeesTheExpiredTokenAsA401AndRecovers(FakeSmarterDevServer server) {
    try (SmarterDevClient client =
        fake.clientBuilder().clock(Clock.fixed(T0, ZoneOffset.UTC)).build()) {
      client.guilds().list().execute();

      server.advanceClock(Duration.ofHours(1));
      client.guilds().list().execute();
    }

    assertThat(server.recordedRequests())
        .extracting(RecordedApiRequest::path, RecordedApiRequest::status)
        .containsExactly(
            tuple("/api/auth/token", 200),
            tuple("/api/guilds", 200),
            tuple("/api/guilds", 401),
            tuple("/api/auth/token", 200),
            tuple("/api/guilds", 200));
  }
}

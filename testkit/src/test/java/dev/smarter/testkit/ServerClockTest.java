package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerClockTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static final String WARNING = "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3}";

  @Test
  void advancingMovesTheDefaultTimestamps() {
    fake.server().advanceClock(Duration.ofSeconds(90));

    assertThat(fake.api().post("/api/warnings", WARNING).body())
        .contains("\"warned_at\":\"2026-11-24T03:11:30\"");
  }

  @Test
  void advancingAnHourExpiresTheTokensIssuedBefore() {
    RawApi api = fake.api();
    fake.server().advanceClock(Duration.ofMinutes(59));
    assertThat(api.get("/api/guilds").code()).isEqualTo(200);

    fake.server().advanceClock(Duration.ofMinutes(1));

    Reply reply = api.get("/api/guilds");
    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid or expired token\"}");
    assertThat(fake.api().get("/api/guilds").code()).isEqualTo(200);
  }

  @Test
  void advancingPastTheCooldownLetsTheGiverGiveAgain() {
    SeededUser giver = fake.server().seedUser(0, "System");
    SeededUser receiver = fake.server().seedUser(5, "u");
    fake.server().setBytesBalance(giver.id(), 10);
    String give =
        "{\"giver_id\": "
            + giver.id()
            + ", \"receiver_id\": "
            + receiver.id()
            + ", \"guild_id\": 1}";
    fake.api().post("/api/bytes", give);
    fake.server().advanceClock(Duration.ofMinutes(1000));
    assertThat(fake.api().get("/api/bytes/cooldown/" + giver.id() + "/1").body())
        .contains("\"minutes_left\":440,\"cooldown_active\":true");

    fake.server().advanceClock(Duration.ofMinutes(440));

    assertThat(fake.api().post("/api/bytes", give).code()).isEqualTo(201);
  }

  @Test
  void theClockIsALiveViewOfTheBaseClockPlusTheAdvances() {
    Clock clock = fake.server().clock();

    fake.server().advanceClock(Duration.ofMinutes(5));
    fake.clock().advance(Duration.ofSeconds(1));

    assertThat(clock.instant()).isEqualTo(MutableClock.T0.plusSeconds(301));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(clock.instant());
  }

  @Test
  void theDateHeaderFollowsTheServersClock() {
    fake.server().advanceClock(Duration.ofDays(1));

    assertThat(fake.api().get("/api/guilds").header("Date"))
        .isEqualTo("Wed, 25 Nov 2026 03:10:00 GMT");
  }

  @Test
  void resetTakesTheAdvancesBack() {
    fake.server().advanceClock(Duration.ofDays(3));

    fake.server().reset();

    assertThat(fake.server().clock().instant()).isEqualTo(MutableClock.T0);
  }

  @Test
  void aFixedBuilderClockCanBeAdvancedToo() {
    Instant start = Instant.parse("2030-01-01T00:00:00Z");
    try (FakeSmarterDevServer server =
        FakeSmarterDevServer.builder().clock(Clock.fixed(start, ZoneOffset.UTC)).build()) {
      server.advanceClock(Duration.ofMillis(1500));

      assertThat(server.clock().instant()).isEqualTo(start.plusMillis(1500));
    }
  }

  @Test
  void theClockCannotGoBack() {
    assertThatThrownBy(() -> fake.server().advanceClock(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount < 0: PT-1S");
  }
}

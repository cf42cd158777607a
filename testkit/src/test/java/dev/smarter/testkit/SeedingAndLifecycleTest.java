package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SeedingAndLifecycleTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @Test
  void seededGuildIsServedByTheApi() {
    SeededGuild guild = fake.server().seedGuild(77, "Seeded");

    assertThat(guild).isEqualTo(new SeededGuild(1, 77, "Seeded"));
    assertThat(fake.api().get("/api/guilds/1").body()).contains("\"name\":\"Seeded\"");
  }

  @Test
  void seedingADuplicateDiscordIdIsRejected() {
    fake.server().seedUser(5, "a");

    assertThatThrownBy(() -> fake.server().seedUser(5, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNIQUE constraint failed: discord_users.discord_id");
  }

  @Test
  void bytesBalanceOfAMissingUserIsRejected() {
    assertThatThrownBy(() -> fake.server().setBytesBalance(9, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resetEmptiesTheStoreTheRecordingAndTheFaults() {
    fake.server().seedGuild(1, "G");
    fake.api().get("/api/guilds");
    fake.server().faults().failNext(5, 503);

    fake.server().reset();

    assertThat(fake.server().rowCount(FakeTable.GUILDS)).isZero();
    assertThat(fake.server().faults().pending()).isZero();
    assertThat(fake.api().get("/api/guilds").body()).isEqualTo("{\"guilds\":[]}");
    assertThat(fake.server().recordedRequests()).hasSize(1);
  }

  @Test
  void resetRestoresRevokedKeysAndRestartsIdsAtOne() {
    fake.server().seedGuild(1, "G");
    fake.server().faults().revokeApiKey("test-key");

    fake.server().reset();

    assertThat(fake.server().apiKeys()).containsExactly("test-key");
    assertThat(fake.server().seedGuild(2, "H").id()).isEqualTo(1);
  }

  @Test
  void defaultsAreRandomPortLoopbackAndTheTestKey() {
    assertThat(fake.server().url()).isEqualTo("http://127.0.0.1:" + fake.server().port());
    assertThat(fake.server().apiKey()).isEqualTo(FakeSmarterDevServer.DEFAULT_API_KEY);
    assertThat(fake.server().localMode()).isFalse();
  }

  @Test
  void urlBeforeStartIsAnError() {
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build()) {
      assertThatThrownBy(server::url).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void startingTwiceIsAnError() {
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start()) {
      assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void builderRejectsBadOptions() {
    assertThatThrownBy(() -> FakeSmarterDevServer.builder().port(70_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeSmarterDevServer.builder().apiKey(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeSmarterDevServer.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock == null");
  }
}

package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BytesConfigRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @Test
  void getCreatesTheDefaultConfig() {
    Reply reply = fake.api().get("/api/bytes/config/7");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"guild_id\":7,\"starting_balance\":100,\"daily_earning\":10,"
                + "\"max_give_amount\":50,\"cooldown_minutes\":1440,"
                + "\"created_at\":\"2026-11-24T03:10:00\",\"updated_at\":\"2026-11-24T03:10:00\"}");
    assertThat(fake.server().rowCount(FakeTable.BYTES_CONFIGS)).isEqualTo(1);
  }

  @Test
  void postCreatesWith201() {
    Reply reply = fake.api().post("/api/bytes/config", "{\"guild_id\": 7, \"daily_earning\": 3}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body()).contains("\"starting_balance\":100,\"daily_earning\":3,");
  }

  @Test
  void postOnAnExistingConfigUpdatesItAndStillGives201() {
    fake.api().get("/api/bytes/config/7");
    fake.clock().advance(Duration.ofMinutes(1));

    Reply reply = fake.api().post("/api/bytes/config", "{\"guild_id\": 7, \"max_give_amount\": 9}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .contains("\"id\":1,")
        .contains("\"max_give_amount\":9,")
        .endsWith("\"updated_at\":\"2026-11-24T03:11:00\"}");
  }

  @Test
  void postWithANullSettingOnCreateTakesTheDefault() {
    Reply reply =
        fake.api().post("/api/bytes/config", "{\"guild_id\": 7, \"starting_balance\": null}");

    assertThat(reply.body()).contains("\"starting_balance\":100,");
  }

  @Test
  void postWithoutGuildIdGives400() {
    Reply reply = fake.api().post("/api/bytes/config", "{\"daily_earning\": 3}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing required field: guild_id\"}");
  }

  @Test
  void putUpdatesOnlyTheKeysPresent() {
    fake.api().get("/api/bytes/config/7");

    Reply reply = fake.api().put("/api/bytes/config/7", "{\"cooldown_minutes\": 60}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("\"max_give_amount\":50,\"cooldown_minutes\":60,");
  }

  @Test
  void putWithUnchangedValuesKeepsUpdatedAt() {
    fake.api().get("/api/bytes/config/7");
    fake.clock().advance(Duration.ofMinutes(1));

    Reply reply = fake.api().put("/api/bytes/config/7", "{\"cooldown_minutes\": 1440}");

    assertThat(reply.body()).endsWith("\"updated_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void putOnAMissingConfigGives404() {
    Reply reply = fake.api().put("/api/bytes/config/7", "{\"cooldown_minutes\": 60}");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Config not found\"}");
  }
}

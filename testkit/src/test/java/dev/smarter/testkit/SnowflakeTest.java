package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnowflakeTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static final String MAX = "9223372036854775807";

  @Test
  void guildDiscordIdRoundTripsAtTheInt64Maximum() {
    fake.api().post("/api/guilds", "{\"discord_id\": " + MAX + ", \"name\": \"G\"}");

    assertThat(fake.api().get("/api/guilds/1").body()).contains("\"discord_id\":" + MAX + ",");
    assertThat(fake.api().get("/api/guilds").body()).contains("\"discord_id\":" + MAX + ",");
  }

  @Test
  void userDiscordIdFilterMatchesTheInt64Maximum() {
    fake.api().post("/api/users", "{\"discord_id\": " + MAX + ", \"username\": \"max\"}");
    fake.api().post("/api/users", "{\"discord_id\": 9223372036854775806, \"username\": \"other\"}");

    assertThat(fake.api().get("/api/users?discord_id=" + MAX).body())
        .contains("\"discord_id\":" + MAX + ",\"username\":\"max\"")
        .doesNotContain("other");
  }

  @Test
  void int64MinimumRoundTrips() {
    assertThat(
            fake.api()
                .post("/api/guilds", "{\"discord_id\": -9223372036854775808, \"name\": \"G\"}")
                .body())
        .contains("\"discord_id\":-9223372036854775808,");
  }

  @Test
  void oneAboveTheInt64MaximumGives500() {
    Reply reply =
        fake.api().post("/api/guilds", "{\"discord_id\": 9223372036854775808, \"name\": \"G\"}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"Python int too large to convert to SQLite INTEGER\"}");
  }

  @Test
  void roleIdRoundTripsAtTheInt64Maximum() {
    fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": 1, \"role_id\": "
                + MAX
                + ", \"role_name\": \"R\", \"bytes_required\": 1}");

    assertThat(fake.api().get("/api/bytes/roles/1").body()).contains("\"role_id\":" + MAX + ",");
  }
}

package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuildRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @Test
  void createReturns201WithEveryFieldInOrder() {
    Reply reply =
        fake.api().post("/api/guilds", "{\"discord_id\": 123, \"name\": \"Smarter Dev\"}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"discord_id\":123,\"name\":\"Smarter Dev\",\"icon_url\":null,"
                + "\"joined_at\":\"2026-11-24T03:10:00\",\"created_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void createWithExistingDiscordIdReturns200WithTheUnchangedRow() {
    String first = fake.api().post("/api/guilds", "{\"discord_id\": 123, \"name\": \"A\"}").body();

    Reply again = fake.api().post("/api/guilds", "{\"discord_id\": 123, \"name\": \"B\"}");

    assertThat(again.code()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first);
  }

  @Test
  void createWithExistingDiscordIdAsNumericTextReturns200WithTheUnchangedRow() {
    String first = fake.api().post("/api/guilds", "{\"discord_id\": 123, \"name\": \"A\"}").body();

    Reply again = fake.api().post("/api/guilds", "{\"discord_id\": \"123\", \"name\": \"B\"}");

    assertThat(again.code()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first);
    assertThat(fake.server().rowCount(FakeTable.GUILDS)).isEqualTo(1);
  }

  @Test
  void createWithoutNameGives500WithPythonKeyError() {
    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": 123}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("{\"error\":\"'name'\"}");
    assertThat(fake.server().rowCount(FakeTable.GUILDS)).isZero();
  }

  @Test
  void createReadsDiscordIdBeforeName() {
    Reply reply = fake.api().post("/api/guilds", "{}");

    assertThat(reply.body()).isEqualTo("{\"error\":\"'discord_id'\"}");
  }

  @Test
  void createWithExistingDiscordIdAndNoNameStillReturnsTheExistingRow() {
    fake.server().seedGuild(123, "A");

    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": 123}");

    assertThat(reply.code()).isEqualTo(200);
  }

  @Test
  void createWithNullNameGives500NotNullConstraint() {
    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": null}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(sqlite3.IntegrityError) NOT NULL constraint failed: guilds.name\\n"
                + "[SQL: INSERT INTO guilds (discord_id, name, icon_url, joined_at, created_at)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP) RETURNING id, created_at]\\n"
                + "[parameters: (1, None, None, '2026-11-24 03:10:00.000000')]"
                + "\\n(Background on this error at: https://sqlalche.me/e/20/gkpj)\"}");
  }

  @Test
  void createWithNonObjectBodyGives500TypeError() {
    Reply reply = fake.api().post("/api/guilds", "[1, 2]");

    assertThat(reply.body())
        .isEqualTo("{\"error\":\"list indices must be integers or slices, not str\"}");
  }

  @Test
  void listIsWrappedInGuildsInIdOrder() {
    fake.server().seedGuild(20, "B");
    fake.server().seedGuild(10, "A");

    Reply reply = fake.api().get("/api/guilds");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body())
        .startsWith("{\"guilds\":[{\"id\":1,\"discord_id\":20,")
        .contains("},{\"id\":2,\"discord_id\":10,");
  }

  @Test
  void emptyListIsAnEmptyWrappedArray() {
    assertThat(fake.api().get("/api/guilds").body()).isEqualTo("{\"guilds\":[]}");
  }

  @Test
  void detailReturnsTheGuild() {
    SeededGuild guild = fake.server().seedGuild(42, "G");

    Reply reply = fake.api().get("/api/guilds/" + guild.id());

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).startsWith("{\"id\":1,\"discord_id\":42,\"name\":\"G\",");
  }

  @Test
  void detailOfMissingGuildGives404() {
    Reply reply = fake.api().get("/api/guilds/7");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Guild not found\"}");
  }

  @Test
  void updateChangesOnlyTheKeysPresent() {
    fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": \"A\", \"icon_url\": \"i.png\"}");

    Reply reply = fake.api().put("/api/guilds/1", "{\"name\": \"B\"}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("\"name\":\"B\",\"icon_url\":\"i.png\"");
  }

  @Test
  void updateWithNullIconUrlClearsIt() {
    fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": \"A\", \"icon_url\": \"i.png\"}");

    Reply reply = fake.api().put("/api/guilds/1", "{\"icon_url\": null}");

    assertThat(reply.body()).contains("\"name\":\"A\",\"icon_url\":null");
  }

  @Test
  void updateOfMissingGuildGives404() {
    Reply reply = fake.api().put("/api/guilds/9", "{\"name\": \"B\"}");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Guild not found\"}");
  }

  @Test
  void updateParsesTheBodyBeforeLookingUpTheGuild() {
    Reply reply = fake.api().put("/api/guilds/9", "not json");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Expecting value: line 1 column 1 (char 0)\"}");
  }

  @Test
  void nonNumericStringDiscordIdIsStoredAndReturnedAsAString() {
    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": \"abc\", \"name\": \"A\"}");

    assertThat(reply.body()).contains("\"discord_id\":\"abc\"");
  }

  @Test
  void numericStringDiscordIdComesBackAsANumber() {
    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": \"123\", \"name\": \"A\"}");

    assertThat(reply.body()).contains("\"discord_id\":123,");
  }

  @Test
  void numericNameComesBackAsAString() {
    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": 42}");

    assertThat(reply.body()).contains("\"name\":\"42\"");
  }
}

package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 500 caused by the database carries SQLAlchemy's whole message: the driver's error, the SQL
 * statement, its parameters as sent, and the link to SQLAlchemy's error page. Expected texts were
 * produced by the real server's handlers on SQLAlchemy 2.0.40 and SQLite 3.40.
 */
class DatabaseErrorTextTest {
  private static final String INTEGRITY =
      "\n(Background on this error at: https://sqlalche.me/e/20/gkpj)";
  private static final String PROGRAMMING =
      "\n(Background on this error at: https://sqlalche.me/e/20/f405)";

  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  /** The 500's error text, read back from its JSON (which escapes only quotes, \\ and \n here). */
  private static String error(Reply reply) {
    assertThat(reply.code()).isEqualTo(500);
    String body = reply.body();
    assertThat(body).startsWith("{\"error\":\"").endsWith("\"}");
    return body.substring(10, body.length() - 2)
        .replace("\\n", "\n")
        .replace("\\\"", "\"")
        .replace("\\\\", "\\");
  }

  @Test
  void anUpdateNamesOnlyTheChangedColumnsAndTheRowId() {
    fake.server().seedUser(5, "a");

    assertThat(error(fake.api().put("/api/users/1", "{\"username\": null}")))
        .isEqualTo(
            "(sqlite3.IntegrityError) NOT NULL constraint failed: discord_users.username\n"
                + "[SQL: UPDATE discord_users SET username=? WHERE discord_users.id = ?]\n"
                + "[parameters: (None, 1)]"
                + INTEGRITY);
  }

  @Test
  void anOnUpdateTimeIsWrittenInlineAndIsNoParameter() {
    fake.api().get("/api/bytes/config/1");

    assertThat(error(fake.api().put("/api/bytes/config/1", "{\"daily_earning\": [2]}")))
        .isEqualTo(
            "(sqlite3.ProgrammingError) Error binding parameter 1: type 'list' is not supported\n"
                + "[SQL: UPDATE bytes_config SET daily_earning=?, updated_at=CURRENT_TIMESTAMP"
                + " WHERE bytes_config.id = ?]\n"
                + "[parameters: ([2], 1)]"
                + PROGRAMMING);
  }

  @Test
  void parametersAreNumberedWithoutTheTimesTheDatabaseWrites() {
    String body =
        "{\"guild_id\": 1, \"user_id\": 1, \"mod_id\": 1, \"action\": \"ban\", \"duration_sec\":"
            + " [1]}";

    assertThat(error(fake.api().post("/api/moderation-cases", body)))
        .isEqualTo(
            "(sqlite3.ProgrammingError) Error binding parameter 7: type 'list' is not supported\n"
                + "[SQL: INSERT INTO moderation_cases (case_number, guild_id, user_id, mod_id,"
                + " action, reason, created_at, duration_sec, resolved_at, resolution_note) VALUES"
                + " (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?, ?, ?) RETURNING id, created_at]\n"
                + "[parameters: (1, 1, 1, 1, 'ban', None, [1], None, None)]"
                + PROGRAMMING);
  }

  @Test
  void aLongParameterIsCutInTheMiddle() {
    String body =
        "{\"discord_id\": 6, \"username\": null, \"avatar_url\": \"" + "x".repeat(343) + "\"}";

    assertThat(error(fake.api().post("/api/users", body)))
        .isEqualTo(
            "(sqlite3.IntegrityError) NOT NULL constraint failed: discord_users.username\n"
                + "[SQL: INSERT INTO discord_users (discord_id, username, discriminator, avatar_url,"
                + " created_at, bytes_balance) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?)"
                + " RETURNING id, created_at]\n"
                + "[parameters: (6, None, None, '"
                + "x".repeat(149)
                + " ... (45 characters truncated) ... "
                + "x".repeat(149)
                + "', 0)]"
                + INTEGRITY);
  }

  @Test
  void aBatchUpdatesTheChangedUsersInOneExecutemanyAndShowsTenOfItsRows() {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 12; i++) {
      fake.server().seedUser(100 + i, "u" + i);
      batch.append(i == 0 ? "" : ", ").append("{\"discord_id\": ").append(100 + i);
      batch.append(", \"username\": null}");
    }

    assertThat(error(fake.api().post("/api/users/batch", batch.append("]").toString())))
        .isEqualTo(
            "(sqlite3.IntegrityError) NOT NULL constraint failed: discord_users.username\n"
                + "[SQL: UPDATE discord_users SET username=? WHERE discord_users.id = ?]\n"
                + "[parameters: [(None, 1), (None, 2), (None, 3), (None, 4), (None, 5), (None, 6),"
                + " (None, 7), (None, 8)  ... displaying 10 of 12 total bound parameter sets ... "
                + " (None, 11), (None, 12)]]"
                + INTEGRITY);
    assertThat(fake.api().get("/api/users/1").body()).contains("\"username\":\"u0\"");
  }

  @Test
  void aLookupThatCannotBindItsValueShowsTheSelectWithFirstsLimitAndOffset() {
    assertThat(error(fake.api().post("/api/guilds", "{\"discord_id\": [1], \"name\": \"x\"}")))
        .isEqualTo(
            "(sqlite3.ProgrammingError) Error binding parameter 1: type 'list' is not supported\n"
                + "[SQL: SELECT guilds.id AS guilds_id, guilds.discord_id AS guilds_discord_id,"
                + " guilds.name AS guilds_name, guilds.icon_url AS guilds_icon_url, guilds.joined_at"
                + " AS guilds_joined_at, guilds.created_at AS guilds_created_at \nFROM guilds"
                + " \nWHERE guilds.discord_id = ?\n LIMIT ? OFFSET ?]\n"
                + "[parameters: ([1], 1, 0)]"
                + PROGRAMMING);
  }

  @Test
  void theCaseNumberLookupShowsItsOrderAndTheCooldownLookupBothConditions() {
    assertThat(
            error(
                fake.api()
                    .post(
                        "/api/moderation-cases",
                        "{\"guild_id\": [1], \"user_id\": 1, \"mod_id\": 1, \"action\": \"ban\"}")))
        .endsWith(
            " \nFROM moderation_cases \nWHERE moderation_cases.guild_id = ? ORDER BY"
                + " moderation_cases.case_number DESC\n LIMIT ? OFFSET ?]\n"
                + "[parameters: ([1], 1, 0)]"
                + PROGRAMMING);
    fake.server().seedUser(5, "a");

    assertThat(
            error(
                fake.api()
                    .post(
                        "/api/bytes",
                        "{\"giver_id\": 1, \"receiver_id\": 1, \"guild_id\": [2], \"amount\": 0}")))
        .isEqualTo(
            "(sqlite3.ProgrammingError) Error binding parameter 2: type 'list' is not supported\n"
                + "[SQL: SELECT bytes_cooldowns.id AS bytes_cooldowns_id, bytes_cooldowns.user_id AS"
                + " bytes_cooldowns_user_id, bytes_cooldowns.guild_id AS bytes_cooldowns_guild_id,"
                + " bytes_cooldowns.last_given_at AS bytes_cooldowns_last_given_at \nFROM"
                + " bytes_cooldowns \nWHERE bytes_cooldowns.user_id = ? AND bytes_cooldowns.guild_id"
                + " = ?\n LIMIT ? OFFSET ?]\n"
                + "[parameters: (1, [2], 1, 0)]"
                + PROGRAMMING);
  }
}

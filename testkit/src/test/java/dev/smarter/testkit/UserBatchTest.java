package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserBatchTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static String users(int count) {
    StringJoiner items = new StringJoiner(",", "[", "]");
    for (int i = 1; i <= count; i++) {
      items.add("{\"discord_id\": " + i + ", \"username\": \"u" + i + "\"}");
    }
    return items.toString();
  }

  @Test
  void newUsersGive201WithUsersAndCounts() {
    Reply reply = fake.api().post("/api/users/batch", users(2));

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .startsWith("{\"users\":[{\"id\":1,\"discord_id\":1,\"username\":\"u1\",")
        .endsWith("],\"created\":2,\"updated\":0,\"total\":2}");
  }

  @Test
  void unchangedExistingUsersCountAsCreated() {
    fake.server().seedUser(1, "u1");

    Reply reply = fake.api().post("/api/users/batch", users(1));

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body()).endsWith("\"created\":1,\"updated\":0,\"total\":1}");
  }

  @Test
  void changedExistingUsersCountAsUpdatedAndAreChanged() {
    fake.server().seedUser(1, "old");

    Reply reply = fake.api().post("/api/users/batch", users(2));

    assertThat(reply.body())
        .contains("\"username\":\"u1\"")
        .endsWith("\"created\":1,\"updated\":1,\"total\":2}");
  }

  @Test
  void anExistingUserTwiceInOneBatchIsCountedTwice() {
    fake.server().seedUser(1, "old");

    Reply reply =
        fake.api()
            .post(
                "/api/users/batch",
                "[{\"discord_id\": 1, \"username\": \"a\"}, {\"discord_id\": 1, \"username\": \"b\"}]");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body()).endsWith("\"created\":0,\"updated\":2,\"total\":2}");
    assertThat(fake.api().get("/api/users/1").body()).contains("\"username\":\"b\"");
  }

  @Test
  void fiveHundredUsersAreAccepted() {
    Reply reply = fake.api().post("/api/users/batch", users(500));

    assertThat(reply.code()).isEqualTo(201);
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(500);
  }

  @Test
  void moreThan500UsersGive400AndWriteNothing() {
    Reply reply = fake.api().post("/api/users/batch", users(501));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Batch size exceeds maximum of 500 users\"}");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isZero();
  }

  @Test
  void anItemMissingUsernameGives400AndWritesNothing() {
    fake.server().seedUser(7, "old");

    Reply reply =
        fake.api()
            .post(
                "/api/users/batch",
                "[{\"discord_id\": 1, \"username\": \"a\"}, {\"discord_id\": 7, \"username\": \"new\"},"
                    + " {\"discord_id\": 2}]");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"Missing required fields: discord_id, username\"}");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(1);
    assertThat(fake.api().get("/api/users/1").body()).contains("\"username\":\"old\"");
  }

  @Test
  void aNewDiscordIdTwiceGives500AndWritesNothing() {
    fake.server().seedUser(7, "old");

    Reply reply =
        fake.api()
            .post(
                "/api/users/batch",
                "[{\"discord_id\": 7, \"username\": \"changed\"}, {\"discord_id\": 1, \"username\": \"a\"},"
                    + " {\"discord_id\": 1, \"username\": \"b\"}]");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(sqlite3.IntegrityError) UNIQUE constraint failed:"
                + " discord_users.discord_id\\n"
                + "[SQL: INSERT INTO discord_users (discord_id, username, discriminator, avatar_url,"
                + " created_at, bytes_balance) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?)"
                + " RETURNING id, created_at]\\n"
                + "[parameters: (1, 'b', None, None, 0)]"
                + "\\n(Background on this error at: https://sqlalche.me/e/20/gkpj)\"}");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(1);
    assertThat(fake.api().get("/api/users/1").body()).contains("\"username\":\"old\"");
  }

  @Test
  void aNumericTextDiscordIdFindsTheExistingUser() {
    fake.server().seedUser(7, "old");

    Reply reply =
        fake.api().post("/api/users/batch", "[{\"discord_id\": \"7\", \"username\": \"new\"}]");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .startsWith("{\"users\":[{\"id\":1,\"discord_id\":7,\"username\":\"new\",")
        .endsWith("\"created\":0,\"updated\":1,\"total\":1}");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(1);
  }

  @Test
  void aNewDiscordIdTwiceInAnyAffinityEqualSpellingGives500() {
    Reply reply =
        fake.api()
            .post(
                "/api/users/batch",
                "[{\"discord_id\": 1, \"username\": \"a\"},"
                    + " {\"discord_id\": \"1.0\", \"username\": \"b\"}]");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(sqlite3.IntegrityError) UNIQUE constraint failed:"
                + " discord_users.discord_id\\n"
                + "[SQL: INSERT INTO discord_users (discord_id, username, discriminator, avatar_url,"
                + " created_at, bytes_balance) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?)"
                + " RETURNING id, created_at]\\n"
                + "[parameters: ('1.0', 'b', None, None, 0)]"
                + "\\n(Background on this error at: https://sqlalche.me/e/20/gkpj)\"}");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isZero();
  }

  @Test
  void afterAFailedBatchItsDiscordIdsAreNewAndExistingOnesAreFoundUnchanged() {
    fake.server().seedUser(7, "old");
    fake.api()
        .post(
            "/api/users/batch",
            "[{\"discord_id\": 7, \"username\": \"changed\"}, {\"discord_id\": 1, \"username\": \"a\"},"
                + " {\"discord_id\": 1, \"username\": \"b\"}]");

    Reply retry = fake.api().post("/api/users/batch", "[{\"discord_id\": 1, \"username\": \"a\"}]");
    Reply existing = fake.api().post("/api/users", "{\"discord_id\": \"7\", \"username\": \"x\"}");

    assertThat(retry.code()).isEqualTo(201);
    assertThat(retry.body())
        .startsWith("{\"users\":[{\"id\":2,\"discord_id\":1,\"username\":\"a\",")
        .endsWith("\"created\":1,\"updated\":0,\"total\":1}");
    assertThat(existing.code()).isEqualTo(200);
    assertThat(existing.body()).startsWith("{\"id\":1,\"discord_id\":7,\"username\":\"old\",");
    assertThat(fake.api().get("/api/users?discord_id=1").body()).contains("\"id\":2,");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(2);
  }

  @Test
  void aNonArrayBodyGives400() {
    Reply reply = fake.api().post("/api/users/batch", "{\"discord_id\": 1, \"username\": \"a\"}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Expected a list of users\"}");
  }

  @Test
  void anEmptyArrayGives201WithZeroCounts() {
    Reply reply = fake.api().post("/api/users/batch", "[]");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body()).isEqualTo("{\"users\":[],\"created\":0,\"updated\":0,\"total\":0}");
  }
}

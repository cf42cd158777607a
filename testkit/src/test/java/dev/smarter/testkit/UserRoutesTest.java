package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @Test
  void createReturns201WithEveryFieldInOrder() {
    Reply reply =
        fake.api()
            .post(
                "/api/users",
                "{\"discord_id\": 5, \"username\": \"alice\", \"discriminator\": \"0001\"}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"discord_id\":5,\"username\":\"alice\",\"discriminator\":\"0001\","
                + "\"avatar_url\":null,\"created_at\":\"2026-11-24T03:10:00\",\"bytes_balance\":0}");
  }

  @Test
  void aLoneSurrogateFailsWhenSQLiteBindsItAndWritesNothing() {
    Reply reply = fake.api().post("/api/users", "{\"discord_id\": 5, \"username\": \"a\\ud800b\"}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"'utf-8' codec can't encode character '\\\\ud800' in position 1:"
                + " surrogates not allowed\"}");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isZero();
    assertThat(fake.api().get("/api/users").code()).isEqualTo(200);
  }

  @Test
  void createWithExistingDiscordIdReturns200Unchanged() {
    fake.server().seedUser(5, "alice");

    Reply reply = fake.api().post("/api/users", "{\"discord_id\": 5, \"username\": \"bob\"}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("\"username\":\"alice\"");
  }

  @Test
  void createFindsTheExistingUserByAnyAffinityEqualDiscordId() {
    fake.server().seedUser(5, "alice");

    for (String discordId : new String[] {"\"5\"", "\" 5 \"", "\"5.0\"", "5.0"}) {
      Reply reply =
          fake.api()
              .post("/api/users", "{\"discord_id\": " + discordId + ", \"username\": \"bob\"}");

      assertThat(reply.code()).as(discordId).isEqualTo(200);
      assertThat(reply.body())
          .as(discordId)
          .startsWith("{\"id\":1,\"discord_id\":5,\"username\":\"alice\",");
    }
    assertThat(fake.api().get("/api/users?discord_id=5").body()).contains("\"username\":\"alice\"");
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(1);
  }

  @Test
  void textAndFractionalDiscordIdsAreStoredAsIsAndFoundAgain() {
    for (String discordId : new String[] {"\"abc\"", "5.5"}) {
      String body = "{\"discord_id\": " + discordId + ", \"username\": ";
      Reply created = fake.api().post("/api/users", body + "\"a\"}");
      Reply again = fake.api().post("/api/users", body + "\"b\"}");

      assertThat(created.code()).as(discordId).isEqualTo(201);
      assertThat(created.body()).contains("\"discord_id\":" + discordId + ",");
      assertThat(again.code()).as(discordId).isEqualTo(200);
      assertThat(again.body()).isEqualTo(created.body());
    }
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(2);
  }

  @Test
  void createWithoutUsernameGives500KeyError() {
    Reply reply = fake.api().post("/api/users", "{\"discord_id\": 5}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("{\"error\":\"'username'\"}");
  }

  @Test
  void createReadsDiscordIdBeforeUsername() {
    Reply reply = fake.api().post("/api/users", "{\"username\": \"a\"}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("{\"error\":\"'discord_id'\"}");
  }

  @Test
  void createWithExistingDiscordIdAndNoUsernameStillReturnsTheExistingRow() {
    fake.server().seedUser(5, "alice");

    Reply reply = fake.api().post("/api/users", "{\"discord_id\": 5}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("\"username\":\"alice\"");
  }

  @Test
  void createKeepsAGivenCreatedAt() {
    Reply reply =
        fake.api()
            .post(
                "/api/users",
                "{\"discord_id\": 5, \"username\": \"a\", \"created_at\": \"2020-01-02T03:04:05\"}");

    assertThat(reply.body()).contains("\"created_at\":\"2020-01-02T03:04:05\"");
  }

  @Test
  void listIsWrappedInUsers() {
    fake.server().seedUser(5, "alice");

    Reply reply = fake.api().get("/api/users");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).startsWith("{\"users\":[{\"id\":1,\"discord_id\":5,");
  }

  @Test
  void discordIdFilterReturnsOnlyThatUser() {
    fake.server().seedUser(5, "alice");
    fake.server().seedUser(6, "bob");

    Reply reply = fake.api().get("/api/users?discord_id=6");

    assertThat(reply.body()).contains("\"username\":\"bob\"").doesNotContain("alice");
  }

  @Test
  void discordIdFilterParsesLikePythonInt() {
    fake.server().seedUser(1000, "alice");
    fake.server().seedUser(6, "bob");

    Reply reply = fake.api().get("/api/users?discord_id=%201_000%20");

    assertThat(reply.body()).contains("alice").doesNotContain("bob");
  }

  @Test
  void nonIntegerDiscordIdFilterIsIgnored() {
    fake.server().seedUser(5, "alice");
    fake.server().seedUser(6, "bob");

    Reply reply = fake.api().get("/api/users?discord_id=abc");

    assertThat(reply.body()).contains("alice").contains("bob");
  }

  @Test
  void discordIdFilterMatchingNobodyGivesEmptyList() {
    assertThat(fake.api().get("/api/users?discord_id=77").body()).isEqualTo("{\"users\":[]}");
  }

  @Test
  void detailOfMissingUserGives404() {
    Reply reply = fake.api().get("/api/users/3");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"User not found\"}");
  }

  @Test
  void updateChangesOnlyTheKeysPresent() {
    fake.api()
        .post("/api/users", "{\"discord_id\": 5, \"username\": \"a\", \"avatar_url\": \"x.png\"}");

    Reply reply = fake.api().put("/api/users/1", "{\"discriminator\": \"42\"}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body())
        .contains("\"username\":\"a\",\"discriminator\":\"42\",\"avatar_url\":\"x.png\"");
  }

  @Test
  void updateOfMissingUserGives404() {
    Reply reply = fake.api().put("/api/users/3", "{\"username\": \"b\"}");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"User not found\"}");
  }
}

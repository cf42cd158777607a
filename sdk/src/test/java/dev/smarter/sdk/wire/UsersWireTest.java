package dev.smarter.sdk.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.UserBatchResult;
import dev.smarter.sdk.model.UserUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The user endpoints on the wire, per API.md. */
class UsersWireTest extends WireTest {
  static final String ALICE =
      "{'id':3,'discord_id':9223372036854775807,'username':'alice','discriminator':'0420',"
          + "'avatar_url':'https://cdn.discordapp.com/avatars/3/b.png',"
          + "'created_at':'2026-11-24T03:10:00.123456','bytes_balance':150}";
  static final String BOB =
      "{'id':4,'discord_id':555,'username':'bob','discriminator':null,'avatar_url':null,"
          + "'created_at':'2026-11-24T03:10:00','bytes_balance':0}";

  static void assertAlice(DiscordUser user) {
    assertThat(user.id()).isEqualTo(3);
    assertThat(user.discordId()).isEqualTo(Long.MAX_VALUE);
    assertThat(user.username()).isEqualTo("alice");
    assertThat(user.discriminator()).contains("0420");
    assertThat(user.avatarUrl()).contains("https://cdn.discordapp.com/avatars/3/b.png");
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
    assertThat(user.bytesBalance()).isEqualTo(150);
  }

  static void assertBob(DiscordUser user) {
    assertThat(user.id()).isEqualTo(4);
    assertThat(user.discordId()).isEqualTo(555);
    assertThat(user.username()).isEqualTo("bob");
    assertThat(user.discriminator()).isEmpty();
    assertThat(user.avatarUrl()).isEmpty();
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
    assertThat(user.bytesBalance()).isZero();
  }

  @Test
  void listsUsersFromEnvelope() throws Exception {
    wire.enqueueJson(200, "{'users':[" + ALICE + "," + BOB + "]}");

    List<DiscordUser> users = client.users().list().execute();

    wire.assertGet("/api/users");
    assertThat(users).hasSize(2);
    assertAlice(users.get(0));
    assertBob(users.get(1));
  }

  @Test
  void listByDiscordIdSendsSnowflakeQuery() throws Exception {
    wire.enqueueJson(200, "{'users':[" + ALICE + "]}");

    List<DiscordUser> users = client.users().listByDiscordId(Long.MAX_VALUE).execute();

    wire.assertGet("/api/users?discord_id=9223372036854775807");
    assertThat(users).hasSize(1);
    assertAlice(users.get(0));
  }

  @Test
  void findByDiscordIdReturnsTheUser() throws Exception {
    wire.enqueueJson(200, "{'users':[" + BOB + "]}");

    Optional<DiscordUser> user = client.users().findByDiscordId(555).execute();

    wire.assertGet("/api/users?discord_id=555");
    assertThat(user).isPresent();
    assertBob(user.get());
  }

  @Test
  void findByDiscordIdReturnsEmptyWhenNoneMatches() throws Exception {
    wire.enqueueJson(200, "{'users':[]}");

    Optional<DiscordUser> user = client.users().findByDiscordId(556).execute();

    wire.assertGet("/api/users?discord_id=556");
    assertThat(user).isEmpty();
  }

  @Test
  void findByDiscordIdAsyncCompletesWithUser() throws Exception {
    wire.enqueueJson(200, "{'users':[" + ALICE + "]}");

    Optional<DiscordUser> user =
        client.users().findByDiscordId(Long.MAX_VALUE).executeAsync().get(10, TimeUnit.SECONDS);

    wire.assertGet("/api/users?discord_id=9223372036854775807");
    assertThat(user).isPresent();
    assertAlice(user.get());
  }

  @Test
  void getsUserById() throws Exception {
    wire.enqueueJson(200, ALICE);

    DiscordUser user = client.users().get(3).execute();

    wire.assertGet("/api/users/3");
    assertAlice(user);
  }

  @Test
  void getAsyncCompletesWithUser() throws Exception {
    wire.enqueueJson(200, BOB);

    DiscordUser user = client.users().get(4).executeAsync().get(10, TimeUnit.SECONDS);

    wire.assertGet("/api/users/4");
    assertBob(user);
  }

  @Test
  void getRejectsNegativeIdBeforeSending() {
    assertThatThrownBy(() -> client.users().get(-5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void createSendsOnlyRequiredFields() throws Exception {
    wire.enqueueJson(201, BOB);

    DiscordUser user = client.users().create(NewUser.of(555, "bob")).execute();

    wire.assertJson("POST", "/api/users", "{'discord_id':555,'username':'bob'}");
    assertBob(user);
  }

  @Test
  void createSendsAllFields() throws Exception {
    wire.enqueueJson(201, ALICE);

    DiscordUser user =
        client
            .users()
            .create(
                NewUser.builder()
                    .discordId(Long.MAX_VALUE)
                    .username("alice")
                    .discriminator("0420")
                    .avatarUrl("https://cdn.discordapp.com/avatars/3/b.png")
                    .createdAt(Instant.parse("2026-11-24T03:10:00.123456Z"))
                    .build())
            .execute();

    wire.assertJson(
        "POST",
        "/api/users",
        "{'discord_id':9223372036854775807,'username':'alice','discriminator':'0420',"
            + "'avatar_url':'https://cdn.discordapp.com/avatars/3/b.png',"
            + "'created_at':'2026-11-24T03:10:00.123456'}");
    assertAlice(user);
  }

  @Test
  void createReturnsExistingUserOn200() throws Exception {
    wire.enqueueJson(200, BOB);

    DiscordUser user = client.users().create(NewUser.of(555, "robert")).execute();

    wire.assertJson("POST", "/api/users", "{'discord_id':555,'username':'robert'}");
    assertBob(user);
  }

  @Test
  void updateSendsOnlyUsername() throws Exception {
    wire.enqueueJson(200, BOB);

    DiscordUser user =
        client.users().update(4, UserUpdate.builder().username("bob").build()).execute();

    wire.assertJson("PUT", "/api/users/4", "{'username':'bob'}");
    assertBob(user);
  }

  @Test
  void updateSendsExplicitNullsToClear() throws Exception {
    wire.enqueueJson(200, BOB);

    client
        .users()
        .update(4, UserUpdate.builder().discriminator(null).avatarUrl(null).build())
        .execute();

    wire.assertJson("PUT", "/api/users/4", "{'discriminator':null,'avatar_url':null}");
  }

  @Test
  void updateSendsEveryFieldSet() throws Exception {
    wire.enqueueJson(200, ALICE);

    DiscordUser user =
        client
            .users()
            .update(
                3,
                UserUpdate.builder()
                    .username("alice")
                    .discriminator("0420")
                    .avatarUrl("https://cdn.discordapp.com/avatars/3/b.png")
                    .build())
            .execute();

    wire.assertJson(
        "PUT",
        "/api/users/3",
        "{'username':'alice','discriminator':'0420',"
            + "'avatar_url':'https://cdn.discordapp.com/avatars/3/b.png'}");
    assertAlice(user);
  }

  @Test
  void batchSendsBareArrayAndReadsCounts() throws Exception {
    wire.enqueueJson(
        201, "{'users':[" + ALICE + "," + BOB + "],'created':1,'updated':1,'total':2}");

    UserBatchResult result =
        client
            .users()
            .batch(
                UserBatch.of(
                    List.of(
                        NewUser.builder()
                            .discordId(Long.MAX_VALUE)
                            .username("alice")
                            .discriminator("0420")
                            .avatarUrl("https://cdn.discordapp.com/avatars/3/b.png")
                            .createdAt(Instant.parse("2026-11-24T03:10:00.123456Z"))
                            .build(),
                        NewUser.of(555, "bob"))))
            .execute();

    wire.assertJson(
        "POST",
        "/api/users/batch",
        "[{'discord_id':9223372036854775807,'username':'alice','discriminator':'0420',"
            + "'avatar_url':'https://cdn.discordapp.com/avatars/3/b.png',"
            + "'created_at':'2026-11-24T03:10:00.123456'},"
            + "{'discord_id':555,'username':'bob'}]");
    assertThat(result.users()).hasSize(2);
    assertAlice(result.users().get(0));
    assertBob(result.users().get(1));
    assertThat(result.created()).isEqualTo(1);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.total()).isEqualTo(2);
  }

  @Test
  void batchOfNoUsersSendsEmptyArray() throws Exception {
    wire.enqueueJson(201, "{'users':[],'created':0,'updated':0,'total':0}");

    UserBatchResult result = client.users().batch(UserBatch.of(List.of())).execute();

    wire.assertJson("POST", "/api/users/batch", "[]");
    assertThat(result.users()).isEmpty();
    assertThat(result.created()).isZero();
    assertThat(result.updated()).isZero();
    assertThat(result.total()).isZero();
  }

  @Test
  void batchOfExactly500UsersIsAccepted() {
    List<NewUser> users = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      users.add(NewUser.of(i, "user" + i));
    }

    assertThat(UserBatch.of(users).size()).isEqualTo(500);
  }

  @Test
  void newUserWithoutUsernameNamesTheMissingField() {
    assertThatThrownBy(() -> NewUser.builder().discordId(555).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("username");
  }

  @Test
  void newUserWithZeroSnowflakeIsRejected() {
    assertThatThrownBy(() -> NewUser.of(0, "bob"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discordId");
  }

  @Test
  void emptyUserUpdateIsRejected() {
    assertThatThrownBy(() -> UserUpdate.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UserUpdate");
  }
}

package dev.smarter.sdk.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.model.Bytes;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.BytesBalance;
import dev.smarter.sdk.model.BytesConfig;
import dev.smarter.sdk.model.BytesConfigUpdate;
import dev.smarter.sdk.model.BytesConfigUpsert;
import dev.smarter.sdk.model.BytesCooldown;
import dev.smarter.sdk.model.BytesQuery;
import dev.smarter.sdk.model.BytesRole;
import dev.smarter.sdk.model.BytesRoleUpdate;
import dev.smarter.sdk.model.LeaderboardEntry;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewBytesRole;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bytes endpoints on the wire, per API.md. */
class BytesWireTest extends WireTest {
  static final String AWARD =
      "{'id':31,'giver_id':2,'receiver_id':4,'guild_id':1,'amount':25,"
          + "'reason':'Great answer on generics','awarded_at':'2026-11-24T03:10:00.123456'}";
  static final String BARE_AWARD =
      "{'id':30,'giver_id':4,'receiver_id':2,'guild_id':1,'amount':1,'reason':null,"
          + "'awarded_at':'2026-11-24T03:10:00'}";
  static final String ROLE =
      "{'id':41,'guild_id':1,'role_id':9223372036854775807,'role_name':'Byte Baron',"
          + "'bytes_required':100,'created_at':'2026-11-24T03:10:00',"
          + "'updated_at':'2026-11-24T03:10:00.123456'}";
  static final String ROLE_2 =
      "{'id':42,'guild_id':1,'role_id':1111111111111111111,'role_name':'Kilobyte Knight',"
          + "'bytes_required':1000,'created_at':'2026-11-24T03:11:00',"
          + "'updated_at':'2026-11-24T03:11:00'}";
  static final String CONFIG =
      "{'id':51,'guild_id':1,'starting_balance':100,'daily_earning':10,'max_give_amount':50,"
          + "'cooldown_minutes':1440,'created_at':'2026-11-24T03:10:00',"
          + "'updated_at':'2026-11-24T03:10:00.123456'}";

  static void assertAward(Bytes bytes) {
    assertThat(bytes.id()).isEqualTo(31);
    assertThat(bytes.giverId()).isEqualTo(2);
    assertThat(bytes.receiverId()).isEqualTo(4);
    assertThat(bytes.guildId()).isEqualTo(1);
    assertThat(bytes.amount()).isEqualTo(25);
    assertThat(bytes.reason()).contains("Great answer on generics");
    assertThat(bytes.awardedAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
  }

  static void assertBareAward(Bytes bytes) {
    assertThat(bytes.id()).isEqualTo(30);
    assertThat(bytes.giverId()).isEqualTo(4);
    assertThat(bytes.receiverId()).isEqualTo(2);
    assertThat(bytes.guildId()).isEqualTo(1);
    assertThat(bytes.amount()).isEqualTo(1);
    assertThat(bytes.reason()).isEmpty();
    assertThat(bytes.awardedAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  static void assertRole(BytesRole role) {
    assertThat(role.id()).isEqualTo(41);
    assertThat(role.guildId()).isEqualTo(1);
    assertThat(role.roleId()).isEqualTo(Long.MAX_VALUE);
    assertThat(role.roleName()).isEqualTo("Byte Baron");
    assertThat(role.bytesRequired()).isEqualTo(100);
    assertThat(role.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
    assertThat(role.updatedAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
  }

  static void assertRole2(BytesRole role) {
    assertThat(role.id()).isEqualTo(42);
    assertThat(role.guildId()).isEqualTo(1);
    assertThat(role.roleId()).isEqualTo(1111111111111111111L);
    assertThat(role.roleName()).isEqualTo("Kilobyte Knight");
    assertThat(role.bytesRequired()).isEqualTo(1000);
    assertThat(role.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:11:00Z"));
    assertThat(role.updatedAt()).isEqualTo(Instant.parse("2026-11-24T03:11:00Z"));
  }

  static void assertConfig(BytesConfig config) {
    assertThat(config.id()).isEqualTo(51);
    assertThat(config.guildId()).isEqualTo(1);
    assertThat(config.startingBalance()).isEqualTo(100);
    assertThat(config.dailyEarning()).isEqualTo(10);
    assertThat(config.maxGiveAmount()).isEqualTo(50);
    assertThat(config.cooldownMinutes()).isEqualTo(1440);
    assertThat(config.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
    assertThat(config.updatedAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
  }

  // ---- awards

  @Test
  void listsAllAwardsFromEnvelope() throws Exception {
    wire.enqueueJson(200, "{'bytes':[" + AWARD + "," + BARE_AWARD + "]}");

    List<Bytes> awards = client.bytes().list().execute();

    wire.assertGet("/api/bytes");
    assertThat(awards).hasSize(2);
    assertAward(awards.get(0));
    assertBareAward(awards.get(1));
  }

  @Test
  void listByQuerySendsEveryFilter() throws Exception {
    wire.enqueueJson(200, "{'bytes':[" + AWARD + "]}");

    List<Bytes> awards =
        client
            .bytes()
            .list(BytesQuery.builder().guildId(1L).userId(2L).giverId(2L).receiverId(4L).build())
            .execute();

    wire.assertGet("/api/bytes?guild_id=1&user_id=2&giver_id=2&receiver_id=4");
    assertThat(awards).hasSize(1);
    assertAward(awards.get(0));
  }

  @Test
  void listByQuerySendsOnlySetFilters() throws Exception {
    wire.enqueueJson(200, "{'bytes':[]}");

    List<Bytes> awards = client.bytes().list(BytesQuery.builder().userId(2L).build()).execute();

    wire.assertGet("/api/bytes?user_id=2");
    assertThat(awards).isEmpty();
  }

  @Test
  void listWithNullableArgumentsSkipsNulls() throws Exception {
    wire.enqueueJson(200, "{'bytes':[" + BARE_AWARD + "]}");

    List<Bytes> awards = client.bytes().list(1L, null, null, 2L).execute();

    wire.assertGet("/api/bytes?guild_id=1&receiver_id=2");
    assertBareAward(awards.get(0));
  }

  @Test
  void getsAwardById() throws Exception {
    wire.enqueueJson(200, AWARD);

    Bytes award = client.bytes().get(31).execute();

    wire.assertGet("/api/bytes/31");
    assertAward(award);
  }

  @Test
  void getReadsNullReasonAsEmpty() throws Exception {
    wire.enqueueJson(200, BARE_AWARD);

    Bytes award = client.bytes().get(30).execute();

    wire.assertGet("/api/bytes/30");
    assertBareAward(award);
  }

  @Test
  void giveSendsRequiredFieldsAndDefaultAmount() throws Exception {
    wire.enqueueJson(
        201,
        "{'bytes':" + BARE_AWARD + ",'giver_balance':49,'receiver_balance':151,'earned_roles':[]}");

    BytesAward result =
        client
            .bytes()
            .give(NewBytesAward.builder().giverId(4).receiverId(2).guildId(1).build())
            .execute();

    wire.assertJson("POST", "/api/bytes", "{'giver_id':4,'receiver_id':2,'guild_id':1,'amount':1}");
    assertBareAward(result.bytes());
    assertThat(result.giverBalance()).contains(49L);
    assertThat(result.receiverBalance()).contains(151L);
    assertThat(result.earnedRoles()).contains(List.of());
  }

  @Test
  void giveSendsEveryFieldAndReadsAward() throws Exception {
    wire.enqueueJson(
        201,
        "{'bytes':"
            + AWARD
            + ",'giver_balance':25,'receiver_balance':1175,'earned_roles':["
            + ROLE
            + ","
            + ROLE_2
            + "]}");

    BytesAward result =
        client
            .bytes()
            .give(
                NewBytesAward.builder()
                    .giverId(2)
                    .receiverId(4)
                    .guildId(1)
                    .amount(25)
                    .reason("Great answer on generics")
                    .awardedAt(Instant.parse("2026-11-24T03:10:00.123456Z"))
                    .build())
            .execute();

    wire.assertJson(
        "POST",
        "/api/bytes",
        "{'giver_id':2,'receiver_id':4,'guild_id':1,'amount':25,"
            + "'reason':'Great answer on generics','awarded_at':'2026-11-24T03:10:00.123456'}");
    assertAward(result.bytes());
    assertThat(result.giverBalance()).contains(25L);
    assertThat(result.receiverBalance()).contains(1175L);
    assertThat(result.earnedRoles().orElseThrow()).hasSize(2);
    assertRole(result.earnedRoles().orElseThrow().get(0));
    assertRole2(result.earnedRoles().orElseThrow().get(1));
  }

  @Test
  void giveAsyncCompletesWithAward() throws Exception {
    wire.enqueueJson(
        201, "{'bytes':" + AWARD + ",'giver_balance':25,'receiver_balance':125,'earned_roles':[]}");

    BytesAward result =
        client
            .bytes()
            .give(
                NewBytesAward.builder()
                    .giverId(2)
                    .receiverId(4)
                    .guildId(1)
                    .amount(25)
                    .reason("Great answer on generics")
                    .build())
            .executeAsync()
            .get(10, TimeUnit.SECONDS);

    wire.assertJson(
        "POST",
        "/api/bytes",
        "{'giver_id':2,'receiver_id':4,'guild_id':1,'amount':25,"
            + "'reason':'Great answer on generics'}");
    assertAward(result.bytes());
    assertThat(result.giverBalance()).contains(25L);
    assertThat(result.receiverBalance()).contains(125L);
  }

  @Test
  void awardWithoutReceiverNamesTheMissingField() {
    assertThatThrownBy(() -> NewBytesAward.builder().giverId(2).guildId(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("receiverId");
  }

  // ---- config

  @Test
  void getsConfigOfGuild() throws Exception {
    wire.enqueueJson(200, CONFIG);

    BytesConfig config = client.bytes().config(1).execute();

    wire.assertGet("/api/bytes/config/1");
    assertConfig(config);
  }

  @Test
  void upsertConfigSendsOnlyGuildIdWhenNothingElseSet() throws Exception {
    wire.enqueueJson(201, CONFIG);

    BytesConfig config =
        client.bytes().upsertConfig(BytesConfigUpsert.builder().guildId(1).build()).execute();

    wire.assertJson("POST", "/api/bytes/config", "{'guild_id':1}");
    assertConfig(config);
  }

  @Test
  void upsertConfigSendsEverySetField() throws Exception {
    wire.enqueueJson(201, CONFIG);

    client
        .bytes()
        .upsertConfig(
            BytesConfigUpsert.builder()
                .guildId(1)
                .startingBalance(100L)
                .dailyEarning(10L)
                .maxGiveAmount(50L)
                .cooldownMinutes(1440L)
                .build())
        .execute();

    wire.assertJson(
        "POST",
        "/api/bytes/config",
        "{'guild_id':1,'starting_balance':100,'daily_earning':10,'max_give_amount':50,"
            + "'cooldown_minutes':1440}");
  }

  @Test
  void upsertConfigSendsOnlySomeFields() throws Exception {
    wire.enqueueJson(201, CONFIG);

    client
        .bytes()
        .upsertConfig(BytesConfigUpsert.builder().guildId(1).cooldownMinutes(0L).build())
        .execute();

    wire.assertJson("POST", "/api/bytes/config", "{'guild_id':1,'cooldown_minutes':0}");
  }

  @Test
  void updateConfigSendsOnlySetKeys() throws Exception {
    wire.enqueueJson(200, CONFIG);

    BytesConfig config =
        client
            .bytes()
            .updateConfig(
                1, BytesConfigUpdate.builder().maxGiveAmount(50).cooldownMinutes(1440).build())
            .execute();

    wire.assertJson("PUT", "/api/bytes/config/1", "{'max_give_amount':50,'cooldown_minutes':1440}");
    assertConfig(config);
  }

  @Test
  void updateConfigSendsEveryKeySet() throws Exception {
    wire.enqueueJson(200, CONFIG);

    client
        .bytes()
        .updateConfig(
            1,
            BytesConfigUpdate.builder()
                .startingBalance(100)
                .dailyEarning(10)
                .maxGiveAmount(50)
                .cooldownMinutes(1440)
                .build())
        .execute();

    wire.assertJson(
        "PUT",
        "/api/bytes/config/1",
        "{'starting_balance':100,'daily_earning':10,'max_give_amount':50,'cooldown_minutes':1440}");
  }

  @Test
  void emptyConfigUpdateIsRejected() {
    assertThatThrownBy(() -> BytesConfigUpdate.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  // ---- roles

  @Test
  void listsRolesOfGuildFromEnvelope() throws Exception {
    wire.enqueueJson(200, "{'roles':[" + ROLE + "," + ROLE_2 + "]}");

    List<BytesRole> roles = client.bytes().roles(1).execute();

    wire.assertGet("/api/bytes/roles/1");
    assertThat(roles).hasSize(2);
    assertRole(roles.get(0));
    assertRole2(roles.get(1));
  }

  @Test
  void createRoleSendsEveryField() throws Exception {
    wire.enqueueJson(201, ROLE);

    BytesRole role =
        client
            .bytes()
            .createRole(
                NewBytesRole.builder()
                    .guildId(1)
                    .roleId(Long.MAX_VALUE)
                    .roleName("Byte Baron")
                    .bytesRequired(100)
                    .build())
            .execute();

    wire.assertJson(
        "POST",
        "/api/bytes/roles",
        "{'guild_id':1,'role_id':9223372036854775807,'role_name':'Byte Baron',"
            + "'bytes_required':100}");
    assertRole(role);
  }

  @Test
  void newRoleWithoutNameNamesTheMissingField() {
    assertThatThrownBy(() -> NewBytesRole.builder().guildId(1).roleId(5).bytesRequired(100).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("roleName");
  }

  @Test
  void updateRoleSendsOnlyName() throws Exception {
    wire.enqueueJson(200, ROLE);

    BytesRole role =
        client
            .bytes()
            .updateRole(41, BytesRoleUpdate.builder().roleName("Byte Baron").build())
            .execute();

    wire.assertJson("PUT", "/api/bytes/roles/41", "{'role_name':'Byte Baron'}");
    assertRole(role);
  }

  @Test
  void updateRoleSendsNameAndThreshold() throws Exception {
    wire.enqueueJson(200, ROLE);

    client
        .bytes()
        .updateRole(41, BytesRoleUpdate.builder().bytesRequired(100).roleName("Byte Baron").build())
        .execute();

    wire.assertJson(
        "PUT", "/api/bytes/roles/41", "{'bytes_required':100,'role_name':'Byte Baron'}");
  }

  @Test
  void deleteRoleSendsDeleteAndYieldsNull() throws Exception {
    wire.enqueueJson(200, "{'success': true}");

    assertThat(client.bytes().deleteRole(41).execute()).isNull();

    wire.assertBodiless("DELETE", "/api/bytes/roles/41");
  }

  @Test
  void deleteRoleAsyncCompletesWithNull() throws Exception {
    wire.enqueueJson(200, "{'success': true}");

    assertThat(client.bytes().deleteRole(41).executeAsync().get(10, TimeUnit.SECONDS)).isNull();

    wire.assertBodiless("DELETE", "/api/bytes/roles/41");
  }

  @Test
  void deleteRoleRejectsNegativeIdBeforeSending() {
    assertThatThrownBy(() -> client.bytes().deleteRole(-41))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- cooldown, balance, leaderboard

  @Test
  void getsActiveCooldown() throws Exception {
    wire.enqueueJson(
        200,
        "{'id':61,'user_id':2,'guild_id':1,'last_given_at':'2026-11-24T03:10:00.123456',"
            + "'minutes_left':5,'cooldown_active':true}");

    BytesCooldown cooldown = client.bytes().cooldown(2, 1).execute();

    wire.assertGet("/api/bytes/cooldown/2/1");
    assertThat(cooldown.id()).isEqualTo(61);
    assertThat(cooldown.userId()).isEqualTo(2);
    assertThat(cooldown.guildId()).isEqualTo(1);
    assertThat(cooldown.lastGivenAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
    assertThat(cooldown.minutesLeft()).isEqualTo(5);
    assertThat(cooldown.cooldownActive()).isTrue();
  }

  @Test
  void getsExpiredCooldown() throws Exception {
    wire.enqueueJson(
        200,
        "{'id':62,'user_id':4,'guild_id':1,'last_given_at':'2026-11-20T00:00:00',"
            + "'minutes_left':0,'cooldown_active':false}");

    BytesCooldown cooldown = client.bytes().cooldown(4, 1).execute();

    wire.assertGet("/api/bytes/cooldown/4/1");
    assertThat(cooldown.id()).isEqualTo(62);
    assertThat(cooldown.userId()).isEqualTo(4);
    assertThat(cooldown.guildId()).isEqualTo(1);
    assertThat(cooldown.lastGivenAt()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(cooldown.minutesLeft()).isZero();
    assertThat(cooldown.cooldownActive()).isFalse();
  }

  @Test
  void cooldownRejectsNegativeGuildIdBeforeSending() {
    assertThatThrownBy(() -> client.bytes().cooldown(2, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getsBalanceWithoutGuild() throws Exception {
    wire.enqueueJson(
        200,
        "{'user_id':2,'username':'alice','bytes_balance':150,'bytes_received':200,"
            + "'bytes_given':50,'earned_roles':[]}");

    BytesBalance balance = client.bytes().balance(2).execute();

    wire.assertGet("/api/bytes/balance/2");
    assertThat(balance.userId()).isEqualTo(2);
    assertThat(balance.username()).isEqualTo("alice");
    assertThat(balance.bytesBalance()).isEqualTo(150);
    assertThat(balance.bytesReceived()).isEqualTo(200);
    assertThat(balance.bytesGiven()).isEqualTo(50);
    assertThat(balance.earnedRoles()).isEmpty();
  }

  @Test
  void getsBalanceInGuildWithEarnedRoles() throws Exception {
    wire.enqueueJson(
        200,
        "{'user_id':2,'username':'alice','bytes_balance':150,'bytes_received':120,"
            + "'bytes_given':30,'earned_roles':["
            + ROLE
            + "]}");

    BytesBalance balance = client.bytes().balance(2, 1).execute();

    wire.assertGet("/api/bytes/balance/2?guild_id=1");
    assertThat(balance.userId()).isEqualTo(2);
    assertThat(balance.username()).isEqualTo("alice");
    assertThat(balance.bytesBalance()).isEqualTo(150);
    assertThat(balance.bytesReceived()).isEqualTo(120);
    assertThat(balance.bytesGiven()).isEqualTo(30);
    assertThat(balance.earnedRoles()).hasSize(1);
    assertRole(balance.earnedRoles().get(0));
  }

  @Test
  void balanceRejectsNegativeGuildIdBeforeSending() {
    assertThatThrownBy(() -> client.bytes().balance(2, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  static final String LEADERBOARD =
      "{'guild_id':1,'leaderboard':["
          + "{'user_id':2,'username':'alice','bytes_balance':150,"
          + "'avatar_url':'https://cdn.discordapp.com/avatars/3/b.png'},"
          + "{'user_id':4,'username':'bob','bytes_balance':20,'avatar_url':null}]}";

  static void assertLeaderboard(List<LeaderboardEntry> entries) {
    assertThat(entries).hasSize(2);
    LeaderboardEntry first = entries.get(0);
    assertThat(first.userId()).isEqualTo(2);
    assertThat(first.username()).isEqualTo("alice");
    assertThat(first.bytesBalance()).isEqualTo(150);
    assertThat(first.avatarUrl()).contains("https://cdn.discordapp.com/avatars/3/b.png");
    LeaderboardEntry second = entries.get(1);
    assertThat(second.userId()).isEqualTo(4);
    assertThat(second.username()).isEqualTo("bob");
    assertThat(second.bytesBalance()).isEqualTo(20);
    assertThat(second.avatarUrl()).isEmpty();
  }

  @Test
  void getsLeaderboardFromEnvelope() throws Exception {
    wire.enqueueJson(200, LEADERBOARD);

    List<LeaderboardEntry> entries = client.bytes().leaderboard(1).execute();

    wire.assertGet("/api/bytes/leaderboard/1");
    assertLeaderboard(entries);
  }

  @Test
  void getsLeaderboardWithLimit() throws Exception {
    wire.enqueueJson(200, LEADERBOARD);

    List<LeaderboardEntry> entries = client.bytes().leaderboard(1, 25).execute();

    wire.assertGet("/api/bytes/leaderboard/1?limit=25");
    assertLeaderboard(entries);
  }

  @Test
  void leaderboardAsyncCompletesWithEntries() throws Exception {
    wire.enqueueJson(200, LEADERBOARD);

    List<LeaderboardEntry> entries =
        client.bytes().leaderboard(1, 2).executeAsync().get(10, TimeUnit.SECONDS);

    wire.assertGet("/api/bytes/leaderboard/1?limit=2");
    assertLeaderboard(entries);
  }

  @Test
  void leaderboardRejectsNegativeLimitBeforeSending() {
    assertThatThrownBy(() -> client.bytes().leaderboard(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void cooldownRejectsSnowflakeGuildIdBeforeSending() {
    assertThatThrownBy(() -> client.bytes().cooldown(1, 1_160_000_000_000_000_001L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guildId must be the server's row id");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void leaderboardOfNobodyIsEmpty() throws Exception {
    wire.enqueueJson(200, "{'guild_id':1,'leaderboard':[]}");

    assertThat(client.bytes().leaderboard(1, 0).execute()).isEmpty();
    wire.assertGet("/api/bytes/leaderboard/1?limit=0");
  }
}

package dev.smarter.sdk.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.GuildUpdate;
import dev.smarter.sdk.model.NewGuild;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The guild endpoints on the wire, per API.md. */
class GuildsWireTest extends WireTest {
  static final String GUILD =
      "{'id':7,'discord_id':1234567890123456789,'name':'Smarter Dev',"
          + "'icon_url':'https://cdn.discordapp.com/icons/1/a.png',"
          + "'joined_at':'2026-11-24T03:10:00','created_at':'2026-11-24T03:10:00.123456'}";
  static final String BARE_GUILD =
      "{'id':8,'discord_id':42,'name':'Bare','icon_url':null,'joined_at':null,"
          + "'created_at':'2026-01-02T00:00:00'}";

  static void assertFullGuild(Guild guild) {
    assertThat(guild.id()).isEqualTo(7);
    assertThat(guild.discordId()).isEqualTo(1234567890123456789L);
    assertThat(guild.name()).isEqualTo("Smarter Dev");
    assertThat(guild.iconUrl()).contains("https://cdn.discordapp.com/icons/1/a.png");
    assertThat(guild.joinedAt()).contains(Instant.parse("2026-11-24T03:10:00Z"));
    assertThat(guild.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
  }

  static void assertBareGuild(Guild guild) {
    assertThat(guild.id()).isEqualTo(8);
    assertThat(guild.discordId()).isEqualTo(42);
    assertThat(guild.name()).isEqualTo("Bare");
    assertThat(guild.iconUrl()).isEmpty();
    assertThat(guild.joinedAt()).isEmpty();
    assertThat(guild.createdAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
  }

  @Test
  void missingBodyIsRefusedWhenTheCallIsMadeNamingTheParameter() {
    assertThatThrownBy(() -> client.guilds().create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("guild == null");
    assertThatThrownBy(() -> client.guilds().update(7, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("update == null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listsGuildsFromEnvelope() throws Exception {
    wire.enqueueJson(200, "{'guilds':[" + GUILD + "," + BARE_GUILD + "]}");

    List<Guild> guilds = client.guilds().list().execute();

    wire.assertGet("/api/guilds");
    assertThat(guilds).hasSize(2);
    assertFullGuild(guilds.get(0));
    assertBareGuild(guilds.get(1));
  }

  @Test
  void listsNoGuildsFromEmptyEnvelope() throws Exception {
    wire.enqueueJson(200, "{'guilds':[]}");

    assertThat(client.guilds().list().execute()).isEmpty();
    wire.assertGet("/api/guilds");
  }

  @Test
  void getsGuildById() throws Exception {
    wire.enqueueJson(200, GUILD);

    Guild guild = client.guilds().get(7).execute();

    wire.assertGet("/api/guilds/7");
    assertFullGuild(guild);
  }

  @Test
  void getReadsNullOptionalFieldsAsEmpty() throws Exception {
    wire.enqueueJson(200, BARE_GUILD);

    Guild guild = client.guilds().get(8).execute();

    wire.assertGet("/api/guilds/8");
    assertBareGuild(guild);
  }

  @Test
  void getSkipsUnknownFields() throws Exception {
    wire.enqueueJson(
        200,
        "{'id':7,'discord_id':1234567890123456789,'name':'Smarter Dev','features':['NEWS'],"
            + "'icon_url':'https://cdn.discordapp.com/icons/1/a.png',"
            + "'joined_at':'2026-11-24T03:10:00','owner':{'id':1},"
            + "'created_at':'2026-11-24T03:10:00.123456'}");

    Guild guild = client.guilds().get(7).execute();

    wire.assertGet("/api/guilds/7");
    assertFullGuild(guild);
  }

  @Test
  void getAsyncCompletesWithGuild() throws Exception {
    wire.enqueueJson(200, GUILD);

    CompletableFuture<Guild> future = client.guilds().get(7).executeAsync();

    assertFullGuild(future.get(10, TimeUnit.SECONDS));
    wire.assertGet("/api/guilds/7");
  }

  @Test
  void getRejectsNegativeIdBeforeSending() {
    assertThatThrownBy(() -> client.guilds().get(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getRejectsDiscordSnowflakeInPlaceOfRowIdBeforeSending() {
    assertThatThrownBy(() -> client.guilds().get(1_160_000_000_000_000_001L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must be the server's row id")
        .hasMessageContaining("looks like a Discord snowflake");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void createWithNullOptionalsSendsOnlyRequiredFields() throws Exception {
    wire.enqueueJson(201, BARE_GUILD);

    client
        .guilds()
        .create(NewGuild.builder().discordId(42).name("Bare").iconUrl(null).build())
        .execute();

    wire.assertJson("POST", "/api/guilds", "{'discord_id':42,'name':'Bare'}");
  }

  @Test
  void createSendsOnlyRequiredFields() throws Exception {
    wire.enqueueJson(201, BARE_GUILD);

    Guild guild = client.guilds().create(NewGuild.of(42, "Bare")).execute();

    wire.assertJson("POST", "/api/guilds", "{'discord_id':42,'name':'Bare'}");
    assertBareGuild(guild);
  }

  @Test
  void createSendsAllFieldsWithNaiveDatetime() throws Exception {
    wire.enqueueJson(201, GUILD);

    Guild guild =
        client
            .guilds()
            .create(
                NewGuild.builder()
                    .discordId(1234567890123456789L)
                    .name("Smarter Dev")
                    .iconUrl("https://cdn.discordapp.com/icons/1/a.png")
                    .joinedAt(Instant.parse("2026-11-24T03:10:00Z"))
                    .build())
            .execute();

    wire.assertJson(
        "POST",
        "/api/guilds",
        "{'discord_id':1234567890123456789,'name':'Smarter Dev',"
            + "'icon_url':'https://cdn.discordapp.com/icons/1/a.png',"
            + "'joined_at':'2026-11-24T03:10:00'}");
    assertFullGuild(guild);
  }

  @Test
  void createSendsMicrosecondsAndTruncatesNanos() throws Exception {
    wire.enqueueJson(201, GUILD);

    client
        .guilds()
        .create(
            NewGuild.builder()
                .discordId(42)
                .name("Bare")
                .joinedAt(Instant.parse("2026-11-24T03:10:00.123456789Z"))
                .build())
        .execute();

    wire.assertJson(
        "POST",
        "/api/guilds",
        "{'discord_id':42,'name':'Bare','joined_at':'2026-11-24T03:10:00.123456'}");
  }

  @Test
  void createPadsShortFractionToSixDigits() throws Exception {
    wire.enqueueJson(201, GUILD);

    client
        .guilds()
        .create(
            NewGuild.builder()
                .discordId(42)
                .name("Bare")
                .joinedAt(Instant.parse("2026-11-24T03:10:00.100Z"))
                .build())
        .execute();

    wire.assertJson(
        "POST",
        "/api/guilds",
        "{'discord_id':42,'name':'Bare','joined_at':'2026-11-24T03:10:00.100000'}");
  }

  @Test
  void createReturnsExistingGuildOn200() throws Exception {
    wire.enqueueJson(200, GUILD);

    Guild guild = client.guilds().create(NewGuild.of(1234567890123456789L, "Other name")).execute();

    wire.assertJson(
        "POST", "/api/guilds", "{'discord_id':1234567890123456789,'name':'Other name'}");
    assertFullGuild(guild);
  }

  @Test
  void createRoundTripsLargestSnowflake() throws Exception {
    wire.enqueueJson(
        201,
        "{'id':9,'discord_id':9223372036854775807,'name':'Max','icon_url':null,"
            + "'joined_at':'2026-11-24T03:10:00','created_at':'2026-11-24T03:10:00'}");

    Guild guild = client.guilds().create(NewGuild.of(Long.MAX_VALUE, "Max")).execute();

    wire.assertJson("POST", "/api/guilds", "{'discord_id':9223372036854775807,'name':'Max'}");
    assertThat(guild.discordId()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void updateSendsOnlyName() throws Exception {
    wire.enqueueJson(200, GUILD);

    Guild guild =
        client.guilds().update(7, GuildUpdate.builder().name("Smarter Dev").build()).execute();

    wire.assertJson("PUT", "/api/guilds/7", "{'name':'Smarter Dev'}");
    assertFullGuild(guild);
  }

  @Test
  void updateSendsExplicitNullToClearIcon() throws Exception {
    wire.enqueueJson(200, BARE_GUILD);

    Guild guild = client.guilds().update(8, GuildUpdate.builder().iconUrl(null).build()).execute();

    wire.assertJson("PUT", "/api/guilds/8", "{'icon_url':null}");
    assertBareGuild(guild);
  }

  @Test
  void updateSendsNameAndIconInOrderSet() throws Exception {
    wire.enqueueJson(200, GUILD);

    client
        .guilds()
        .update(
            7,
            GuildUpdate.builder()
                .iconUrl("https://cdn.discordapp.com/icons/1/a.png")
                .name("Smarter Dev")
                .build())
        .execute();

    wire.assertJson(
        "PUT",
        "/api/guilds/7",
        "{'icon_url':'https://cdn.discordapp.com/icons/1/a.png','name':'Smarter Dev'}");
  }

  @Test
  void updateRejectsNegativeIdBeforeSending() {
    GuildUpdate update = GuildUpdate.builder().name("x").build();

    assertThatThrownBy(() -> client.guilds().update(-1, update))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}

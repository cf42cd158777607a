package dev.smarter.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.testkit.RecordedApiRequest;
import dev.smarter.testkit.SeededGuild;
import dev.smarter.testkit.SeededUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes on Discord reach the API through the bot's listeners: guild renames and icons, member
 * joins, username and avatar changes. The API already knows the guild and alice, as after an
 * earlier sync, so each change costs one request and no listing.
 */
class ChangesTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  private FakeDiscord discord;
  private FakeUser alice;
  private FakeGuild guild;
  private SeededGuild guildRow;
  private SeededUser aliceRow;

  @BeforeEach
  void startTheBotInAGuildTheApiKnows() throws Exception {
    discord = e2e.discord();
    alice = discord.createUser("alice");
    guild = discord.createGuild("Smarter Dev", List.of(alice));
    guildRow = e2e.api().seedGuild(guild.id(), "Smarter Dev");
    aliceRow = e2e.api().seedUser(alice.id(), "alice");
    e2e.startBot();
    e2e.api().clearRecordedRequests();
  }

  @Test
  void aGuildRenameUpdatesTheGuildsName() throws Exception {
    guild.rename("Smarter Dev Community");

    RecordedApiRequest update = e2e.awaitApiRequests("PUT", "/api/guilds/", 1).get(0);
    assertThat(update.path()).isEqualTo("/api/guilds/" + guildRow.id());
    assertThat(update.body()).isEqualTo("{\"name\":\"Smarter Dev Community\"}");
    assertThat(e2e.api().recordedRequests()).containsExactly(update);
    Guild row = e2e.apiClient().guilds().get(guildRow.id()).execute();
    assertThat(row.name()).isEqualTo("Smarter Dev Community");
  }

  @Test
  void aGuildIconChangeUpdatesTheIconUrl() throws Exception {
    guild.changeIcon("0123456789abcdef0123456789abcdef");

    e2e.awaitApiRequests("PUT", "/api/guilds/" + guildRow.id(), 1);
    Guild row = e2e.apiClient().guilds().get(guildRow.id()).execute();
    assertThat(row.iconUrl()).contains(guild.iconUrl());
    assertThat(row.name()).isEqualTo("Smarter Dev");
  }

  @Test
  void aMemberJoinCreatesTheUserWithTheDiscordJoinTimeAsCreatedAt() throws Exception {
    FakeUser bob = discord.createUser("bob");

    guild.addMember(bob);

    e2e.awaitApiRequests("POST", "/api/users", 1);
    DiscordUser row = e2e.apiClient().users().findByDiscordId(bob.id()).execute().orElseThrow();
    assertThat(row.username()).isEqualTo("bob");
    assertThat(row.createdAt()).isEqualTo(guild.joinedAt(bob));
  }

  @Test
  void aUsernameChangeUpdatesTheUserWithOneRequest() throws Exception {
    alice.rename("alice_dev");

    RecordedApiRequest update = e2e.awaitApiRequests("PUT", "/api/users/", 1).get(0);
    assertThat(e2e.api().recordedRequests()).containsExactly(update);
    assertThat(update.path()).isEqualTo("/api/users/" + aliceRow.id());
    assertThat(update.body()).contains("\"username\":\"alice_dev\"");
    assertThat(e2e.apiClient().users().get(aliceRow.id()).execute().username())
        .isEqualTo("alice_dev");
  }

  @Test
  void anAvatarChangeUpdatesTheAvatarUrl() throws Exception {
    alice.changeAvatar("fedcba9876543210fedcba9876543210");

    e2e.awaitApiRequests("PUT", "/api/users/" + aliceRow.id(), 1);
    DiscordUser row = e2e.apiClient().users().get(aliceRow.id()).execute();
    assertThat(row.avatarUrl())
        .hasValueSatisfying(url -> assertThat(url).startsWith(alice.avatarUrl()));
  }
}

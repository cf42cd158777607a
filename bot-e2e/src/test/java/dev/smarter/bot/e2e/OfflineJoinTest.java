package dev.smarter.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayCommand;
import dev.smarter.sdk.model.Guild;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.SeededGuild;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guilds that become available rather than joined: at start, those the bot joined while it was
 * offline (synced with their members when the API does not know them; known ones cost nothing), and
 * a guild back from a Discord outage (changes made meanwhile reach the API).
 */
class OfflineJoinTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void atStartAGuildTheApiDoesNotKnowIsSyncedWithItsMembersAndAKnownOneIsLeftAlone()
      throws Exception {
    FakeDiscord discord = e2e.discord();
    List<FakeUser> members = new ArrayList<>(discord.createUsers("member", 148));
    members.add(discord.createBotUser("helper"));
    FakeGuild joinedOffline = discord.createGuild("Joined Offline", members);
    FakeUser alice = discord.createUser("alice");
    FakeGuild known = discord.createGuild("Known", List.of(alice));
    SeededGuild knownRow = e2e.api().seedGuild(known.id(), "Known");
    e2e.startBot();

    // Guild events wait their turn behind the start's syncs: once this rename is in the API, the
    // start's syncs are done.
    known.rename("Known, Renamed");
    e2e.awaitApiRequests("PUT", "/api/guilds/" + knownRow.id(), 1);

    assertThat(e2e.apiWrites())
        .extracting(request -> request.method() + " " + request.path())
        .containsExactly(
            "POST /api/guilds",
            "POST /api/users/batch",
            "POST /api/users/batch",
            "PUT /api/guilds/" + knownRow.id());
    assertThat(e2e.api().rowCount(FakeTable.USERS)).as("148 members and the owner").isEqualTo(149);
    assertThat(e2e.apiClient().guilds().list().execute())
        .extracting(Guild::discordId, Guild::name)
        .containsExactlyInAnyOrder(
            tuple(joinedOffline.id(), "Joined Offline"), tuple(known.id(), "Known, Renamed"));
    assertThat(
            discord
                .gatewayCommands()
                .matching(command -> command.op() == GatewayCommand.REQUEST_GUILD_MEMBERS))
        .as(
            "with the GUILD_PRESENCES intent, guilds of up to 250 members come complete in"
                + " GUILD_CREATE")
        .isEmpty();
  }

  @Test
  void aGuildRenamedDuringADiscordOutageIsUpdatedWhenItBecomesAvailableAgain() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of(alice));
    SeededGuild row = e2e.api().seedGuild(guild.id(), "Smarter Dev");
    e2e.startBot();

    guild.startOutage();
    guild.rename("Smarter Dev, Renamed During The Outage");
    guild.endOutage();

    e2e.awaitApiRequests("PUT", "/api/guilds/" + row.id(), 1);
    assertThat(e2e.apiClient().guilds().get(row.id()).execute().name())
        .isEqualTo("Smarter Dev, Renamed During The Outage");
    assertThat(e2e.apiWrites()).as("the members of a known guild are not synced again").hasSize(1);
  }
}

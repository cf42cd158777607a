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
 * The bot starts in guilds it joined while it was offline: Discord reports them as available, not
 * as joins. Those the API does not know are synced with their members; those it knows cost nothing.
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
}

package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayCommand;
import dev.smarter.bot.e2e.discord.GatewayDispatch;
import dev.smarter.sdk.model.Guild;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.RecordedApiRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot joins a large guild: Javacord fetches the members in chunks, the bot syncs them all. */
class GuildJoinTest {
  private static final int HUMANS = 2_969;
  private static final int OTHER_BOTS = 29;

  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void joiningA3000MemberGuildFetchesEveryMemberThenSyncsTheHumansInBatchesOf100()
      throws Exception {
    FakeDiscord discord = e2e.discord();
    List<FakeUser> members = new ArrayList<>(discord.createUsers("member", HUMANS));
    for (int i = 1; i <= OTHER_BOTS; i++) {
      members.add(discord.createBotUser("helper" + i));
    }
    e2e.startBot();

    FakeGuild guild = discord.createGuild("Big Guild", members);

    assertThat(guild.memberIds()).hasSize(3_000);
    List<RecordedApiRequest> batches = e2e.awaitApiRequests("POST", "/api/users/batch", 30);
    Await.until(
        () -> e2e.api().rowCount(FakeTable.USERS) == HUMANS + 1,
        TIMEOUT,
        () -> (HUMANS + 1) + " users in the API, got " + e2e.api().rowCount(FakeTable.USERS));
    assertThat(batches).hasSize(30);
    assertThat(batches.stream().mapToInt(GuildJoinTest::usersIn).sum()).isEqualTo(HUMANS + 1);
    assertThat(batches).allSatisfy(batch -> assertThat(usersIn(batch)).isBetween(1, 100));
    assertThat(e2e.apiRequests("POST", "/api/guilds")).hasSize(1);
    List<Guild> guilds = e2e.apiClient().guilds().list().execute();
    assertThat(guilds)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.discordId()).isEqualTo(guild.id());
              assertThat(row.name()).isEqualTo("Big Guild");
            });

    List<GatewayCommand> requests =
        discord
            .gatewayCommands()
            .matching(command -> command.op() == GatewayCommand.REQUEST_GUILD_MEMBERS);
    assertThat(requests)
        .singleElement()
        .satisfies(
            request ->
                assertThat(request.fields())
                    .containsEntry("guild_id", Long.toUnsignedString(guild.id()))
                    .containsEntry("query", "")
                    .containsEntry("limit", 0.0));
    assertThat(discord.dispatches().matching(d -> d.type().equals("GUILD_MEMBERS_CHUNK")))
        .hasSize(3);
    assertSequenceNumbersRunFromOne(discord.dispatches().all());
  }

  private static int usersIn(RecordedApiRequest batch) {
    return countOccurrences(batch.body(), "\"discord_id\"");
  }

  private static int countOccurrences(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }

  private static void assertSequenceNumbersRunFromOne(List<GatewayDispatch> dispatches) {
    assertThat(dispatches).isNotEmpty();
    for (int i = 0; i < dispatches.size(); i++) {
      assertThat(dispatches.get(i).seq()).as("dispatch %s", dispatches.get(i)).isEqualTo(i + 1);
    }
  }
}

package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.SeededGuild;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Smarter Dev API fails while Discord keeps working: the bot answers, reports, recovers. */
class ApiOutageTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void theBotKeepsAnsweringOnDiscordWhileTheApiFailsAndCatchesUpWhenItIsBack() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of(alice));
    FakeChannel general = guild.general();
    SeededGuild guildRow = e2e.api().seedGuild(guild.id(), "Smarter Dev");
    e2e.startBot();
    e2e.api().faults().enqueue(Fault.status(503).times(1_000));

    general.send(alice, "!ping");
    BotMessage ping = discord.messages().await(message -> true, TIMEOUT);
    assertThat(ping.content())
        .startsWith("Pong! Gateway latency: ")
        .contains(", API round trip: failed (GET /api/guilds failed: HTTP 503");

    guild.rename("Renamed During The Outage");
    general.send(discord.owner(), "!sync");
    BotMessage sync =
        discord.messages().await(message -> message.content().startsWith("Sync failed"), TIMEOUT);
    assertThat(sync.content())
        .startsWith("Sync failed: PUT /api/guilds/" + guildRow.id() + " failed: HTTP 503");

    e2e.api().faults().clear();
    general.send(alice, "!ping");
    BotMessage recovered =
        discord.messages().await(message -> message.content().contains("ms."), TIMEOUT);
    assertThat(recovered.content()).matches("Pong! .* API round trip: \\d+ ms\\.");
    guild.rename("Smarter Dev After The Outage");
    Await.until(
        () ->
            e2e.apiClient()
                .guilds()
                .get(guildRow.id())
                .execute()
                .name()
                .equals("Smarter Dev After The Outage"),
        TIMEOUT,
        () -> "the guild's new name in the API");
  }
}

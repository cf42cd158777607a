package dev.smarter.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.smarter.bot.Command;
import dev.smarter.bot.DiscordBot;
import dev.smarter.bot.GuildSynchronizer;
import dev.smarter.bot.e2e.discord.CommandRegistration;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayClosure;
import dev.smarter.bot.e2e.discord.GatewayCommand;
import dev.smarter.bot.e2e.discord.GatewayIntent;
import dev.smarter.bot.e2e.discord.RestCall;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot's start: the API cache, the Discord login, the intents, the slash commands. */
class LoginTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void fillsItsCacheFromTheApiThenLogsInAndRegistersBothSlashCommandsGlobally() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeUser bob = discord.createUser("bob");
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of(alice, bob));
    e2e.api().seedGuild(guild.id(), "Smarter Dev");
    e2e.api().seedUser(alice.id(), "alice");
    e2e.api().seedUser(bob.id(), "bob");

    EndToEnd.RunningBot bot = e2e.startBot();

    assertThat(bot.events().synchronizer().cacheSize())
        .isEqualTo(new GuildSynchronizer.CacheSize(1, 2));
    assertThat(e2e.apiRequests("GET", "/api/guilds")).hasSize(1);
    assertThat(e2e.apiRequests("GET", "/api/users")).hasSize(1);
    assertThat(bot.discordBot().describe())
        .isEqualTo(
            discord.bot().username()
                + "#"
                + discord.bot().discriminator()
                + " in 1 servers (1 shard)");
    assertThat(discord.restCalls().all())
        .contains(
            new RestCall("GET", "/api/v10/oauth2/applications/@me", 200),
            new RestCall(
                "PUT", "/api/v10/applications/" + discord.applicationId() + "/commands", 200));
    CommandRegistration registration = discord.commandRegistrations().all().get(0);
    assertThat(discord.commandRegistrations().all()).hasSize(1);
    assertThat(registration.guildId()).isNull();
    assertThat(registration.commands())
        .extracting(CommandRegistration.Command::name, CommandRegistration.Command::description)
        .contains(
            tuple("ping", Command.PING.description()), tuple("sync", Command.SYNC.description()));
    assertThat(registration.commands())
        .extracting(CommandRegistration.Command::name)
        .containsAll(List.of("ping", "sync", "bytes", "warn", "cases", "case"));
  }

  @Test
  void identifiesWithTheThreePrivilegedIntentsTheReadmeAsksTheOwnerToEnable() throws Exception {
    FakeDiscord discord = e2e.discord();

    e2e.startBot();

    List<GatewayCommand> identifies =
        discord.gatewayCommands().matching(command -> command.op() == GatewayCommand.IDENTIFY);
    assertThat(identifies).hasSize(1);
    assertThat(identifies.get(0).intents())
        .containsAll(
            EnumSet.of(
                GatewayIntent.GUILDS,
                GatewayIntent.GUILD_MESSAGES,
                GatewayIntent.GUILD_MEMBERS,
                GatewayIntent.GUILD_PRESENCES,
                GatewayIntent.MESSAGE_CONTENT));
    assertThat(identifies.get(0).fields())
        .containsEntry("token", "[token]")
        .containsEntry("compress", true)
        .containsEntry("large_threshold", 250.0);
  }

  @Test
  void aTokenDiscordRefusesFailsTheLoginWithAMessageSayingWhatToCheck() {
    FakeDiscord discord = e2e.discord();

    assertThatThrownBy(() -> e2e.startBot("not-the-token"))
        .isInstanceOf(DiscordBot.LoginException.class)
        .hasMessageStartingWith("Discord refused the login")
        .hasMessageContaining("check SMARTER_DEV_BOT_TOKEN")
        .hasMessageNotContaining("not-the-token");
    assertThat(discord.gatewayClosures().all())
        .containsExactly(new GatewayClosure(4004, "Authentication failed.", false));
  }

  @Test
  void privilegedIntentsNotEnabledInTheDeveloperPortalFailTheLogin() {
    FakeDiscord discord =
        e2e.withDiscord(
                builder ->
                    builder.enabledPrivilegedIntents(
                        EnumSet.of(GatewayIntent.GUILD_MEMBERS, GatewayIntent.GUILD_PRESENCES)))
            .discord();

    assertThatThrownBy(e2e::startBot)
        .isInstanceOf(DiscordBot.LoginException.class)
        .hasMessageContaining("SERVER MEMBERS, PRESENCE and MESSAGE CONTENT intents are enabled");
    assertThat(discord.gatewayClosures().all())
        .containsExactly(new GatewayClosure(4014, "Disallowed intent(s).", false));
  }
}

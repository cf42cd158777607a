package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayClosure;
import dev.smarter.bot.e2e.discord.GatewayCommand;
import dev.smarter.bot.e2e.discord.GatewayDispatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discord asks the bot to reconnect; a message sent meanwhile is replayed after the RESUME. */
class GatewayResumeTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void afterAReconnectRequestTheBotResumesItsSessionAndAnswersTheMessageItMissed()
      throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    e2e.api().seedGuild(general.guild().id(), "Smarter Dev");
    e2e.api().seedUser(alice.id(), "alice");
    e2e.startBot();
    int lastSeq = discord.dispatches().all().size();

    discord.requestReconnect();
    GatewayClosure closure = discord.gatewayClosures().await(c -> true, TIMEOUT);
    general.send(alice, "!ping");

    BotMessage reply = discord.messages().await(message -> true, TIMEOUT);
    assertThat(closure.byClient()).isTrue();
    assertThat(closure.code()).isNotIn(1000, 1001);
    List<GatewayCommand> resumes =
        discord.gatewayCommands().matching(command -> command.op() == GatewayCommand.RESUME);
    assertThat(resumes)
        .singleElement()
        .satisfies(
            resume ->
                assertThat(resume.fields())
                    .containsEntry("seq", (double) lastSeq)
                    .containsEntry("token", "[token]"));
    assertThat(discord.gatewayCommands().matching(c -> c.op() == GatewayCommand.IDENTIFY))
        .hasSize(1);
    assertThat(discord.dispatches().all().subList(lastSeq, lastSeq + 2))
        .extracting(GatewayDispatch::type)
        .as("the missed message, replayed before RESUMED")
        .containsExactly("MESSAGE_CREATE", "RESUMED");
    assertThat(reply.content()).startsWith("Pong!");
    assertThat(discord.connectedSessions()).isEqualTo(1);
    assertThat(e2e.apiWrites()).as("a resumed session syncs nothing").isEmpty();
  }
}

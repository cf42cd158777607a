package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.junit.jupiter.api.Test;

class ServerCommandTest {
  @Test
  void fullNamesAsDiscordReportsThemFindTheCommands() {
    assertThat(ServerCommand.fromFullName("bytes send")).contains(ServerCommand.BYTES_SEND);
    assertThat(ServerCommand.fromFullName("Bytes Heap")).contains(ServerCommand.BYTES_HEAP);
    assertThat(ServerCommand.fromFullName("case resolve")).contains(ServerCommand.CASE_RESOLVE);
    assertThat(ServerCommand.fromFullName("warn")).contains(ServerCommand.WARN);
    assertThat(ServerCommand.fromFullName("bytes")).isEmpty();
    assertThat(ServerCommand.fromFullName("ping")).isEmpty();
  }

  @Test
  void sendAndTheModerationCommandsAnswerPrivatelyReadAndHeapPublicly() {
    assertThat(ServerCommand.values())
        .filteredOn(ServerCommand::privateFirstReply)
        .containsExactly(
            ServerCommand.BYTES_SEND,
            ServerCommand.WARN,
            ServerCommand.CASES,
            ServerCommand.CASE_RESOLVE);
  }

  @Test
  void everySlashCommandIsDefinedForOneBulkRegistration() {
    Set<SlashCommandBuilder> definitions = SlashCommands.definitions();

    // /ping, /sync, /stats, the /bytes group, /warn, /cases and /case.
    assertThat(definitions).hasSize(7);
  }
}

package dev.smarter.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's testkit example, as it stands there: it runs. */
@ExtendWith(FakeSmarterDevExtension.class)
class GuildSyncTest {
  @Test
  void createsTheGuild(SmarterDevClient client, FakeSmarterDevServer server) throws Exception {
    client.guilds().create(NewGuild.of(42L, "Test guild")).execute();
    assertThat(server.rowCount(FakeTable.GUILDS)).isEqualTo(1);
  }
}

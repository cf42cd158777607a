package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeSmarterDevExtensionTest {
  @Test
  @Order(1)
  void injectsAStartedServerAndAClientConfiguredForIt(
      SmarterDevClient client, FakeSmarterDevServer server) throws Exception {
    Guild guild = client.guilds().create(NewGuild.of(1234L, "Injected")).execute();

    assertThat(guild.name()).isEqualTo("Injected");
    assertThat(server.takeRequest().path()).isEqualTo("/api/auth/token");
    assertThat(server.takeRequest().path()).isEqualTo("/api/guilds");
    assertThat(client.baseUrl()).startsWith(server.url());
  }

  @Test
  @Order(2)
  void resetsTheServerBeforeEachTest(FakeSmarterDevServer server, SmarterDevClient client) {
    assertThat(server.rowCount(FakeTable.GUILDS)).isZero();
    assertThat(server.requestCount()).isZero();
    assertThat(client.guilds().list().execute()).isEmpty();
  }
}

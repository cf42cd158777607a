package dev.smarter.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.UserBatch;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class CannedServerTest {
  @Test
  void answersKeepAliveGetsWithoutTheNagleStall() throws Exception {
    try (CannedServer server = CannedServer.start()) {
      OkHttpClient client = Clients.raw();
      try {
        RawCalls raw = new RawCalls(client, server.url(), "t");
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
          assertThat(raw.getGuild(Fixtures.GUILD_ID))
              .isEqualTo(Fixtures.guildJson(Fixtures.GUILD_ID));
        }
        // With the ~40 ms stall, 200 calls would take 8 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      } finally {
        Clients.close(client);
      }
    }
  }

  @Test
  void servesTheSdkItsTokenGuildsAndBatches() throws Exception {
    try (CannedServer server = CannedServer.start();
        SmarterDevClient client = Clients.sdk(server.url(), "key")) {
      Guild guild = client.guilds().get(7).execute();
      assertThat(guild.id()).isEqualTo(Fixtures.GUILD_ID);
      assertThat(client.users().list().execute()).hasSize(100);
      assertThat(client.users().batch(UserBatch.of(Fixtures.newUsers(500))).execute().users())
          .hasSize(500);
      assertThat(server.requestCount()).isEqualTo(4);
    }
  }
}

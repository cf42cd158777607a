package dev.smarter.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewGuild;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void createsGuild() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{\"token\":\"tok\",\"expires_in\":3600}").build());
    server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
        .body("{\"id\":1,\"discord_id\":9223372036854775807,\"name\":\"G\",\"icon_url\":null,\"joined_at\":\"2026-11-24T03:10:00\",\"created_at\":\"2026-11-24T03:10:00.123456\"}").build());
    try (SmarterDevClient client = SmarterDevClient.builder().baseUrl(server.url("/").toString()).apiKey("k").build()) {
      Guild g = client.guilds().create(NewGuild.of(Long.MAX_VALUE, "G")).execute();
      System.out.println(g);
      RecordedRequest token = server.takeRequest();
      System.out.println(token.getTarget() + " " + token.getBody().utf8() + " " + token.getHeaders());
      RecordedRequest create = server.takeRequest();
      System.out.println(create.getTarget() + " " + create.getBody().utf8() + " " + create.getHeaders());
      assertThat(g.discordId()).isEqualTo(Long.MAX_VALUE);
    }
  }
}

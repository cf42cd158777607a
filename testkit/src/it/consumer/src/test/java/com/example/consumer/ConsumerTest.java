package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.testkit.FakeSmarterDevExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class ConsumerTest {
  @Test
  void createsAndListsAGuildThroughTheSdk(SmarterDevClient client) {
    Guild created = client.guilds().create(NewGuild.of(1160000000000000001L, "Consumer")).execute();
    List<Guild> guilds = client.guilds().list().execute();

    assertEquals(1, guilds.size());
    assertEquals(created, guilds.get(0));
    assertThrows(NotFoundException.class, () -> client.guilds().get(999).execute());
  }
}

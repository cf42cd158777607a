package com.example.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.testkit.FakeSmarterDevExtension;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class BomConsumerTest {
  @Test
  void findsAUserThroughTheVersionsOfTheBom(SmarterDevClient client) {
    client.users().create(NewUser.of(1160000000000000100L, "ada")).execute();

    Optional<DiscordUser> found = client.users().findByDiscordId(1160000000000000100L).execute();

    assertTrue(found.isPresent());
    assertEquals("ada", found.get().username());
  }
}

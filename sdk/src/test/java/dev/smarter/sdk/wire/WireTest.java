package dev.smarter.sdk.wire;

import dev.smarter.sdk.SmarterDevClient;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up every endpoint wire test shares: a started MockWebServer, a client with default
 * settings whose token exchange is already enqueued, closed after each test.
 */
abstract class WireTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final WireTestSupport wire = new WireTestSupport(server);
  SmarterDevClient client;

  @BeforeEach
  void setUpClient() {
    wire.enqueueToken();
    client = wire.client();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }
}

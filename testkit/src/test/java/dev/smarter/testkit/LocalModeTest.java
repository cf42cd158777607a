package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalModeTest {
  @RegisterExtension
  static final FakeServerExtension fake =
      new FakeServerExtension(MutableClock.utc(), builder -> builder.localMode(true).apiKey("k-1"));

  @Test
  void testingKeyIsAcceptedInLocalMode() {
    Reply reply = fake.anonymous().post("/api/auth/token", "{\"api_key\": \"TESTING\"}");

    assertThat(reply.code()).isEqualTo(200);
  }

  @Test
  void configuredKeysAreStillAccepted() {
    assertThat(fake.anonymous().post("/api/auth/token", "{\"api_key\": \"k-1\"}").code())
        .isEqualTo(200);
    assertThat(fake.server().apiKeys()).containsExactly("k-1", "TESTING");
  }

  @Test
  void balanceRouteNeedsNoToken() {
    SeededUser user = fake.server().seedUser(5, "u");

    Reply reply = fake.anonymous().get("/api/bytes/balance/" + user.id());

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).startsWith("{\"user_id\":1,\"username\":\"u\",");
  }

  @Test
  void anythingUnderTheBalancePrefixSkipsAuthentication() {
    Reply reply = fake.anonymous().post("/api/bytes/balance/1", "{}");

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /api/bytes/balance/abc, 302",
    "GET, /api/bytes/balance/, 302",
    "GET, /api/bytes/balance/1/extra, 302",
    "HEAD, /api/bytes/balance/1, 404",
    "PUT, /api/bytes/balance/1, 405",
    "DELETE, /api/bytes/balance/1, 405",
    "POST, /api/bytes/balance/x/y, 405"
  })
  void everyMethodOnEveryPathUnderTheBalancePrefixSkipsAuthentication(
      String method, String path, int status) {
    Reply reply = fake.anonymous().send(method, path, method.equals("PUT") ? "{}" : null);

    assertThat(reply.code()).isEqualTo(status);
  }

  @Test
  void theBalancePrefixWithoutItsSlashStillNeedsAToken() {
    assertThat(fake.anonymous().get("/api/bytes/balance").code()).isEqualTo(401);
    assertThat(fake.anonymous().get("/api/bytes/balances/1").code()).isEqualTo(401);
  }

  @Test
  void otherRoutesStillNeedAToken() {
    assertThat(fake.anonymous().get("/api/users").code()).isEqualTo(401);
  }
}

package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

  @Test
  void otherRoutesStillNeedAToken() {
    assertThat(fake.anonymous().get("/api/users").code()).isEqualTo(401);
  }
}

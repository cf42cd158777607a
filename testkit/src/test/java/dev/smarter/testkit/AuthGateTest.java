package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthGateTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private Reply getWith(String path, String... headers) {
    return fake.anonymous().sendRaw("GET", path, null, headers);
  }

  @Test
  void missingHeaderGives401() {
    Reply reply = getWith("/api/guilds");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing Authorization header\"}");
  }

  @Test
  void otherSchemeGives401InvalidFormat() {
    Reply reply = getWith("/api/guilds", "Authorization", "Basic dGVzdDp0ZXN0");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid Authorization header format\"}");
  }

  @Test
  void lowerCaseBearerGives401InvalidFormat() {
    String token = fake.server().issueToken();

    assertThat(getWith("/api/guilds", "Authorization", "bearer " + token).body())
        .isEqualTo("{\"error\":\"Invalid Authorization header format\"}");
  }

  @Test
  void garbageTokenGives401InvalidOrExpired() {
    Reply reply = getWith("/api/guilds", "Authorization", "Bearer not.a.jwt");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid or expired token\"}");
  }

  @Test
  void tokenSignedByAnotherServerGives401() {
    String foreign;
    try (FakeSmarterDevServer other = FakeSmarterDevServer.builder().clock(fake.clock()).build()) {
      foreign = other.issueToken();
    }

    assertThat(getWith("/api/guilds", "Authorization", "Bearer " + foreign).body())
        .isEqualTo("{\"error\":\"Invalid or expired token\"}");
  }

  @Test
  void unknownApiPathNeedsATokenBeforeRouting() {
    Reply reply = getWith("/api/does-not-exist");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing Authorization header\"}");
  }

  @Test
  void wrongMethodNeedsATokenBeforeThe405() {
    Reply reply = fake.anonymous().delete("/api/guilds");

    assertThat(reply.code()).isEqualTo(401);
  }

  @Test
  void trailingSlashOnTheTokenPathIsNotExempt() {
    assertThat(fake.anonymous().post("/api/auth/token/", "{}").code()).isEqualTo(401);
  }

  @Test
  void balanceRouteNeedsATokenOutsideLocalMode() {
    assertThat(getWith("/api/bytes/balance/1").code()).isEqualTo(401);
  }

  @Test
  void nonApiPathsNeedNoToken() {
    Reply reply = getWith("/somewhere");

    assertThat(reply.code()).isEqualTo(302);
    assertThat(reply.header("Location")).isEqualTo("/");
  }
}

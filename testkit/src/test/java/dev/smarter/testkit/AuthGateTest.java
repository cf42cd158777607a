package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
  void twoSpacesAfterBearerLeaveASpaceInTheTokenAndGive401InvalidOrExpired() {
    String token = fake.server().issueToken();

    Reply reply = getWith("/api/guilds", "Authorization", "Bearer  " + token);

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid or expired token\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!!", "====", "%%%%", "=junk"})
  void charactersPyJwtsBase64SkipsAfterTheSignatureAreAccepted(String junk) {
    String token = fake.server().issueToken();

    assertThat(getWith("/api/guilds", "Authorization", "Bearer " + token + junk).code())
        .isEqualTo(200);
  }

  @Test
  void aChangedSignatureCharacterGives401() {
    String token = fake.server().issueToken();
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);

    Reply reply = getWith("/api/guilds", "Authorization", "Bearer " + tampered);

    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid or expired token\"}");
  }

  @Test
  void everyBearerPrefixIsRemovedSoARepeatedPrefixIsAccepted() {
    String token = fake.server().issueToken();

    assertThat(getWith("/api/guilds", "Authorization", "Bearer Bearer " + token).code())
        .isEqualTo(200);
    String split = token.substring(0, 10) + "Bearer " + token.substring(10);
    assertThat(getWith("/api/guilds", "Authorization", "Bearer " + split).code()).isEqualTo(200);
  }

  @Test
  void bearerWithoutItsSpaceGives401InvalidFormat() {
    String token = fake.server().issueToken();

    assertThat(getWith("/api/guilds", "Authorization", "Bearer" + token).body())
        .isEqualTo("{\"error\":\"Invalid Authorization header format\"}");
  }

  @Test
  void tabAfterBearerGives401InvalidFormat() {
    String token = fake.server().issueToken();

    Reply reply = getWith("/api/guilds", "Authorization", "Bearer\t" + token);

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid Authorization header format\"}");
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

  @ParameterizedTest
  @ValueSource(strings = {"/api", "/API/guilds", "/Api/users/1", "/apiguilds"})
  void pathsNotUnderApiSlashNeedNoTokenAndRedirectHome(String path) {
    Reply reply = getWith(path);

    assertThat(reply.code()).isEqualTo(302);
    assertThat(reply.header("Location")).isEqualTo("/");
  }

  @Test
  void otherMethodsOnApiWithoutSlashNeedNoTokenEither() {
    Reply reply = fake.anonymous().post("/api", "{}");

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void nonApiPathsNeedNoToken() {
    Reply reply = getWith("/somewhere");

    assertThat(reply.code()).isEqualTo(302);
    assertThat(reply.header("Location")).isEqualTo("/");
  }
}

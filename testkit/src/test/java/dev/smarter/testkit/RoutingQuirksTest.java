package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingQuirksTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/unknown",
        "/api/guilds/abc",
        "/api/guilds/-1",
        "/api/guilds/",
        "/api/guilds/1/",
        "/api/users/batch",
        "/api/auth/token",
        "/api/bytes/config",
        "/api/bytes/roles"
      })
  void getOnAPathWithoutAGetRouteRedirectsHome(String path) {
    Reply reply = fake.api().get(path);

    assertThat(reply.code()).isEqualTo(302);
    assertThat(reply.header("Location")).isEqualTo("/");
    assertThat(reply.body()).isEmpty();
  }

  @Test
  void wrongMethodOnAKnownPathGives405WithPlainTextAndAllow() {
    Reply reply = fake.api().delete("/api/guilds");

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(reply.body()).isEqualTo("Method Not Allowed");
  }

  @Test
  void allowNamesTheFirstRouteMatchingThePath() {
    assertThat(fake.api().put("/api/auth/token", "{}").header("Allow")).isEqualTo("POST");
    assertThat(fake.api().post("/api/guilds/1", "{}").header("Allow")).isEqualTo("GET, HEAD");
    assertThat(fake.api().delete("/api/users/batch").header("Allow")).isEqualTo("POST");
  }

  @Test
  void nonGetMethodOnAnUnknownPathGives405FromTheCatchAll() {
    Reply reply = fake.api().post("/api/unknown", "{}");

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void idsWithLeadingZerosAreIntegers() {
    fake.server().seedGuild(1, "G");

    assertThat(fake.api().get("/api/guilds/001").code()).isEqualTo(200);
  }

  @Test
  void idTooLargeForSqliteGives500() {
    Reply reply = fake.api().get("/api/guilds/99999999999999999999");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"Python int too large to convert to SQLite INTEGER\"}");
  }

  @Test
  void homePageIsHtml() {
    Reply reply = fake.anonymous().get("/");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/html");
  }

  @Test
  void headOnAGetRouteSendsHeadersWithoutBody() {
    Reply reply = fake.api().send("HEAD", "/api/guilds", null);

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.header("Content-Length")).isEqualTo("13");
    assertThat(reply.body()).isEmpty();
  }
}

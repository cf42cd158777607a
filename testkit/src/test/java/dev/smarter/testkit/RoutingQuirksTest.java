package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest
  @ValueSource(strings = {"/api/unknown", "/api/guilds/abc", "/api/guilds/", "/api/auth/token"})
  void headOnAPathWithoutAGetRouteRedirectsHomeToo(String path) {
    Reply reply = fake.api().send("HEAD", path, null);

    assertThat(reply.code()).isEqualTo(302);
    assertThat(reply.header("Location")).isEqualTo("/");
  }

  @ParameterizedTest
  @CsvSource({
    "PUT, /api/guilds/abc",
    "POST, /api/guilds/",
    "DELETE, /api/guilds/-1",
    "PUT, /api/guilds/1/",
    "POST, /api/does-not-exist",
    "DELETE, /api/users/batch/",
    "PUT, /api/bytes/roles/x"
  })
  void otherMethodsOnAPathWithoutARouteGive405FromTheCatchAllInsteadOfARedirect(
      String method, String path) {
    Reply reply = fake.api().send(method, path, method.equals("DELETE") ? null : "{}");

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(reply.header("Location")).isNull();
    assertThat(reply.body()).isEqualTo("Method Not Allowed");
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

  @ParameterizedTest
  @CsvSource({
    "PUT, /api/guilds, 'GET, HEAD'",
    "DELETE, /api/warnings, 'GET, HEAD'",
    "PUT, /api/moderation-cases, 'GET, HEAD'",
    "POST, /api/bytes/roles/1, 'GET, HEAD'",
    "PUT, /api/bytes/config, POST",
    "PUT, /api/users/batch, POST",
    "POST, /api/bytes/config/1, 'GET, HEAD'",
    "DELETE, /api/users/1, 'GET, HEAD'",
    "OPTIONS, /api/guilds, 'GET, HEAD'",
    "PATCH, /api/moderation-cases/1, 'GET, HEAD'"
  })
  void allowListsOnlyTheFirstRouteForThePathNotEveryMethodItAccepts(
      String method, String path, String allow) {
    boolean withBody = method.equals("POST") || method.equals("PATCH");
    Reply reply = fake.api().send(method, path, withBody ? "{}" : null);

    assertThat(reply.code()).isEqualTo(405);
    assertThat(reply.header("Allow")).isEqualTo(allow);
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

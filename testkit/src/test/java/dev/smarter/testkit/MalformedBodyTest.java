package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedBodyTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  @ParameterizedTest
  @CsvSource({
    "POST, /api/guilds",
    "PUT, /api/guilds/1",
    "POST, /api/users",
    "PUT, /api/users/1",
    "POST, /api/users/batch",
    "POST, /api/warnings",
    "POST, /api/moderation-cases",
    "PUT, /api/moderation-cases/1",
    "POST, /api/bytes",
    "POST, /api/bytes/config",
    "PUT, /api/bytes/config/1",
    "POST, /api/bytes/roles",
    "PUT, /api/bytes/roles/1",
  })
  void malformedJsonGives500WithThePythonParserMessage(String method, String path) {
    Reply reply = fake.api().send(method, path, "{\"a\": 1,}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"Expecting property name enclosed in double quotes: line 1 column 9 (char"
                + " 8)\"}");
  }

  @Test
  void invalidUtf8Gives500WithThePythonDecodeMessage() {
    Reply reply =
        fake.anonymous()
            .sendRaw(
                "POST",
                "/api/warnings",
                new byte[] {'{', (byte) 0xff, '}'},
                "Authorization",
                "Bearer " + fake.server().issueToken());

    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"'utf-8' codec can't decode byte 0xff in position 1: invalid start"
                + " byte\"}");
  }

  @Test
  void emptyBodyGives500ExpectingValue() {
    assertThat(fake.api().post("/api/warnings", "").body())
        .isEqualTo("{\"error\":\"Expecting value: line 1 column 1 (char 0)\"}");
  }

  @Test
  void stringBodyIsSearchedLikeAPythonString() {
    Reply reply = fake.api().post("/api/warnings", "\"user_id mod_id guild_id\"");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"string indices must be integers, not 'str'\"}");
  }

  @Test
  void numberBodyGives500NotIterable() {
    assertThat(fake.api().post("/api/warnings", "5").body())
        .isEqualTo("{\"error\":\"argument of type 'int' is not iterable\"}");
  }

  @Test
  void arrayValueForAColumnGives500BindingError() {
    Reply reply =
        fake.api()
            .post(
                "/api/warnings",
                "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3, \"reason\": [1]}");

    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(sqlite3.ProgrammingError) Error binding parameter 4: type 'list' is not"
                + " supported\\n"
                + "[SQL: INSERT INTO user_warnings (user_id, mod_id, guild_id, reason, warned_at)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP) RETURNING id, warned_at]\\n"
                + "[parameters: (1, 2, 3, [1])]"
                + "\\n(Background on this error at: https://sqlalche.me/e/20/f405)\"}");
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isZero();
  }

  @Test
  void infiniteFloatIsStoredButTheResponseFailsToRender() {
    Reply reply =
        fake.api().post("/api/warnings", "{\"user_id\": Infinity, \"mod_id\": 2, \"guild_id\": 3}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"Out of range float values are not JSON compliant\"}");
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isEqualTo(1);
  }

  @Test
  void aValueNestedPastPythonsRecursionLimitGives500AndWritesNothing() {
    String deep = "[".repeat(1500) + "]".repeat(1500);

    Reply reply =
        fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": \"x\", \"k\": " + deep + "}");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"maximum recursion depth exceeded while decoding a JSON array from a"
                + " unicode string\"}");
    assertThat(fake.server().rowCount(FakeTable.GUILDS)).isZero();
  }
}

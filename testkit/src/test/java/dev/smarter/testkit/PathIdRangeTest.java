package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Path ids are unbounded integers to the router, but SQLite binds only 64-bit ones. */
class PathIdRangeTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static final String TOO_LARGE = "9223372036854775808";
  private static final String LARGEST = "9223372036854775807";

  private static Reply send(String method, String template, String id) {
    String path = template.replace("{id}", id);
    return fake.api().send(method, path, method.equals("PUT") ? "{}" : null);
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /api/guilds/{id}",
    "PUT, /api/guilds/{id}",
    "GET, /api/users/{id}",
    "PUT, /api/users/{id}",
    "GET, /api/warnings/{id}",
    "GET, /api/moderation-cases/{id}",
    "PUT, /api/moderation-cases/{id}",
    "GET, /api/bytes/{id}",
    "GET, /api/bytes/config/{id}",
    "PUT, /api/bytes/config/{id}",
    "GET, /api/bytes/roles/{id}",
    "PUT, /api/bytes/roles/{id}",
    "DELETE, /api/bytes/roles/{id}",
    "GET, /api/bytes/cooldown/{id}/1",
    "GET, /api/bytes/cooldown/1/{id}",
    "GET, /api/bytes/balance/{id}",
    "GET, /api/bytes/leaderboard/{id}"
  })
  void anIdOfTwoToThe63rdOrMoreGives500(String method, String template) {
    Reply reply = send(method, template, TOO_LARGE);

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"Python int too large to convert to SQLite INTEGER\"}");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /api/guilds/{id}, 404",
    "PUT, /api/users/{id}, 404",
    "DELETE, /api/bytes/roles/{id}, 404",
    "GET, /api/bytes/cooldown/{id}/{id}, 404",
    "GET, /api/bytes/config/{id}, 200",
    "GET, /api/bytes/leaderboard/{id}, 200"
  })
  void theLargestSignedLongIsAnOrdinaryId(String method, String template, int status) {
    assertThat(send(method, template, LARGEST).code()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"GET, /api/guilds/{id}", "GET, /api/bytes/cooldown/1/{id}", "PUT, /api/guilds/{id}"})
  void aHugeIdIsStillAnIntegerToTheRouter(String method, String template) {
    assertThat(send(method, template, "1" + "0".repeat(40)).code()).isEqualTo(500);
  }
}

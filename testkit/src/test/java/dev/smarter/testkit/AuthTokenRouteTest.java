package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTokenRouteTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static final long T0 = MutableClock.T0.getEpochSecond();

  private Reply exchange(String body) {
    return fake.anonymous().post("/api/auth/token", body);
  }

  private String tokenFor(String key) {
    String body = exchange("{\"api_key\": \"" + key + "\"}").body();
    return body.substring("{\"token\":\"".length(), body.indexOf("\",\"expires_in\""));
  }

  @Test
  void configuredKeyGivesATokenValidFor3600Seconds() {
    Reply reply = exchange("{\"api_key\": \"test-key\"}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualTo("application/json");
    assertThat(reply.body()).matches("\\{\"token\":\"[^\"]+\",\"expires_in\":3600\\}");
  }

  @Test
  void tokenIsAnHs256JwtExpiringAnHourAfterIssue() {
    String[] parts = tokenFor("test-key").split("\\.");

    assertThat(parts).hasSize(3);
    Base64.Decoder decoder = Base64.getUrlDecoder();
    assertThat(new String(decoder.decode(parts[0]), StandardCharsets.UTF_8))
        .isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    assertThat(new String(decoder.decode(parts[1]), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"sub\":\"1\",\"name\":\"API key 1\",\"exp\":"
                + (T0 + 3600)
                + ".0,\"iat\":"
                + T0
                + ".0}");
    assertThat(decoder.decode(parts[2])).hasSize(32);
  }

  @Test
  void exchangedTokenOpensTheApi() {
    Reply reply = fake.api().withToken(tokenFor("test-key")).get("/api/guilds");

    assertThat(reply.code()).isEqualTo(200);
  }

  @Test
  void tokenIsRejectedOnceTheClockPassesItsExpiry() {
    RawApi api = fake.api().withToken(tokenFor("test-key"));
    fake.clock().advance(Duration.ofHours(1));

    Reply reply = api.get("/api/guilds");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid or expired token\"}");
  }

  @Test
  void tokenIsStillValidJustBeforeExpiry() {
    RawApi api = fake.api().withToken(tokenFor("test-key"));
    fake.clock().advance(Duration.ofSeconds(3599));

    assertThat(api.get("/api/guilds").code()).isEqualTo(200);
  }

  @Test
  void absentApiKeyGives400() {
    Reply reply = exchange("{}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing API key\"}");
  }

  @Test
  void emptyApiKeyGives400() {
    assertThat(exchange("{\"api_key\": \"\"}").body()).isEqualTo("{\"error\":\"Missing API key\"}");
  }

  @Test
  void unknownApiKeyGives401() {
    Reply reply = exchange("{\"api_key\": \"nope\"}");

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Invalid API key\"}");
  }

  @Test
  void testingKeyIsRejectedOutsideLocalMode() {
    assertThat(exchange("{\"api_key\": \"TESTING\"}").code()).isEqualTo(401);
  }

  @Test
  void nonJsonBodyGives500WithThePythonParserMessage() {
    Reply reply = exchange("api_key=test-key");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Expecting value: line 1 column 1 (char 0)\"}");
  }

  @Test
  void arrayBodyGives500AttributeError() {
    assertThat(exchange("[]").body())
        .isEqualTo("{\"error\":\"'list' object has no attribute 'get'\"}");
  }

  @Test
  void exchangeNeedsNoAuthorizationHeader() {
    Reply reply =
        fake.anonymous()
            .sendRaw(
                "POST",
                "/api/auth/token",
                "{\"api_key\": \"test-key\"}".getBytes(StandardCharsets.UTF_8),
                "Authorization",
                "Basic nonsense");

    assertThat(reply.code()).isEqualTo(200);
  }
}

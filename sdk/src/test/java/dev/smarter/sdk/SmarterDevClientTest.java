package dev.smarter.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class SmarterDevClientTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  @Test
  void clientOfItsOwnForAnHttpUrlIsCleartextOnly() {
    try (SmarterDevClient client =
        SmarterDevClient.builder().baseUrl("http://localhost:8000").apiKey("k").build()) {
      assertThat(client.httpClient().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
      assertThatThrownBy(() -> client.httpClient().sslSocketFactory())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("CLEARTEXT-only");
    }
  }

  @Test
  void clientForAnHttpsUrlSpeaksTls() {
    try (SmarterDevClient http =
            SmarterDevClient.builder().baseUrl("http://localhost:8000").apiKey("k").build();
        SmarterDevClient https = http.newBuilder().baseUrl("https://smarter.dev").build()) {
      assertThat(https.httpClient().connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
      assertThat(https.httpClient().sslSocketFactory()).isNotNull();
    }
  }

  @Test
  void givenClientKeepsItsConnectionSpecsForAnHttpUrl() {
    OkHttpClient shared = new OkHttpClient();
    try (SmarterDevClient client =
        SmarterDevClient.builder()
            .baseUrl("http://localhost:8000")
            .apiKey("k")
            .okHttpClient(shared)
            .build()) {
      assertThat(client.httpClient().connectionSpecs()).isEqualTo(shared.connectionSpecs());
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void environmentWithoutKeyFailsNamingTheVariable() {
    SmarterDevClient.Builder builder = SmarterDevClient.builder().environment(Map.of());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SMARTER_DEV_API_KEY")
        .hasMessageContaining("SMARTER_DEV_LOCAL=1");
  }

  @Test
  void environmentDefaultsToLocalhost8000() {
    try (SmarterDevClient client =
        SmarterDevClient.builder().environment(Map.of("SMARTER_DEV_API_KEY", "k")).build()) {
      assertThat(client.baseUrl()).isEqualTo("http://localhost:8000/");
    }
  }

  @Test
  void localModeUsesTestingKey() throws Exception {
    enqueue(200, "{\"token\":\"t\",\"expires_in\":3600}");
    enqueue(200, "{\"guilds\":[]}");
    Map<String, String> env =
        Map.of("SMARTER_DEV_API_URL", server.url("/").toString(), "SMARTER_DEV_LOCAL", "1");

    try (SmarterDevClient client = SmarterDevClient.builder().environment(env).build()) {
      client.guilds().list().execute();
    }

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"api_key\":\"TESTING\"}");
  }

  @Test
  void explicitKeyWinsOverLocalMode() throws Exception {
    enqueue(200, "{\"token\":\"t\",\"expires_in\":3600}");
    enqueue(200, "{\"guilds\":[]}");
    Map<String, String> env =
        Map.of(
            "SMARTER_DEV_API_URL", server.url("/").toString(),
            "SMARTER_DEV_API_KEY", "real-key",
            "SMARTER_DEV_LOCAL", "1");

    try (SmarterDevClient client = SmarterDevClient.builder().environment(env).build()) {
      client.guilds().list().execute();
    }

    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"api_key\":\"real-key\"}");
  }

  @Test
  void invalidUrlInEnvironmentNamesTheVariable() {
    assertThatThrownBy(
            () -> SmarterDevClient.builder().environment(Map.of("SMARTER_DEV_API_URL", "nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SMARTER_DEV_API_URL");
  }

  @Test
  void baseUrlWithPathGetsTrailingSlash() throws Exception {
    enqueue(200, "{\"token\":\"t\",\"expires_in\":3600}");
    enqueue(200, "{\"guilds\":[]}");
    try (SmarterDevClient client =
        SmarterDevClient.builder().baseUrl(server.url("/prefix").toString()).apiKey("k").build()) {
      client.guilds().list().execute();
    }

    assertThat(server.takeRequest().getTarget()).isEqualTo("/prefix/api/auth/token");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/prefix/api/guilds");
  }

  @Test
  void rejectsBlankKeyAndNonPositiveTimeouts() {
    assertThatThrownBy(() -> SmarterDevClient.builder().apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> SmarterDevClient.builder().callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout");
  }

  @Test
  void closedClientRefusesCalls() {
    SmarterDevClient client =
        SmarterDevClient.builder().baseUrl(server.url("/").toString()).apiKey("k").build();
    ApiCall<?> call = client.guilds().list();

    client.close();
    client.close();

    assertThatThrownBy(call::execute)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SmarterDevClient is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closeLeavesSuppliedHttpClientRunning() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try {
      SmarterDevClient.builder()
          .baseUrl(server.url("/").toString())
          .apiKey("k")
          .okHttpClient(shared)
          .build()
          .close();

      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void callCanBeExecutedAgain() throws Exception {
    enqueue(200, "{\"token\":\"t\",\"expires_in\":3600}");
    enqueue(200, "{\"guilds\":[]}");
    enqueue(200, "{\"guilds\":[]}");
    try (SmarterDevClient client =
        SmarterDevClient.builder().baseUrl(server.url("/").toString()).apiKey("k").build()) {
      ApiCall<?> call = client.guilds().list();
      call.execute();
      call.execute();
    }

    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void toStringHidesCredentialsInTheBaseUrl() {
    try (SmarterDevClient client =
        SmarterDevClient.builder().baseUrl("https://bob:hunter2@smarter.dev").apiKey("k").build()) {
      assertThat(client.toString() + client.newBuilder())
          .doesNotContain("hunter2")
          .contains("smarter.dev");
    }
  }

  @Test
  void builderAndClientToStringHideTheKey() {
    SmarterDevClient.Builder builder =
        SmarterDevClient.builder().baseUrl(server.url("/").toString()).apiKey("sk-very-secret");
    try (SmarterDevClient client = builder.build()) {
      assertThat(builder.toString() + client + client.newBuilder())
          .doesNotContain("sk-very-secret")
          .contains("****");
    }
  }
}

package dev.smarter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.smarter.sdk.BytesApi;
import dev.smarter.sdk.GuildsApi;
import dev.smarter.sdk.ModerationCasesApi;
import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.Sleeper;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UsersApi;
import dev.smarter.sdk.WarningsApi;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Retrofit;

/**
 * The client parses endpoints on first use; these tests parse every one of them up front, as
 * Retrofit's {@code validateEagerly} does, so that a bad declaration fails here and not in a user's
 * first call.
 */
class EndpointsTest {
  private static Retrofit retrofit() {
    CallRuntime runtime =
        new CallRuntime(
            new OkHttpClient(),
            1,
            RetryPolicy.defaults(),
            Duration.ofSeconds(1),
            Sleeper.SYSTEM,
            new Random(),
            Clock.systemUTC(),
            new Listeners(List.of()),
            true);
    return new Retrofit.Builder()
        .baseUrl("http://localhost/")
        .callFactory(new RequestCapture())
        .addCallAdapterFactory(new ApiCallAdapterFactory(runtime))
        .addConverterFactory(new JsonConverterFactory(Json.moshi(ZoneOffset.UTC)))
        .validateEagerly(true)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        GuildsApi.class,
        UsersApi.class,
        WarningsApi.class,
        ModerationCasesApi.class,
        BytesApi.class
      })
  void everyEndpointOfTheGroupParses(Class<?> group) {
    Retrofit retrofit = retrofit();

    assertThatCode(() -> retrofit.create(group)).doesNotThrowAnyException();
  }

  @Test
  void eachGroupIsOneInstanceMadeOnFirstUse() {
    try (SmarterDevClient client =
        SmarterDevClient.builder().baseUrl("http://localhost:1/").apiKey("key").build()) {
      assertThat(client.guilds()).isSameAs(client.guilds());
      assertThat(client.users()).isSameAs(client.users());
      assertThat(client.warnings()).isSameAs(client.warnings());
      assertThat(client.moderationCases()).isSameAs(client.moderationCases());
      assertThat(client.bytes()).isSameAs(client.bytes());
    }
  }
}

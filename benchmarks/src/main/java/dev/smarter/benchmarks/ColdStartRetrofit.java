package dev.smarter.benchmarks;

import com.squareup.moshi.Json;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;

/**
 * The Retrofit + Moshi side of {@link ColdStart}, run in a fresh JVM: the libraries the SDK is
 * built on, used directly as their own documentation shows, for the same result as {@link
 * ColdStartSdk}. A Retrofit interface with the token exchange and {@code GET /api/guilds}, Moshi's
 * converter with its reflective adapters for plain classes, then exit. With the argument {@code
 * cleartext} the {@link OkHttpClient} speaks cleartext only, as the SDK's own client does for an
 * {@code http://} URL; otherwise it is a default one. This is the floor of any client built on
 * these libraries: what the SDK costs above it is the SDK's own start-up work.
 */
public final class ColdStartRetrofit {
  private ColdStartRetrofit() {}

  /** The two endpoints, declared the way a hand-written Retrofit client declares them. */
  interface Api {
    @POST("api/auth/token")
    Call<TokenAnswer> token(@Body TokenQuestion question);

    @GET("api/guilds")
    Call<GuildPage> guilds(@Header("Authorization") String authorization);
  }

  /** The body of the token exchange. */
  static final class TokenQuestion {
    @Json(name = "api_key")
    final String apiKey;

    TokenQuestion(String apiKey) {
      this.apiKey = apiKey;
    }
  }

  /** The answer of the token exchange. */
  static final class TokenAnswer {
    @Nullable String token;

    @Json(name = "expires_in")
    long expiresIn;
  }

  /** The answer of {@code GET /api/guilds}. */
  static final class GuildPage {
    @Nullable List<GuildBody> guilds;
  }

  /** A guild, with the fields of the SDK's {@code Guild}; times are kept as the server's text. */
  static final class GuildBody {
    long id;

    @Json(name = "discord_id")
    long discordId;

    @Nullable String name;

    @Json(name = "icon_url")
    @Nullable String iconUrl;

    @Json(name = "joined_at")
    @Nullable String joinedAt;

    @Json(name = "created_at")
    @Nullable String createdAt;
  }

  /**
   * Lists the guilds once.
   *
   * @param args the server's base URL, the API key, and optionally {@code cleartext}
   * @throws IOException if a request fails
   */
  public static void main(String[] args) throws IOException {
    OkHttpClient client =
        args.length > 2 && args[2].equals(ColdStartRaw.CLEARTEXT)
            ? new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build()
            : new OkHttpClient();
    try {
      Api api =
          new Retrofit.Builder()
              .baseUrl(args[0].endsWith("/") ? args[0] : args[0] + "/")
              .client(client)
              .addConverterFactory(MoshiConverterFactory.create(new Moshi.Builder().build()))
              .build()
              .create(Api.class);
      TokenAnswer token = bodyOf(api.token(new TokenQuestion(args[1])));
      if (token.token == null) {
        throw new IOException("no token in the exchange's answer");
      }
      GuildPage page = bodyOf(api.guilds("Bearer " + token.token));
      if (page.guilds == null) {
        throw new IOException("not a guild list");
      }
      System.out.println(ColdStart.SUCCESS + " " + page.guilds.size());
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static <T> T bodyOf(Call<T> call) throws IOException {
    Response<T> response = call.execute();
    T body = response.body();
    if (!response.isSuccessful() || body == null) {
      throw new IOException("HTTP " + response.code() + " for " + call.request().url());
    }
    return body;
  }
}

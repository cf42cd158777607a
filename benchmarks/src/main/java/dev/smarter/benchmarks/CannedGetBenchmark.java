package dev.smarter.benchmarks;

import com.squareup.moshi.JsonAdapter;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.internal.Json;
import dev.smarter.sdk.model.Guild;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK's own cost per call: sequential {@code GET /api/guilds/{id}} against a {@link
 * CannedServer} that answers instantly, through the SDK and through raw OkHttp with the same client
 * settings.
 *
 * <ul>
 *   <li>{@link #okHttpString()}: the floor; request built per call, body read as a string.
 *   <li>{@link #okHttpMoshi()}: the floor plus decoding with the SDK's Moshi adapter for {@link
 *       Guild}, which separates the JSON cost from the rest of the SDK's.
 *   <li>{@link #sdk()}: {@code client.guilds().get(id).execute()}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CannedGetBenchmark {
  private CannedServer server;
  private SmarterDevClient client;
  private OkHttpClient okHttp;
  private RawCalls raw;
  private JsonAdapter<Guild> guildAdapter;

  /**
   * Starts the server and both clients, and sends one request with each so that the token is cached
   * and both connections are pooled.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void start() throws IOException {
    server = CannedServer.start();
    client = Clients.sdk(server.url(), "benchmark-key");
    okHttp = Clients.raw();
    raw = new RawCalls(okHttp, server.url(), "t");
    guildAdapter = Json.moshi(ZoneOffset.UTC).adapter(Guild.class);
    Guild viaSdk = sdk();
    Guild viaRaw = okHttpMoshi();
    if (!viaSdk.equals(viaRaw) || viaSdk.id() != Fixtures.GUILD_ID) {
      throw new IllegalStateException("the SDK and raw OkHttp disagree: " + viaSdk + " " + viaRaw);
    }
  }

  /**
   * Closes the clients and the server.
   *
   * @throws IOException if the server fails to close
   */
  @TearDown(Level.Trial)
  public void stop() throws IOException {
    client.close();
    Clients.close(okHttp);
    server.close();
  }

  /**
   * One call through the SDK.
   *
   * @return the guild
   */
  @Benchmark
  public Guild sdk() {
    return client.guilds().get(Fixtures.GUILD_ID).execute();
  }

  /**
   * The same request with raw OkHttp, body read as a string.
   *
   * @return the body
   */
  @Benchmark
  public String okHttpString() {
    return raw.getGuild(Fixtures.GUILD_ID);
  }

  /**
   * The same request with raw OkHttp, body decoded by the SDK's Moshi adapter.
   *
   * @return the guild
   * @throws IOException if the call fails
   */
  @Benchmark
  public Guild okHttpMoshi() throws IOException {
    try (Response response = okHttp.newCall(raw.guildRequest(Fixtures.GUILD_ID)).execute()) {
      Guild guild = guildAdapter.fromJson(response.body().source());
      if (!response.isSuccessful() || guild == null) {
        throw new IOException("HTTP " + response.code());
      }
      return guild;
    }
  }
}

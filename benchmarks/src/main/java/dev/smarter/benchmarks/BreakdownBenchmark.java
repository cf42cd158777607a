package dev.smarter.benchmarks;

import com.squareup.moshi.JsonAdapter;
import dev.smarter.sdk.internal.InstantJsonAdapter;
import dev.smarter.sdk.model.Guild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the SDK's cost per canned get goes, piece by piece (run with {@code -prof gc}; the
 * allocation figures are the precise ones on a busy machine):
 *
 * <ul>
 *   <li>{@link #instantSdk()} and {@link #instantFixedLayout()}: one server datetime through the
 *       SDK's adapter and through the {@link FixedLayoutInstantAdapter} prototype.
 *   <li>{@link #guildHandWrittenFixedLayout()}: a Guild decoded by hand with the prototype; compare
 *       with {@link JsonBenchmark#decodeGuild()} and {@link JsonBenchmark#handDecodeGuild()}.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BreakdownBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String NAIVE_DATETIME = "\"2026-11-24T03:10:00.123456\"";

  private final JsonAdapter<Instant> sdkInstants = new InstantJsonAdapter(ZoneOffset.UTC);
  private final JsonAdapter<Instant> fixedLayout = new FixedLayoutInstantAdapter(ZoneOffset.UTC);
  private final HandWrittenJson handWrittenFixedLayout = new HandWrittenJson(fixedLayout);
  private final byte[] guild =
      Fixtures.guildJson(Fixtures.GUILD_ID).getBytes(StandardCharsets.UTF_8);

  /**
   * Checks both datetime readers agree.
   *
   * @throws IOException never in practice
   */
  @Setup(Level.Trial)
  public void start() throws IOException {
    if (!instantSdk().equals(instantFixedLayout())) {
      throw new IllegalStateException("the datetime readers disagree");
    }
  }

  /**
   * One naive datetime through the SDK's {@link InstantJsonAdapter}.
   *
   * @return the instant
   * @throws IOException never in practice
   */
  @Benchmark
  public Instant instantSdk() throws IOException {
    return sdkInstants.fromJson(NAIVE_DATETIME);
  }

  /**
   * One naive datetime through {@link FixedLayoutInstantAdapter}.
   *
   * @return the instant
   * @throws IOException never in practice
   */
  @Benchmark
  public Instant instantFixedLayout() throws IOException {
    return fixedLayout.fromJson(NAIVE_DATETIME);
  }

  /**
   * A Guild decoded by hand with {@link FixedLayoutInstantAdapter}.
   *
   * @return the guild
   * @throws IOException never in practice
   */
  @Benchmark
  public Guild guildHandWrittenFixedLayout() throws IOException {
    return handWrittenFixedLayout.readGuild(ResponseBody.create(guild, JSON).source());
  }
}

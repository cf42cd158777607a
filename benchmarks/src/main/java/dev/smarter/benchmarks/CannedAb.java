package dev.smarter.benchmarks;

import com.squareup.moshi.JsonAdapter;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.internal.Json;
import dev.smarter.sdk.model.Guild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * An interleaved check of the canned-get figures that is robust to a busy machine: after a warm-up,
 * blocks of sequential gets of each variant take turns (the order rotates each round), and the
 * median block of each variant is reported. Load that comes and goes then hits every variant alike,
 * which separate JMH forks cannot promise. The variants are those of {@link CannedGetBenchmark} and
 * {@link BreakdownBenchmark}: the SDK, raw OkHttp, and raw OkHttp plus the SDK's Moshi adapter.
 */
final class CannedAb {
  static final String SDK = "sdk";
  static final String RAW = "okHttpString";
  static final String RAW_MOSHI = "okHttpMoshi";

  private static final int WARMUP_CALLS = 15_000;
  private static final int ROUNDS = 40;
  private static final int BLOCK = 200;

  private CannedAb() {}

  /**
   * Runs every variant against one canned server.
   *
   * @return the median microseconds per call of each variant, by the names above
   */
  static Map<String, Double> run() throws IOException {
    try (CannedServer server = CannedServer.start();
        SmarterDevClient client = Clients.sdk(server.url(), "benchmark-key")) {
      OkHttpClient okHttp = Clients.raw();
      try {
        RawCalls raw = new RawCalls(okHttp, server.url(), "t");
        JsonAdapter<Guild> guilds = Json.moshi(ZoneOffset.UTC).adapter(Guild.class);
        Map<String, Runnable> variants = new LinkedHashMap<>();
        variants.put(SDK, () -> client.guilds().get(Fixtures.GUILD_ID).execute());
        variants.put(RAW, () -> raw.getGuild(Fixtures.GUILD_ID));
        variants.put(RAW_MOSHI, () -> decode(okHttp, raw, guilds));
        return medians(variants);
      } finally {
        Clients.close(okHttp);
      }
    }
  }

  private static Map<String, Double> medians(Map<String, Runnable> variants) {
    List<String> names = new ArrayList<>(variants.keySet());
    for (int i = 0; i < WARMUP_CALLS; i++) {
      variants.values().forEach(Runnable::run);
    }
    double[][] blocks = new double[names.size()][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      for (int turn = 0; turn < names.size(); turn++) {
        int variant = (round + turn) % names.size();
        blocks[variant][round] = block(variants.get(names.get(variant)));
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    for (int variant = 0; variant < names.size(); variant++) {
      medians.put(names.get(variant), median(blocks[variant]));
    }
    return medians;
  }

  private static void decode(OkHttpClient okHttp, RawCalls raw, JsonAdapter<Guild> guilds) {
    try (Response response = okHttp.newCall(raw.guildRequest(Fixtures.GUILD_ID)).execute()) {
      if (!response.isSuccessful() || guilds.fromJson(response.body().source()) == null) {
        throw new IOException("HTTP " + response.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double block(Runnable call) {
    long start = System.nanoTime();
    for (int i = 0; i < BLOCK; i++) {
      call.run();
    }
    return (System.nanoTime() - start) / 1e3 / BLOCK;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
  }
}

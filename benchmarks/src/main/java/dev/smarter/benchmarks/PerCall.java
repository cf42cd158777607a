package dev.smarter.benchmarks;

import com.squareup.moshi.JsonAdapter;
import dev.smarter.micrometer.SmarterDevMetrics;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.internal.Json;
import dev.smarter.sdk.model.Guild;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The SDK's cost per call, measured so that two runs agree: sequential {@code
 * guilds().get(id).execute()} against a {@link CannedServer} that answers at once, side by side
 * with raw OkHttp reading the body as a string (the floor), raw OkHttp decoding the body with the
 * SDK's Moshi adapter (the same work as the SDK), the SDK with a no-op {@link CallListener}, and
 * the SDK with the Micrometer binding.
 *
 * <p>Run it pinned to one CPU, client and server threads together ({@code taskset -c 1 java ...}):
 * unpinned, timings on a 2-core machine are bimodal, depending on how the OS places the two
 * threads. After a warm-up, blocks of calls of each variant take turns, round after round, the
 * order rotating; a variant's ratio to the floor is taken within each round and reported as the
 * median with a distribution-free 95 % interval, which is what the verdicts read. Allocation is the
 * calling thread's own ({@code ThreadMXBean}), exact, the server's threads excluded.
 *
 * <pre>
 * taskset -c 1 java -cp benchmarks/target/benchmarks.jar dev.smarter.benchmarks.PerCall
 *     [--rounds 60] [--block 300]
 * </pre>
 */
public final class PerCall {
  /** The SDK must reach at least this share of the floor's calls per second. */
  static final double TIME_TARGET = 0.95;

  /** The SDK may allocate at most this many times the floor's bytes per call. */
  static final double ALLOCATION_TARGET = 1.20;

  static final String SDK = "sdk";
  static final String FLOOR = "okHttpString";
  static final String RAW_MOSHI = "okHttpMoshi";
  static final String NO_OP_LISTENER = "sdkNoOpListener";
  static final String MICROMETER = "sdkMicrometer";

  private static final int WARMUP_CALLS = 20_000;

  private final int rounds;
  private final int block;

  private PerCall(int rounds, int block) {
    this.rounds = rounds;
    this.block = block;
  }

  /**
   * Runs the comparison and prints its table.
   *
   * @param args {@code --rounds N}, {@code --block N}
   * @throws IOException if the server cannot start
   */
  public static void main(String[] args) throws IOException {
    int rounds = 60;
    int block = 300;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rounds":
          rounds = Integer.parseInt(args[i + 1]);
          break;
        case "--block":
          block = Integer.parseInt(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.println(placement());
    System.out.print(MarkdownTable.render(new PerCall(rounds, block).run().rows()));
  }

  /** Runs the default comparison (60 rounds of 300 calls per variant). */
  static Result runDefault() throws IOException {
    return new PerCall(60, 300).run();
  }

  Result run() throws IOException {
    try (CannedServer server = CannedServer.start();
        SmarterDevClient client = Clients.sdk(server.url(), "benchmark-key");
        SmarterDevClient listened =
            Clients.builder(server.url(), "benchmark-key").listener(new CallListener() {}).build();
        SmarterDevClient metered =
            Clients.builder(server.url(), "benchmark-key")
                .listener(SmarterDevMetrics.create(new SimpleMeterRegistry()))
                .build()) {
      OkHttpClient okHttp = Clients.raw();
      try {
        RawCalls raw = new RawCalls(okHttp, server.url(), "t");
        JsonAdapter<Guild> guilds = Json.moshi(ZoneOffset.UTC).adapter(Guild.class);
        Map<String, Runnable> variants = new LinkedHashMap<>();
        variants.put(SDK, () -> client.guilds().get(Fixtures.GUILD_ID).execute());
        variants.put(FLOOR, () -> raw.getGuild(Fixtures.GUILD_ID));
        variants.put(RAW_MOSHI, () -> decode(okHttp, raw, guilds));
        variants.put(NO_OP_LISTENER, () -> listened.guilds().get(Fixtures.GUILD_ID).execute());
        variants.put(MICROMETER, () -> metered.guilds().get(Fixtures.GUILD_ID).execute());
        return measure(variants);
      } finally {
        Clients.close(okHttp);
      }
    }
  }

  private Result measure(Map<String, Runnable> variants) {
    List<String> names = new ArrayList<>(variants.keySet());
    for (int i = 0; i < WARMUP_CALLS; i++) {
      variants.values().forEach(Runnable::run);
    }
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double[][] micros = new double[names.size()][rounds];
    double[][] bytes = new double[names.size()][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int turn = 0; turn < names.size(); turn++) {
        int variant = (round + turn) % names.size();
        Runnable call = variants.get(names.get(variant));
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        for (int i = 0; i < block; i++) {
          call.run();
        }
        micros[variant][round] = (System.nanoTime() - start) / 1e3 / block;
        bytes[variant][round] =
            (threads.getThreadAllocatedBytes(thread) - allocatedBefore) / (double) block;
      }
    }
    Map<String, double[]> microsByName = new LinkedHashMap<>();
    Map<String, double[]> bytesByName = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      microsByName.put(names.get(i), micros[i]);
      bytesByName.put(names.get(i), bytes[i]);
    }
    return new Result(microsByName, bytesByName, rounds, block);
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

  /** Where this process may run: one CPU (pinned) or several. */
  static String placement() {
    String cpus = allowedCpus();
    boolean pinned = cpus != null && cpus.matches("\\d+");
    return pinned
        ? "Pinned: client and server threads share CPU " + cpus + " (`taskset -c " + cpus + "`)."
        : String.format(
            Locale.ROOT,
            "NOT pinned (CPUs %s): timings are bimodal this way; run under `taskset -c 1`.",
            cpus == null ? "unknown" : cpus);
  }

  /** Whether the process may run on one CPU only. */
  static boolean pinned() {
    String cpus = allowedCpus();
    return cpus != null && cpus.matches("\\d+");
  }

  private static String allowedCpus() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Cpus_allowed_list:")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** The measurements: per variant, one value per round. */
  static final class Result {
    final Map<String, double[]> micros;
    final Map<String, double[]> bytes;
    final int rounds;
    final int block;

    Result(Map<String, double[]> micros, Map<String, double[]> bytes, int rounds, int block) {
      this.micros = micros;
      this.bytes = bytes;
      this.rounds = rounds;
      this.block = block;
    }

    /** Per round, the baseline's time divided by the variant's: its share of the calls/s. */
    double[] shares(String variant, String baseline) {
      double[] shares = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        shares[i] = micros.get(baseline)[i] / micros.get(variant)[i];
      }
      return shares;
    }

    List<Row> rows() {
      String how =
          String.format(
              Locale.ROOT,
              " (canned server, %s, %d interleaved rounds of %d calls)",
              pinned() ? "pinned to one CPU" : "NOT pinned",
              rounds,
              block);
      List<Row> rows = new ArrayList<>();
      double[] floorShare = shares(SDK, FLOOR);
      double[] floorInterval = Stats.medianInterval(floorShare);
      rows.add(
          new Row(
              "Per call: sequential `guilds().get(id).execute()` vs raw OkHttp reading the body as"
                  + " a string (the floor)"
                  + how,
              perCall(SDK),
              perCall(FLOOR),
              Formats.share(Stats.median(floorShare), floorInterval),
              Formats.verdictAtLeast(floorInterval, TIME_TARGET)));
      double allocation = Stats.median(bytes.get(SDK)) / Stats.median(bytes.get(FLOOR));
      rows.add(
          new Row(
              "Per call: allocation on the calling thread (exact, `ThreadMXBean`)",
              Formats.bytes(Stats.median(bytes.get(SDK)), "call"),
              Formats.bytes(Stats.median(bytes.get(FLOOR)), "call"),
              String.format(Locale.ROOT, "%.3f×", allocation),
              (allocation <= ALLOCATION_TARGET ? "PASS" : "FAIL")
                  + String.format(Locale.ROOT, ": ≤ %.2f×", ALLOCATION_TARGET)));
      rows.add(
          comparisonRow(
              "Per call: the SDK vs raw OkHttp + the SDK's Moshi adapter (the same work)",
              SDK,
              RAW_MOSHI));
      rows.addAll(listenerRows());
      return rows;
    }

    /** Listener overhead: no listener, a no-op listener, and the Micrometer binding. */
    List<Row> listenerRows() {
      return List.of(
          comparisonRow(
              "Listener overhead: no-op `CallListener` (`Builder.listener(new CallListener() {})`)"
                  + " vs no listener",
              NO_OP_LISTENER,
              SDK),
          comparisonRow(
              "Listener overhead: Micrometer binding (`SmarterDevMetrics`, `SimpleMeterRegistry`)"
                  + " vs no listener",
              MICROMETER,
              SDK));
    }

    /** An informational row: {@code variant}'s time and allocation against {@code baseline}'s. */
    private Row comparisonRow(String label, String variant, String baseline) {
      double[] share = shares(variant, baseline);
      return new Row(
          label,
          perCallAndBytes(variant),
          perCallAndBytes(baseline),
          Formats.share(Stats.median(share), Stats.medianInterval(share)),
          "info");
    }

    private String perCallAndBytes(String variant) {
      return perCall(variant) + " · " + Formats.bytes(Stats.median(bytes.get(variant)), "call");
    }

    private String perCall(String variant) {
      double[] values = micros.get(variant);
      double[] interval = Stats.medianInterval(values);
      return String.format(
          Locale.ROOT,
          "%.1f µs/call (95 %% CI %.1f–%.1f)",
          Stats.median(values),
          interval[0],
          interval[1]);
    }
  }
}

package dev.smarter.benchmarks;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * End-to-end throughput against the testkit's {@link FakeSmarterDevServer} on loopback, the SDK
 * side by side with raw OkHttp: 5,000 users in 50 sequential batches of 100, 1,000 sequential gets,
 * and 1,000 asynchronous gets at concurrency 1, 8 and 32.
 *
 * <p>The first batch run is reported separately as "cold" (the first use of the SDK in the JVM:
 * class loading, token exchange, connection); then every scenario runs once to warm up and twice
 * more to be measured, and the better of the two is reported (wall-clock runs on a shared 2-core
 * machine are disturbed by other work; the better run is the closer to the code's cost). Run it
 * with {@code java -cp benchmarks/target/benchmarks.jar dev.smarter.benchmarks.EndToEnd}; it prints
 * a Markdown table.
 */
public final class EndToEnd {
  private static final int GETS = 1_000;
  private static final int[] CONCURRENCY = {1, 8, 32};
  private static final double PYTHON_UPSERT_MILLIS = 2_500;

  private EndToEnd() {}

  /**
   * Runs every scenario and prints the table.
   *
   * @param args ignored
   * @throws Exception if a scenario fails
   */
  public static void main(String[] args) throws Exception {
    System.out.print(MarkdownTable.render(run()));
  }

  /**
   * Runs every scenario.
   *
   * @return one row per scenario
   * @throws Exception if a scenario fails
   */
  public static List<Row> run() throws Exception {
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start();
        SmarterDevClient client = Clients.sdk(server.url(), server.apiKey())) {
      OkHttpClient okHttp = Clients.raw();
      try {
        RawCalls raw = new RawCalls(okHttp, server.url(), server.issueToken());
        return run(new TestkitScenarios(server, client, raw));
      } finally {
        Clients.close(okHttp);
      }
    }
  }

  private static List<Row> run(TestkitScenarios scenarios) throws Exception {
    long cold = scenarios.sdkBatches();
    measureAll(scenarios);
    Measurements warm = measureAll(scenarios).best(measureAll(scenarios));
    int batches = TestkitScenarios.USERS / TestkitScenarios.BATCH_SIZE;
    List<Row> rows = new ArrayList<>();
    String users = "Testkit: 5,000 users, 50 sequential batches of 100";
    rows.add(
        new Row(
            users + ", `batch()` (best of 2)",
            Formats.total(warm.sdkBatches, batches),
            Formats.total(warm.rawBatches, batches),
            Formats.percent((double) warm.rawBatches / warm.sdkBatches),
            upsertTarget(warm.sdkBatches)));
    rows.add(
        new Row(
            users + ", `upsertAll(batchSize 100)` (+1 list call, best of 2)",
            Formats.total(warm.sdkUpsertAll, batches + 1),
            "—",
            "—",
            upsertTarget(warm.sdkUpsertAll)));
    rows.add(
        new Row(
            "Testkit re-sync: 5,000 stored users, "
                + TestkitScenarios.RENAMED
                + " renamed; SDK `upsertAll` (1 list + 1 batch of "
                + TestkitScenarios.RENAMED
                + ") vs raw resending all "
                + batches
                + " batches (best of 2)",
            Formats.total(warm.sdkResync, 2),
            Formats.total(warm.rawResync, batches),
            Formats.times((double) warm.rawResync / warm.sdkResync) + " faster",
            "by design: only changed users are sent"));
    rows.add(
        new Row(
            users + ", `batch()`, cold JVM (first run; the in-process testkit warms up too)",
            Formats.total(cold, batches),
            "—",
            "—",
            "info"));
    rows.add(
        getRow(
            "Testkit: 1,000 sequential gets, `execute()` (best of 2)", warm.sdkGets, warm.rawGets));
    for (int i = 0; i < CONCURRENCY.length; i++) {
      rows.add(
          getRow(
              "Testkit: 1,000 gets, `executeAsync()`, concurrency "
                  + CONCURRENCY[i]
                  + " (best of 2)",
              warm.sdkAsync[i],
              warm.rawAsync[i]));
    }
    return rows;
  }

  private static Row getRow(String scenario, long sdkNanos, long rawNanos) {
    return new Row(
        scenario,
        Formats.total(sdkNanos, GETS),
        Formats.total(rawNanos, GETS),
        Formats.percent((double) rawNanos / sdkNanos),
        "");
  }

  private static String upsertTarget(long nanos) {
    double millis = nanos / 1e6;
    return (millis < PYTHON_UPSERT_MILLIS ? "PASS" : "FAIL")
        + ": < 2,500 ms (Python client, real server)";
  }

  private static Measurements measureAll(TestkitScenarios scenarios) throws Exception {
    Measurements m = new Measurements();
    m.sdkBatches = scenarios.sdkBatches();
    m.sdkUpsertAll = scenarios.sdkUpsertAll();
    m.rawBatches = scenarios.rawBatches();
    m.sdkResync = scenarios.sdkResync();
    m.rawResync = scenarios.rawResync();
    m.sdkGets = scenarios.sdkGets(GETS);
    m.rawGets = scenarios.rawGets(GETS);
    for (int i = 0; i < CONCURRENCY.length; i++) {
      m.sdkAsync[i] = scenarios.sdkAsyncGets(GETS, CONCURRENCY[i]);
      m.rawAsync[i] = scenarios.rawAsyncGets(GETS, CONCURRENCY[i]);
    }
    return m;
  }

  /** Elapsed nanoseconds of one pass over every scenario. */
  private static final class Measurements {
    long sdkBatches;
    long sdkUpsertAll;
    long rawBatches;
    long sdkResync;
    long rawResync;
    long sdkGets;
    long rawGets;
    final long[] sdkAsync = new long[CONCURRENCY.length];
    final long[] rawAsync = new long[CONCURRENCY.length];

    /** The faster of this and {@code other}, scenario by scenario. */
    Measurements best(Measurements other) {
      Measurements best = new Measurements();
      best.sdkBatches = Math.min(sdkBatches, other.sdkBatches);
      best.sdkUpsertAll = Math.min(sdkUpsertAll, other.sdkUpsertAll);
      best.rawBatches = Math.min(rawBatches, other.rawBatches);
      best.sdkResync = Math.min(sdkResync, other.sdkResync);
      best.rawResync = Math.min(rawResync, other.rawResync);
      best.sdkGets = Math.min(sdkGets, other.sdkGets);
      best.rawGets = Math.min(rawGets, other.rawGets);
      for (int i = 0; i < CONCURRENCY.length; i++) {
        best.sdkAsync[i] = Math.min(sdkAsync[i], other.sdkAsync[i]);
        best.rawAsync[i] = Math.min(rawAsync[i], other.rawAsync[i]);
      }
      return best;
    }
  }
}

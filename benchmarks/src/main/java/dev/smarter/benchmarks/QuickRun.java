package dev.smarter.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark in one pass, printed as one Markdown table: {@link ColdStart} (fresh JVMs, 10
 * interleaved runs per side), {@link PerCall} (interleaved rounds with confidence intervals, the
 * per-call verdicts), {@link CannedGetBenchmark} and {@link JsonBenchmark} (plus {@link
 * BreakdownBenchmark} with {@code --breakdown}) through JMH's API with two forks and the {@code gc}
 * profiler, then the {@link EndToEnd} scenarios against the testkit. JMH's own output goes to a log
 * file in {@code java.io.tmpdir}.
 *
 * <p>Run it pinned to one CPU, so that client and server threads share it: {@code taskset -c 1 java
 * -cp benchmarks/target/benchmarks.jar dev.smarter.benchmarks.QuickRun [--breakdown]}; about 4
 * minutes on 2 cores. The first line says whether the run was pinned. Every verdict reads a
 * confidence interval: PASS when the whole interval meets the target, FAIL when none of it does,
 * UNSETTLED otherwise.
 */
public final class QuickRun {
  private QuickRun() {}

  /**
   * Runs the pass and prints the table.
   *
   * @param args {@code --breakdown} to add the cost breakdown
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    boolean breakdown = List.of(args).contains("--breakdown");
    long start = System.nanoTime();
    String load = loadAverage();
    CpuSteal steal = new CpuSteal();
    progress(PerCall.placement());
    progress("cold start: fresh JVMs, SDK and raw OkHttp in turn");
    ColdStart.Options coldStart = new ColdStart.Options();
    coldStart.runs = 10;
    List<Row> rows = new ArrayList<>(ColdStart.run(coldStart));
    progress("per call: interleaved rounds against the canned server");
    rows.addAll(PerCall.runDefault().rows());
    progress("canned server's own allocation per request");
    double serverBytes = cannedServerBytesPerRequest();
    JmhResults jmh = new JmhResults();
    progress("JMH: canned gets (SDK vs raw OkHttp)");
    jmh.addAll(jmh(CannedGetBenchmark.class, 3, 5, "http"));
    progress("JMH: JSON");
    jmh.addAll(jmh(JsonBenchmark.class, 2, 3, "json"));
    if (breakdown) {
      progress("JMH: breakdown");
      jmh.addAll(jmh(BreakdownBenchmark.class, 3, 3, "breakdown"));
    }
    progress("end-to-end scenarios against the testkit");
    List<Row> endToEnd = EndToEnd.run();
    rows.addAll(QuickRunRows.canned(jmh, serverBytes));
    rows.addAll(QuickRunRows.json(jmh));
    if (breakdown) {
      rows.addAll(QuickRunRows.breakdown(jmh));
    }
    rows.addAll(endToEnd);
    System.out.printf(
        Locale.ROOT,
        "Machine: %d cores, JDK %s (%s), %s %s; %s; load average %s before the run, %s after;"
            + " CPU steal during the run %s. %s%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        LocalDate.now(ZoneOffset.UTC),
        load,
        loadAverage(),
        steal.sinceStart(),
        PerCall.placement());
    System.out.print(MarkdownTable.render(rows));
    System.out.printf(
        Locale.ROOT, "%nQuick pass took %.0f s.%n", (System.nanoTime() - start) / 1e9);
  }

  private static List<org.openjdk.jmh.results.RunResult> jmh(
      Class<?> benchmark, int warmups, int measurements, String name) throws RunnerException {
    Path log =
        Path.of(System.getProperty("java.io.tmpdir"), "smarter-dev-quickrun-" + name + ".log");
    progress("  (JMH log: " + log + ")");
    var options =
        new OptionsBuilder()
            .include(benchmark.getName() + "\\.")
            .forks(2)
            .warmupIterations(warmups)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(measurements)
            .measurementTime(TimeValue.seconds(1))
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .output(log.toString())
            .build();
    return new ArrayList<>(new Runner(options).run());
  }

  /** Bytes the canned server itself allocates per request once warm (JMH counts every thread). */
  private static double cannedServerBytesPerRequest() throws IOException {
    try (CannedServer server = CannedServer.start()) {
      OkHttpClient client = Clients.raw();
      try {
        RawCalls raw = new RawCalls(client, server.url(), "t");
        for (int i = 0; i < 5_000; i++) {
          raw.getGuild(Fixtures.GUILD_ID);
        }
        int requests = 5_000;
        long before = server.allocatedBytes();
        for (int i = 0; i < requests; i++) {
          raw.getGuild(Fixtures.GUILD_ID);
        }
        return (server.allocatedBytes() - before) / (double) requests;
      } finally {
        Clients.close(client);
      }
    }
  }

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
  }

  private static void progress(String message) {
    System.err.println("[quick-run] " + message);
  }
}

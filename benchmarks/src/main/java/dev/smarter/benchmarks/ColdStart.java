package dev.smarter.benchmarks;

import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Cold start: from the start of a fresh JVM to its exit after the first successful {@code
 * guilds().list()}, token exchange included, through the SDK ({@link ColdStartSdk}) and through raw
 * OkHttp ({@link ColdStartRaw}), against one testkit server that this process starts once and seeds
 * with a few guilds, over HTTP and over HTTPS ({@link TlsFront}), or against a server given with
 * {@code --url}. The JVMs of both sides and both schemes take turns, run after run, so that load
 * which comes and goes hits both; the ratio is taken run pair by run pair and reported as the
 * median with a distribution-free 95 % interval, which is what the verdict reads.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.smarter.benchmarks.ColdStart [--runs 15]
 *     [--warmup 2] [--cpus 0,1] [--cds] [--http-only | --https-only] [--url URL --api-key KEY]
 * </pre>
 *
 * <p>Over HTTP the SDK's client is cleartext-only and skips TLS setup: it is compared with a raw
 * client that is cleartext-only too (like for like) and with a default {@code new OkHttpClient()},
 * which sets up TLS it does not use (what a typical hand-written client costs). Over HTTPS both
 * sides load the trust store and shake hands. Over either scheme the SDK is also compared with
 * Retrofit and Moshi used directly ({@link ColdStartRetrofit}): the difference is the SDK's own
 * start-up work, where the difference from raw OkHttp includes the libraries' first use.
 *
 * <p>{@code --cpus} starts every measured JVM under {@code taskset -c}; {@code --cds} adds both
 * sides again with an AppCDS archive of their own classes (made by one training run each with
 * {@code -XX:ArchiveClassesAtExit}).
 */
public final class ColdStart {
  /** What a measured JVM prints when its call succeeded. */
  static final String SUCCESS = "cold-start-ok";

  /** The SDK may take at most this many times raw OkHttp's wall time. */
  static final double TARGET = 1.10;

  private static final int SEEDED_GUILDS = 5;
  private static final long RUN_TIMEOUT_SECONDS = 60;

  private final Options options;
  private final Path workDir;

  private ColdStart(Options options, Path workDir) {
    this.options = options;
    this.workDir = workDir;
  }

  /**
   * Runs the comparison and prints its table.
   *
   * @param args see the class comment
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    System.err.println("[cold-start] " + options.describe());
    System.out.print(MarkdownTable.render(run(options)));
  }

  /**
   * Runs the comparison.
   *
   * @param options what to run
   * @return the table rows
   * @throws Exception if a run fails
   */
  static List<Row> run(Options options) throws Exception {
    Path dir = Files.createTempDirectory("smarter-dev-cold-start");
    ColdStart coldStart = new ColdStart(options, dir);
    if (options.url != null) {
      return coldStart.measure(List.of(new Server(options.url, List.of())), options.apiKey);
    }
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start()) {
      for (int i = 0; i < SEEDED_GUILDS; i++) {
        server.seedGuild(1_234_567_890_123_456_000L + i, "Guild " + i);
      }
      List<Server> servers = new ArrayList<>();
      if (!options.httpsOnly) {
        servers.add(new Server(server.url(), List.of()));
      }
      try (TlsFront front =
          options.httpOnly ? null : TlsFront.start(HttpUrl.get(server.url()), dir)) {
        if (front != null) {
          servers.add(new Server(front.url(), front.trustStoreOptions()));
        }
        return coldStart.measure(servers, server.apiKey());
      }
    }
  }

  private List<Row> measure(List<Server> servers, String apiKey)
      throws IOException, InterruptedException {
    List<Variant> variants = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    Variant firstRaw = null;
    for (Server server : servers) {
      Variant sdk = new Variant(ColdStartSdk.class, null, server, List.of());
      Variant raw = new Variant(ColdStartRaw.class, null, server, List.of());
      variants.add(sdk);
      variants.add(raw);
      if (firstRaw == null) {
        firstRaw = raw;
      }
      if (server.scheme().equals("HTTP")) {
        Variant cleartext =
            new Variant(ColdStartRaw.class, null, server, List.of(ColdStartRaw.CLEARTEXT));
        Variant retrofit =
            new Variant(ColdStartRetrofit.class, null, server, List.of(ColdStartRaw.CLEARTEXT));
        variants.add(cleartext);
        variants.add(retrofit);
        comparisons.add(
            new Comparison(
                "over HTTP, vs a raw `OkHttpClient` that is cleartext-only like the SDK's (neither"
                    + " sets up TLS)",
                sdk,
                cleartext,
                true));
        comparisons.add(
            new Comparison(
                "over HTTP, vs a default raw `new OkHttpClient()` (which sets up TLS it does not"
                    + " use)",
                sdk,
                raw,
                true));
        comparisons.add(
            new Comparison(
                "over HTTP, vs Retrofit + Moshi used directly, cleartext-only (the libraries the"
                    + " SDK is built on: what the SDK adds to them)",
                sdk,
                retrofit,
                false));
        comparisons.add(
            new Comparison(
                "over HTTP, **no SDK**: Retrofit + Moshi used directly (in the SDK column) vs the"
                    + " cleartext-only raw client, the floor of any client built on them",
                retrofit,
                cleartext,
                false));
      } else {
        Variant retrofit = new Variant(ColdStartRetrofit.class, null, server, List.of());
        variants.add(retrofit);
        comparisons.add(
            new Comparison("over HTTPS (both sides set up TLS and shake hands)", sdk, raw, true));
        comparisons.add(
            new Comparison(
                "over HTTPS, vs Retrofit + Moshi used directly (what the SDK adds to them)",
                sdk,
                retrofit,
                false));
        comparisons.add(
            new Comparison(
                "over HTTPS, **no SDK**: Retrofit + Moshi used directly (in the SDK column) vs the"
                    + " raw client",
                retrofit,
                raw,
                false));
      }
    }
    if (options.cds && firstRaw != null) {
      Server first = firstRaw.server;
      List<String> rawArgs =
          first.scheme().equals("HTTP") ? List.of(ColdStartRaw.CLEARTEXT) : List.of();
      Variant sdkCds =
          new Variant(ColdStartSdk.class, workDir.resolve("sdk.jsa"), first, List.of());
      Variant rawCds = new Variant(ColdStartRaw.class, workDir.resolve("raw.jsa"), first, rawArgs);
      for (Variant variant : List.of(sdkCds, rawCds)) {
        runOnce(variant, apiKey, "-XX:ArchiveClassesAtExit=" + variant.archive);
      }
      variants.add(sdkCds);
      variants.add(rawCds);
      comparisons.add(
          new Comparison(
              "over "
                  + first.scheme()
                  + ", each side with an AppCDS archive of its classes"
                  + (rawArgs.isEmpty() ? "" : " (the raw client cleartext-only)"),
              sdkCds,
              rawCds,
              false));
      comparisons.add(
          new Comparison(
              "over " + first.scheme() + ", the SDK with AppCDS vs a default raw client without",
              sdkCds,
              firstRaw,
              false));
    }
    for (int i = 0; i < options.warmup; i++) {
      for (Variant variant : variants) {
        runOnce(variant, apiKey, null);
      }
    }
    double[][] millis = new double[variants.size()][options.runs];
    for (int run = 0; run < options.runs; run++) {
      for (int turn = 0; turn < variants.size(); turn++) {
        int index = (run + turn) % variants.size();
        millis[index][run] = runOnce(variants.get(index), apiKey, null);
      }
      progress("run " + (run + 1) + "/" + options.runs);
    }
    List<Row> rows = new ArrayList<>();
    for (Comparison comparison : comparisons) {
      String scenario =
          "Cold start "
              + comparison.scenario
              + ": fresh JVM to the first `guilds().list()` (token exchange included), "
              + options.runs
              + " interleaved runs, "
              + options.placement();
      rows.add(
          row(
              scenario,
              millis[variants.indexOf(comparison.sdk)],
              millis[variants.indexOf(comparison.baseline)],
              comparison.verdict));
    }
    return rows;
  }

  private static Row row(String scenario, double[] sdk, double[] raw, boolean verdict) {
    double[] ratios = new double[sdk.length];
    for (int i = 0; i < sdk.length; i++) {
      ratios[i] = sdk[i] / raw[i];
    }
    double median = Stats.median(ratios);
    double[] interval = Stats.medianInterval(ratios);
    return new Row(
        scenario,
        Formats.spread(sdk, "ms"),
        Formats.spread(raw, "ms"),
        Formats.ratio(median, interval),
        verdict ? Formats.verdictAtMost(interval, TARGET) : "");
  }

  /** Runs one fresh JVM and returns its wall time in milliseconds. */
  private double runOnce(Variant variant, String apiKey, @Nullable String extraOption)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (options.cpus != null) {
      command.addAll(List.of("taskset", "-c", options.cpus));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(variant.server.jvmOptions);
    if (extraOption != null) {
      command.add(extraOption);
    } else if (variant.archive != null) {
      command.add("-XX:SharedArchiveFile=" + variant.archive);
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            variant.main.getName(),
            variant.server.url,
            apiKey));
    command.addAll(variant.args);
    Path output = workDir.resolve("output.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(variant.name() + " did not finish in time");
    }
    double millis = (System.nanoTime() - start) / 1e6;
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    if (process.exitValue() != 0 || !printed.contains(SUCCESS)) {
      throw new IllegalStateException(
          variant.name() + " failed (exit " + process.exitValue() + "): " + printed);
    }
    if (extraOption != null && variant.archive != null && !Files.exists(variant.archive)) {
      throw new IllegalStateException("no CDS archive was written: " + printed);
    }
    return millis;
  }

  private static void progress(String message) {
    System.err.println("[cold-start] " + message);
  }

  /** One measured program: its main class and arguments, its CDS archive if any, its server. */
  private static final class Variant {
    final Class<?> main;
    final @Nullable Path archive;
    final Server server;
    final List<String> args;

    Variant(Class<?> main, @Nullable Path archive, Server server, List<String> args) {
      this.main = main;
      this.archive = archive;
      this.server = server;
      this.args = args;
    }

    String name() {
      return main.getSimpleName() + args + (archive == null ? "" : " + AppCDS") + " " + server.url;
    }
  }

  /** A row of the table: the SDK's runs against a baseline's. */
  private static final class Comparison {
    final String scenario;
    final Variant sdk;
    final Variant baseline;
    final boolean verdict;

    Comparison(String scenario, Variant sdk, Variant baseline, boolean verdict) {
      this.scenario = scenario;
      this.sdk = sdk;
      this.baseline = baseline;
      this.verdict = verdict;
    }
  }

  /** A server the measured JVMs call, and the JVM options they need to trust it. */
  private static final class Server {
    final String url;
    final List<String> jvmOptions;

    Server(String url, List<String> jvmOptions) {
      this.url = url;
      this.jvmOptions = jvmOptions;
    }

    String scheme() {
      return url.startsWith("https:") ? "HTTPS" : "HTTP";
    }
  }

  /** The command line of {@link ColdStart}. */
  static final class Options {
    int runs = 15;
    int warmup = 2;
    @Nullable String cpus;
    boolean cds;
    boolean httpOnly;
    boolean httpsOnly;
    @Nullable String url;
    String apiKey = "";

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--runs":
            options.runs = Integer.parseInt(value);
            i++;
            break;
          case "--warmup":
            options.warmup = Integer.parseInt(value);
            i++;
            break;
          case "--cpus":
            options.cpus = value;
            i++;
            break;
          case "--cds":
            options.cds = true;
            break;
          case "--http-only":
            options.httpOnly = true;
            break;
          case "--https-only":
            options.httpsOnly = true;
            break;
          case "--url":
            options.url = value;
            i++;
            break;
          case "--api-key":
            options.apiKey = value;
            i++;
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (options.httpOnly && options.httpsOnly) {
        throw new IllegalArgumentException("--http-only and --https-only exclude each other");
      }
      if (options.url != null && (options.httpOnly || options.httpsOnly)) {
        throw new IllegalArgumentException(
            "--http-only and --https-only need the testkit, not --url");
      }
      if (options.runs < 6) {
        throw new IllegalArgumentException("--runs must be at least 6 for a 95 % interval");
      }
      return options;
    }

    String placement() {
      if (cpus != null) {
        return "pinned with `taskset -c " + cpus + "`";
      }
      int available = Runtime.getRuntime().availableProcessors();
      return available == 1
          ? "on the 1 CPU this process is pinned to"
          : "unpinned (" + available + " CPUs)";
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%d runs per side after %d warm-up runs, %s%s, server %s%s",
          runs,
          warmup,
          placement(),
          cds ? ", with AppCDS variants" : "",
          url == null ? "in this process (testkit)" : url,
          url != null ? "" : httpOnly ? ", HTTP" : httpsOnly ? ", HTTPS" : ", HTTP and HTTPS");
    }
  }
}

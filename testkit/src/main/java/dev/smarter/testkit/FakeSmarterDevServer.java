package dev.smarter.testkit;

import com.sun.net.httpserver.HttpServer;
import dev.smarter.testkit.internal.ApiKeys;
import dev.smarter.testkit.internal.Database;
import dev.smarter.testkit.internal.ExchangeHandler;
import dev.smarter.testkit.internal.FakeApi;
import dev.smarter.testkit.internal.FaultPlan;
import dev.smarter.testkit.internal.Seeder;
import dev.smarter.testkit.internal.ServerTime;
import dev.smarter.testkit.internal.TokenService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An in-process fake of the Smarter Dev API: every route of the real server with its status codes,
 * wrapped list bodies, field order, error texts, datetime formats and quirks (302 for unknown
 * paths, 405 for wrong methods, 500s with Python's messages for malformed input), on an in-memory
 * store. It records every request and can inject faults.
 *
 * <pre>{@code
 * try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start()) {
 *   String baseUrl = server.url();               // http://127.0.0.1:<port>
 *   SeededUser giver = server.seedUser(1L, "alice");
 *   server.setBytesBalance(giver.id(), 100);
 *   server.faults().failNext(1, 503);
 *   // ... exercise a client ...
 *   RecordedApiRequest first = server.takeRequest();
 * }
 * }</pre>
 *
 * <p>Serves HTTP/1.1 on the loopback interface with the JDK's {@code HttpServer} and a thread per
 * concurrent request. The property {@code sun.net.httpserver.nodelay} is set to {@code true} when
 * this class loads (unless already set): without TCP_NODELAY every response stalls ~40 ms on
 * Nagle's algorithm. It only takes effect if no {@code HttpServer} was created earlier in the JVM.
 *
 * <p>Times: values the real server takes from Python's {@code datetime.now()} use the {@linkplain
 * Builder#clock(Clock) clock}'s zone with microseconds; database defaults ({@code created_at}...)
 * are the clock's instant in UTC, whole seconds. Thread-safe.
 */
public final class FakeSmarterDevServer implements AutoCloseable {
  /** The API key accepted when none is configured. */
  public static final String DEFAULT_API_KEY = "test-key";

  /** The key the real server accepts in local mode ({@code SMARTER_DEV_LOCAL=1}). */
  public static final String LOCAL_API_KEY = ApiKeys.LOCAL_KEY;

  private static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);

  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final int requestedPort;
  private final Clock clock;
  private final List<String> configuredKeys;
  private final ApiKeys apiKeys;
  private final TokenService tokens;
  private final Database database;
  private final Seeder seeder;
  private final FaultPlan faultPlan = new FaultPlan();
  private final Faults faults;
  private final RequestJournal journal = new RequestJournal();
  private final FakeApi api;

  private @Nullable HttpServer server;
  private @Nullable ExecutorService executor;
  private boolean closed;

  private FakeSmarterDevServer(Builder builder) {
    this.requestedPort = builder.port;
    this.clock = builder.clock;
    this.configuredKeys =
        builder.apiKeys.isEmpty() ? List.of(DEFAULT_API_KEY) : List.copyOf(builder.apiKeys);
    ServerTime time = new ServerTime(clock);
    this.apiKeys = new ApiKeys(configuredKeys, builder.localMode);
    this.tokens = new TokenService(time);
    this.database = new Database(time);
    this.seeder = new Seeder(database);
    this.faults = new Faults(faultPlan, tokens, apiKeys);
    this.api = new FakeApi(database, apiKeys, tokens);
  }

  /** A builder with the defaults: random port, local mode off, key {@value #DEFAULT_API_KEY}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port and starts serving; returns this.
   *
   * @throws IllegalStateException if already started or closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized FakeSmarterDevServer start() {
    if (closed || server != null) {
      throw new IllegalStateException(closed ? "closed" : "already started");
    }
    try {
      HttpServer http =
          HttpServer.create(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 128);
      ExecutorService pool = Executors.newCachedThreadPool(new ServerThreads());
      http.setExecutor(pool);
      http.createContext("/", new ExchangeHandler(api, faultPlan, journal));
      http.start();
      this.server = http;
      this.executor = pool;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind port " + requestedPort, e);
    }
  }

  /**
   * The base URL, e.g. {@code http://127.0.0.1:8000} (no trailing slash).
   *
   * @throws IllegalStateException if not started
   */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * The port served.
   *
   * @throws IllegalStateException if not started
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.getAddress().getPort();
  }

  /** Whether local mode is on: key {@value #LOCAL_API_KEY} accepted, balance route open. */
  public boolean localMode() {
    return apiKeys.localMode();
  }

  /** The first configured API key (never {@value #LOCAL_API_KEY} unless configured). */
  public String apiKey() {
    return configuredKeys.get(0);
  }

  /** The API keys the token exchange accepts now (revoked keys excluded). */
  public Set<String> apiKeys() {
    return apiKeys.acceptedKeys();
  }

  /** The clock the fake reads for "now". */
  public Clock clock() {
    return clock;
  }

  /** Fault injection for this server. */
  public Faults faults() {
    return faults;
  }

  /**
   * A valid token, as if the first configured key had been exchanged (not recorded as a request).
   * Handy for raw HTTP tests.
   */
  public String issueToken() {
    return tokens.issue(1, "API key 1");
  }

  /**
   * The oldest recorded request not yet taken, waiting up to 10 s for one.
   *
   * @throws IllegalStateException if no request arrives in time
   * @throws InterruptedException if interrupted while waiting
   */
  public RecordedApiRequest takeRequest() throws InterruptedException {
    RecordedApiRequest request = takeRequest(DEFAULT_TAKE_TIMEOUT);
    if (request == null) {
      throw new IllegalStateException("no request arrived within " + DEFAULT_TAKE_TIMEOUT);
    }
    return request;
  }

  /**
   * The oldest recorded request not yet taken, or {@code null} if none arrives within {@code
   * timeout}.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public @Nullable RecordedApiRequest takeRequest(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout == null");
    return journal.take(timeout);
  }

  /** Every request recorded since start (or the last clear), oldest first, taken ones included. */
  public List<RecordedApiRequest> recordedRequests() {
    return journal.history();
  }

  /** How many requests were recorded since start (or the last clear). */
  public int requestCount() {
    return journal.count();
  }

  /** Forgets the recorded requests. */
  public void clearRecordedRequests() {
    journal.clear();
  }

  /**
   * Writes a guild directly to the store (with the defaults {@code POST /api/guilds} uses).
   *
   * @throws IllegalArgumentException if a guild with {@code discordId} exists
   */
  public SeededGuild seedGuild(long discordId, String name) {
    Objects.requireNonNull(name, "name == null");
    return new SeededGuild(seeder.seedGuild(discordId, name), discordId, name);
  }

  /**
   * Writes a user directly to the store, with a bytes balance of 0.
   *
   * @throws IllegalArgumentException if a user with {@code discordId} exists
   */
  public SeededUser seedUser(long discordId, String username) {
    Objects.requireNonNull(username, "username == null");
    return new SeededUser(seeder.seedUser(discordId, username), discordId, username);
  }

  /**
   * Sets a user's stored bytes balance; no API route grants bytes, so this is how a test funds a
   * giver. Note the real server's quirk, reproduced here: {@code GET /api/bytes/balance/{id}}
   * resets the stored balance to (bytes received − bytes given) for every user whose {@code
   * discord_id} is not 0 (the system user). Fund a user with Discord id 0 to give durable bytes.
   *
   * @throws IllegalArgumentException if there is no user with row id {@code userId}
   */
  public void setBytesBalance(long userId, long balance) {
    seeder.setBytesBalance(userId, balance);
  }

  /**
   * A user's stored bytes balance.
   *
   * @throws IllegalArgumentException if there is no user with row id {@code userId}
   * @throws IllegalStateException if the stored value is not an integer (set through the API)
   */
  public long bytesBalance(long userId) {
    Object balance = seeder.bytesBalance(userId);
    if (!(balance instanceof Long)) {
      throw new IllegalStateException("bytes_balance is not an integer");
    }
    return (Long) balance;
  }

  /** The number of rows in {@code table}. */
  public int rowCount(FakeTable table) {
    Objects.requireNonNull(table, "table == null");
    return database.rowCount(table.tableName());
  }

  /**
   * Empties the store, forgets recorded requests, disarms faults and restores revoked keys. Issued
   * tokens stay valid.
   */
  public void reset() {
    database.clear();
    journal.reset();
    faultPlan.clear();
    apiKeys.restoreAll();
  }

  /** Stops serving (idempotent). Requests in flight are cut off. */
  @Override
  public synchronized void close() {
    closed = true;
    if (server != null) {
      server.stop(0);
      server = null;
    }
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized String toString() {
    return "FakeSmarterDevServer["
        + (server == null ? (closed ? "closed" : "not started") : url())
        + ", localMode="
        + localMode()
        + "]";
  }

  /** Options for a {@link FakeSmarterDevServer}. Not thread-safe. */
  public static final class Builder {
    private int port;
    private boolean localMode;
    private final List<String> apiKeys = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The port to bind on 127.0.0.1; 0 (the default) picks a free one.
     *
     * @throws IllegalArgumentException if not in 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Local development mode, like the server with {@code SMARTER_DEV_LOCAL=1}: the key {@value
     * #LOCAL_API_KEY} is accepted and {@code /api/bytes/balance/...} needs no token.
     */
    public Builder localMode(boolean localMode) {
      this.localMode = localMode;
      return this;
    }

    /**
     * Adds an accepted API key (call again for more). Without any, {@value #DEFAULT_API_KEY} is
     * accepted.
     *
     * @throws IllegalArgumentException if {@code apiKey} is empty
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isEmpty()) {
        throw new IllegalArgumentException("apiKey is empty");
      }
      apiKeys.add(apiKey);
      return this;
    }

    /** The clock for "now" (default {@link Clock#systemUTC()}); its zone is the server's. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** A new, not yet started server. */
    public FakeSmarterDevServer build() {
      return new FakeSmarterDevServer(this);
    }
  }

  private static final class ServerThreads implements ThreadFactory {
    private static final AtomicInteger SERVERS = new AtomicInteger();
    private final int server = SERVERS.incrementAndGet();
    private final AtomicInteger threads = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread =
          new Thread(task, "fake-smarter-dev-" + server + "-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

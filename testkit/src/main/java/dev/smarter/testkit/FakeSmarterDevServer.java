package dev.smarter.testkit;

import dev.smarter.testkit.internal.ApiKeys;
import dev.smarter.testkit.internal.Database;
import dev.smarter.testkit.internal.ExchangeHandler;
import dev.smarter.testkit.internal.FakeApi;
import dev.smarter.testkit.internal.FaultPlan;
import dev.smarter.testkit.internal.HttpTransport;
import dev.smarter.testkit.internal.Seeder;
import dev.smarter.testkit.internal.ServerClock;
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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
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
 * <p>Serves HTTP/1.1 with keep-alive on the loopback interface, a thread per open connection,
 * TCP_NODELAY on every socket; it reads header values exactly as sent, so that the real server's
 * checks on them (such as a tab after {@code Bearer}) behave the same here.
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

  private final int requestedPort;
  private final ServerClock clock;
  private final List<String> configuredKeys;
  private final ApiKeys apiKeys;
  private final TokenService tokens;
  private final Database database;
  private final Seeder seeder;
  private final FaultPlan faultPlan = new FaultPlan();
  private final Faults faults;
  private final RequestJournal journal;
  private final FakeApi api;

  private @Nullable HttpTransport server;
  private boolean closed;

  private FakeSmarterDevServer(Builder builder) {
    this.requestedPort = builder.port;
    this.journal = new RequestJournal(builder.maxRecordedRequests);
    this.clock = new ServerClock(builder.clock);
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

  /**
   * A builder with the defaults: random port, local mode off, key {@value #DEFAULT_API_KEY}.
   *
   * @return a new builder; each call returns an independent one
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port and starts serving; returns this.
   *
   * @return this server, now serving, so that {@code builder().build().start()} chains
   * @throws IllegalStateException if already started or closed
   * @throws UncheckedIOException if the port cannot be bound
   */
  public synchronized FakeSmarterDevServer start() {
    if (closed || server != null) {
      throw new IllegalStateException(closed ? "closed" : "already started");
    }
    try {
      this.server =
          new HttpTransport(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort),
              new ExchangeHandler(api, faultPlan, journal),
              clock,
              new ServerThreads());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind port " + requestedPort, e);
    }
  }

  /**
   * The base URL, e.g. {@code http://127.0.0.1:8000} (no trailing slash).
   *
   * @return the base URL, such as {@code http://127.0.0.1:41523}; never ends with {@code /}
   * @throws IllegalStateException if not started
   */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /**
   * The port served.
   *
   * @return the bound port on 127.0.0.1, in 1..65535 (the actual one when 0 was requested)
   * @throws IllegalStateException if not started
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("not started");
    }
    return server.port();
  }

  /**
   * Whether local mode is on: key {@value #LOCAL_API_KEY} accepted, balance route open.
   *
   * @return {@code true} if the server was built with {@link Builder#localMode(boolean)
   *     localMode(true)}
   */
  public boolean localMode() {
    return apiKeys.localMode();
  }

  /**
   * The first configured API key (never {@value #LOCAL_API_KEY} unless configured).
   *
   * @return the first key passed to {@link Builder#apiKey(String)}, or {@value #DEFAULT_API_KEY} if
   *     none was; returned even if it has been {@linkplain Faults#revokeApiKey(String) revoked}
   */
  public String apiKey() {
    return configuredKeys.get(0);
  }

  /**
   * The API keys the token exchange accepts now (revoked keys excluded).
   *
   * @return a snapshot of the accepted keys, including {@value #LOCAL_API_KEY} in local mode; empty
   *     if every key is revoked
   */
  public Set<String> apiKeys() {
    return apiKeys.acceptedKeys();
  }

  /**
   * The server's clock: what it reads for "now" everywhere (token {@code iat} and {@code exp},
   * default timestamps such as {@code warned_at} and {@code awarded_at}, cooldowns, the {@code
   * date} header). A live view: it reads the {@linkplain Builder#clock(Clock) builder's clock} plus
   * every {@link #advanceClock(Duration)} since start or the last {@link #reset()}. Give it to a
   * client ({@code SmarterDevClient.builder().clock(server.clock())}) so that both agree on the
   * time; {@link FakeSmarterDevExtension}'s clients get it.
   *
   * @return the server's clock, in the builder clock's zone; never null
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Moves the server's "now" forward, for example past a token's hour ({@code
   * advanceClock(Duration.ofHours(1))} makes every token issued so far expire, as on the real
   * server) or past a guild's bytes cooldown. Works with any builder clock, fixed or not; {@link
   * #reset()} takes every advance back.
   *
   * @param amount how far to move the clock; zero or positive
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public void advanceClock(Duration amount) {
    Objects.requireNonNull(amount, "amount == null");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount < 0: " + amount);
    }
    clock.advance(amount);
  }

  /**
   * Fault injection for this server.
   *
   * @return this server's fault controls; always the same instance, usable before {@link #start()}
   */
  public Faults faults() {
    return faults;
  }

  /**
   * A valid token, as if the first configured key had been exchanged (not recorded as a request).
   * Handy for raw HTTP tests.
   *
   * @return a bearer token, valid for one hour of the server's {@linkplain #clock() clock} or until
   *     {@link Faults#expireTokens()} is called
   */
  public String issueToken() {
    return tokens.issue(1, "API key 1");
  }

  /**
   * The oldest recorded request not yet taken, waiting up to 10 s for one.
   *
   * @return the request, removed from the queue of requests not yet taken
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
   * @param timeout how long to wait for a request; zero or negative does not wait
   * @return the request, removed from the queue of requests not yet taken, or {@code null} if none
   *     arrived in time
   * @throws InterruptedException if interrupted while waiting
   */
  public @Nullable RecordedApiRequest takeRequest(Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout == null");
    return journal.take(timeout);
  }

  /**
   * Every request recorded since start (or the last clear), oldest first, taken ones included; the
   * most recent {@link Builder#maxRecordedRequests(int)} of them when that is set.
   *
   * @return an immutable snapshot; later requests do not show up in it
   */
  public List<RecordedApiRequest> recordedRequests() {
    return journal.history();
  }

  /**
   * The recorded requests {@code method pathPattern}, oldest first, taken ones included:
   *
   * <pre>{@code
   * assertThat(server.recordedRequests("POST", "/api/warnings")).hasSize(1);
   * assertThat(server.recordedRequests("PUT", "/api/guilds/{id}"))
   *     .extracting(RecordedApiRequest::path)
   *     .containsExactly("/api/guilds/1");
   * }</pre>
   *
   * @param method the HTTP method, compared case-insensitively
   * @param pathPattern the whole path, where a segment such as {@code {id}} stands for any one
   *     segment; see {@link RecordedApiRequest#matches(String, String)}
   * @return an immutable snapshot, empty if none matched
   * @throws IllegalArgumentException if {@code pathPattern} does not start with {@code /}
   */
  public List<RecordedApiRequest> recordedRequests(String method, String pathPattern) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(pathPattern, "pathPattern == null");
    if (!pathPattern.startsWith("/")) {
      throw new IllegalArgumentException("pathPattern must start with /: " + pathPattern);
    }
    return journal.history(request -> request.matches(method, pathPattern));
  }

  /**
   * The recorded requests {@code filter} accepts, oldest first, taken ones included; for example
   * {@code recordedRequests(r -> r.status() == 401)}.
   *
   * @param filter the condition, called once per recorded request
   * @return an immutable snapshot, empty if none matched
   */
  public List<RecordedApiRequest> recordedRequests(Predicate<? super RecordedApiRequest> filter) {
    Objects.requireNonNull(filter, "filter == null");
    return journal.history(filter);
  }

  /**
   * How many requests the server received since start (or the last clear).
   *
   * @return the number of requests, taken ones and ones beyond {@link
   *     Builder#maxRecordedRequests(int)} included
   */
  public int requestCount() {
    return journal.count();
  }

  /**
   * How many recorded requests were {@code method pathPattern}, taken ones included.
   *
   * @param method the HTTP method, compared case-insensitively
   * @param pathPattern the whole path, where a segment such as {@code {id}} stands for any one
   *     segment; see {@link RecordedApiRequest#matches(String, String)}
   * @return the number of matching requests
   * @throws IllegalArgumentException if {@code pathPattern} does not start with {@code /}
   */
  public int requestCount(String method, String pathPattern) {
    return recordedRequests(method, pathPattern).size();
  }

  /** Forgets the recorded requests. */
  public void clearRecordedRequests() {
    journal.clear();
  }

  /**
   * Writes a guild directly to the store (with the defaults {@code POST /api/guilds} uses).
   *
   * @param discordId the guild's Discord snowflake
   * @param name the guild name
   * @return the stored guild, with its new row id
   * @throws IllegalArgumentException if a guild with {@code discordId} exists
   */
  public SeededGuild seedGuild(long discordId, String name) {
    Objects.requireNonNull(name, "name == null");
    return new SeededGuild(seeder.seedGuild(discordId, name), discordId, name);
  }

  /**
   * Writes a user directly to the store, with a bytes balance of 0.
   *
   * @param discordId the user's Discord snowflake
   * @param username the user name
   * @return the stored user, with its new row id
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
   * @param userId the user's row id ({@link SeededUser#id()}), not the Discord id
   * @param balance the new balance; may be negative
   * @throws IllegalArgumentException if there is no user with row id {@code userId}
   */
  public void setBytesBalance(long userId, long balance) {
    seeder.setBytesBalance(userId, balance);
  }

  /**
   * A user's stored bytes balance.
   *
   * @param userId the user's row id ({@link SeededUser#id()}), not the Discord id
   * @return the stored balance, as is (not recomputed from transactions)
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

  /**
   * The number of rows in {@code table}.
   *
   * @param table the table to count
   * @return the number of rows stored now, 0 after {@link #reset()}
   */
  public int rowCount(FakeTable table) {
    Objects.requireNonNull(table, "table == null");
    return database.rowCount(table.tableName());
  }

  /**
   * Empties the store, forgets recorded requests, disarms faults, restores revoked keys and takes
   * back every {@link #advanceClock(Duration)}. Issued tokens stay valid (unless the clock goes
   * back to before they were issued, which PyJWT rejects as well).
   */
  public void reset() {
    clock.reset();
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
      server.close();
      server = null;
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
    private int maxRecordedRequests = Integer.MAX_VALUE;

    private Builder() {}

    /**
     * The port to bind on 127.0.0.1; 0 (the default) picks a free one.
     *
     * @param port the port, in 0..65535
     * @return this builder
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
     *
     * @param localMode {@code true} to turn local mode on; off by default
     * @return this builder
     */
    public Builder localMode(boolean localMode) {
      this.localMode = localMode;
      return this;
    }

    /**
     * Adds an accepted API key (call again for more). Without any, {@value #DEFAULT_API_KEY} is
     * accepted.
     *
     * @param apiKey a key the token exchange will accept
     * @return this builder
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

    /**
     * The clock for "now" (default {@link Clock#systemUTC()}); its zone is the server's. Tests move
     * the server's time with {@link FakeSmarterDevServer#advanceClock(Duration)}, whatever clock
     * this is.
     *
     * @param clock the clock the server reads; a fixed clock makes timestamps deterministic
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Keeps only the most recent {@code max} requests for {@link
     * FakeSmarterDevServer#recordedRequests()} and {@link FakeSmarterDevServer#takeRequest()}
     * (unlimited by default). A long-running server, such as the standalone one, would otherwise
     * hold every request it ever received.
     *
     * @param max how many requests to keep, 0 for none
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public Builder maxRecordedRequests(int max) {
      if (max < 0) {
        throw new IllegalArgumentException("max < 0: " + max);
      }
      this.maxRecordedRequests = max;
      return this;
    }

    /**
     * A new, not yet started server.
     *
     * @return a new server with this builder's current options; call {@link
     *     FakeSmarterDevServer#start()} on it
     */
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

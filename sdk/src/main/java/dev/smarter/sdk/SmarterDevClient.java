package dev.smarter.sdk;

import dev.smarter.sdk.internal.ApiCallAdapterFactory;
import dev.smarter.sdk.internal.ArgumentChecks;
import dev.smarter.sdk.internal.CallRuntime;
import dev.smarter.sdk.internal.CreateLookup;
import dev.smarter.sdk.internal.Json;
import dev.smarter.sdk.internal.JsonConverterFactory;
import dev.smarter.sdk.internal.LazyService;
import dev.smarter.sdk.internal.Listeners;
import dev.smarter.sdk.internal.LoggingInterceptor;
import dev.smarter.sdk.internal.NoDelaySocketFactory;
import dev.smarter.sdk.internal.RequestCapture;
import dev.smarter.sdk.internal.RetryNowGuard;
import dev.smarter.sdk.internal.Timeouts;
import dev.smarter.sdk.internal.TokenProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.net.SocketFactory;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * The entry point of the SDK: a client for one Smarter Dev API server.
 *
 * <pre>{@code
 * try (SmarterDevClient client = SmarterDevClient.fromEnv()) {
 *   Guild guild = client.guilds().create(NewGuild.of(123L, "Smarter Dev")).execute();
 *   List<DiscordUser> users = client.users().list().execute();
 * }
 * }</pre>
 *
 * <p>Each resource group ({@link #guilds()}, {@link #users()}, {@link #warnings()}, {@link
 * #moderationCases()}, {@link #bytes()}) is a Retrofit interface whose methods return an {@link
 * ApiCall}. The client exchanges the API key for a bearer token on first use, caches it, renews it
 * a minute before it expires, and renews it once when the server refuses it. Redirects are never
 * followed: the server answers unknown paths with a redirect to its home page, which surfaces as
 * {@link UnexpectedResponseException}.
 *
 * <p>Immutable and thread-safe: share one client across the application. {@link #close()} stops the
 * HTTP threads and connections the client created; an {@link OkHttpClient} passed to {@link
 * Builder#okHttpClient(OkHttpClient)} is left running for its owner. The API key and tokens never
 * appear in {@code toString()}, exception messages or logs.
 */
public final class SmarterDevClient implements SmarterDevApi, AutoCloseable {
  /** The base URL used when none is configured. */
  public static final String DEFAULT_BASE_URL = "http://localhost:8000";

  /** The API key the server accepts when it runs with {@code SMARTER_DEV_LOCAL=1}. */
  public static final String LOCAL_API_KEY = "TESTING";

  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /** The default of {@link Builder#maxConcurrentRequests(int)}. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 32;

  /** Room above the request limit in an owned dispatcher, for token exchanges. */
  private static final int DISPATCHER_HEADROOM = 4;

  private final Builder settings;
  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final CallRuntime runtime;
  private final LazyService<GuildsApi> guilds;
  private final LazyService<UsersApi> users;
  private final LazyService<WarningsApi> warnings;
  private final LazyService<ModerationCasesApi> moderationCases;
  private final LazyService<BytesApi> bytes;

  private SmarterDevClient(Builder builder) {
    this.settings = builder.copy();
    this.baseUrl = builder.parsedBaseUrl();
    String apiKey = builder.requireApiKey();
    this.ownsHttpClient = builder.okHttpClient == null;
    this.httpClient = builder.httpClient(baseUrl);
    Listeners listeners = new Listeners(builder.listeners);
    this.runtime =
        new CallRuntime(
            httpClient,
            builder.maxConcurrentRequests,
            builder.retryPolicy,
            builder.callTimeout(),
            builder.sleeper,
            builder.random,
            builder.clock,
            listeners,
            builder.reconcileCreates);
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .callFactory(new RequestCapture())
            .addCallAdapterFactory(new ApiCallAdapterFactory(runtime))
            .addConverterFactory(new JsonConverterFactory(Json.moshi(builder.serverZone)))
            .build();
    runtime.tokens(new TokenProvider(runtime, baseUrl, apiKey, builder.clock, listeners));
    // Each group is built, and each endpoint parsed, on first use: a short-lived program that
    // makes one call pays for one (EndpointsTest checks every endpoint parses).
    ArgumentChecks arguments = new ArgumentChecks();
    this.guilds = new LazyService<>(retrofit, GuildsApi.class, arguments);
    this.users = new LazyService<>(retrofit, UsersApi.class, arguments);
    this.warnings = new LazyService<>(retrofit, WarningsApi.class, arguments);
    this.moderationCases = new LazyService<>(retrofit, ModerationCasesApi.class, arguments);
    this.bytes = new LazyService<>(retrofit, BytesApi.class, arguments);
    runtime.lookups(new CreateLookup.Registry(warnings, moderationCases, bytes));
  }

  /**
   * Returns a new builder with the defaults: base URL {@value #DEFAULT_BASE_URL}, no API key.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client configured from the environment: {@code SMARTER_DEV_API_URL} (default {@value
   * #DEFAULT_BASE_URL}), {@code SMARTER_DEV_API_KEY}, and {@code SMARTER_DEV_LOCAL=1}, which
   * selects the local development key {@value #LOCAL_API_KEY} when no key is set.
   *
   * @return a new client
   * @throws IllegalStateException if no API key is configured, naming the variable to set
   * @throws IllegalArgumentException if {@code SMARTER_DEV_API_URL} is not an http(s) URL
   */
  public static SmarterDevClient fromEnv() {
    return builder().environment(System.getenv()).build();
  }

  /**
   * Returns a builder holding this client's settings. A client built from it creates its own HTTP
   * resources, unless this client was given an {@link OkHttpClient}, which it then shares.
   *
   * @return a new builder, not thread-safe
   */
  public Builder newBuilder() {
    return settings.copy();
  }

  /**
   * Returns the guild endpoints.
   *
   * @return the guilds group, thread-safe
   */
  @Override
  public GuildsApi guilds() {
    return guilds.get();
  }

  /**
   * Returns the user endpoints.
   *
   * @return the users group, thread-safe
   */
  @Override
  public UsersApi users() {
    return users.get();
  }

  /**
   * Returns the warning endpoints.
   *
   * @return the warnings group, thread-safe
   */
  @Override
  public WarningsApi warnings() {
    return warnings.get();
  }

  /**
   * Returns the moderation case endpoints.
   *
   * @return the moderation cases group, thread-safe
   */
  @Override
  public ModerationCasesApi moderationCases() {
    return moderationCases.get();
  }

  /**
   * Returns the bytes endpoints.
   *
   * @return the bytes group, thread-safe
   */
  @Override
  public BytesApi bytes() {
    return bytes.get();
  }

  /**
   * Returns the base URL requests are sent to.
   *
   * @return the base URL, ending with {@code /}
   */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Returns how many requests of this client are in flight now: requests that hold one of the
   * {@link Builder#maxConcurrentRequests(int)} slots, from sending until their response headers
   * arrive or they fail (token exchanges are not counted). A gauge for metrics; the value may be
   * stale by the time it is read.
   *
   * @return the slots in use, from 0 to the limit
   */
  public int requestsInFlight() {
    return runtime.requestsInFlight();
  }

  /**
   * Closes the client: later calls throw {@link IllegalStateException}, and calls still waiting
   * (for a token, a request slot or a retry) end at once with an {@link ApiIoException} saying the
   * client was closed before their next request was sent. Requests already in flight finish on
   * their own. Releases the dispatcher threads, timer and pooled connections the client created; a
   * caller-supplied {@link OkHttpClient} is left as it was. Idempotent.
   */
  @Override
  public void close() {
    if (runtime.close() && ownsHttpClient) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  /** The client this one sends its requests with; for the SDK's own tests. */
  OkHttpClient httpClient() {
    return httpClient;
  }

  @Override
  public String toString() {
    return "SmarterDevClient{baseUrl=" + withoutCredentials(baseUrl) + "}";
  }

  private static String withoutCredentials(HttpUrl url) {
    return url.newBuilder().username("").password("").build().toString();
  }

  /**
   * Configures a {@link SmarterDevClient}. Not thread-safe; {@link #build()} may be called more
   * than once, each time making an independent client.
   */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable String apiKey;
    private @Nullable String apiKeySource;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Duration callTimeout;
    private ZoneId serverZone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Random random = new Random();
    private boolean httpLogging;
    private List<CallListener> listeners = List.of();
    private boolean reconcileCreates = true;

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
      copy.baseUrl = baseUrl;
      copy.apiKey = apiKey;
      copy.apiKeySource = apiKeySource;
      copy.okHttpClient = okHttpClient;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.writeTimeout = writeTimeout;
      copy.callTimeout = callTimeout;
      copy.serverZone = serverZone;
      copy.clock = clock;
      copy.retryPolicy = retryPolicy;
      copy.maxConcurrentRequests = maxConcurrentRequests;
      copy.sleeper = sleeper;
      copy.random = random;
      copy.httpLogging = httpLogging;
      copy.listeners = listeners;
      copy.reconcileCreates = reconcileCreates;
      return copy;
    }

    /**
     * Sets the server's base URL, such as {@code https://smarter.dev}; paths start with {@code
     * /api/} below it. For an {@code http://} URL the client the SDK makes for itself is
     * cleartext-only, which spares it TLS setup when it is built; a client given with {@link
     * #okHttpClient(OkHttpClient)} keeps its own connection specs.
     *
     * @param baseUrl an http or https URL
     * @return this builder
     * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      parse(baseUrl);
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the API key the client exchanges for bearer tokens. It is only ever sent to {@code POST
     * /api/auth/token}.
     *
     * @param apiKey the key, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code apiKey} is blank
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      this.apiKeySource = "apiKey()";
      return this;
    }

    /**
     * Reads {@code SMARTER_DEV_API_URL}, {@code SMARTER_DEV_API_KEY}, {@code SMARTER_DEV_LOCAL} and
     * {@code SMARTER_DEV_LOG} from {@code environment} (normally {@link System#getenv()}). A
     * variable that is absent or blank changes nothing; {@code SMARTER_DEV_LOCAL=1} selects the key
     * {@value #LOCAL_API_KEY} when {@code SMARTER_DEV_API_KEY} is not set; {@code
     * SMARTER_DEV_LOG=debug} (or {@code trace}) turns on {@link #httpLogging(boolean)}.
     *
     * @param environment the variables
     * @return this builder
     * @throws IllegalArgumentException if {@code SMARTER_DEV_API_URL} is not an http(s) URL
     */
    public Builder environment(Map<String, String> environment) {
      Objects.requireNonNull(environment, "environment == null");
      String url = environment.get("SMARTER_DEV_API_URL");
      if (url != null && !url.isBlank()) {
        try {
          baseUrl(url.trim());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("SMARTER_DEV_API_URL is not an http(s) URL", e);
        }
      }
      String key = environment.get("SMARTER_DEV_API_KEY");
      if (key != null && !key.isBlank()) {
        this.apiKey = key.trim();
        this.apiKeySource = "SMARTER_DEV_API_KEY";
      } else if ("1".equals(environment.get("SMARTER_DEV_LOCAL"))) {
        this.apiKey = LOCAL_API_KEY;
        this.apiKeySource = "SMARTER_DEV_LOCAL=1";
      }
      String log = environment.get("SMARTER_DEV_LOG");
      if (log != null && (log.equalsIgnoreCase("debug") || log.equalsIgnoreCase("trace"))) {
        this.httpLogging = true;
      }
      return this;
    }

    /**
     * Sets an {@link OkHttpClient} to share its connection pool, dispatcher, proxy and
     * interceptors. The SDK derives its own client from it (adding authentication, turning
     * redirects off and Nagle's algorithm off) and never shuts it down. Its timeouts are kept
     * unless set on this builder too.
     *
     * @param okHttpClient the client to share
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * Sets the timeout for opening a connection (default 10 s).
     *
     * @param timeout between 1 ms and {@code Integer.MAX_VALUE} ms (about 24.8 days), OkHttp's
     *     range
     * @return this builder
     * @throws IllegalArgumentException if out of range, naming the setting
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Timeouts.check(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the timeout between two reads of a response (default 30 s).
     *
     * @param timeout between 1 ms and {@code Integer.MAX_VALUE} ms (about 24.8 days), OkHttp's
     *     range
     * @return this builder
     * @throws IllegalArgumentException if out of range, naming the setting
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Timeouts.check(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the timeout between two writes of a request (default 30 s).
     *
     * @param timeout between 1 ms and {@code Integer.MAX_VALUE} ms (about 24.8 days), OkHttp's
     *     range
     * @return this builder
     * @throws IllegalArgumentException if out of range, naming the setting
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Timeouts.check(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the deadline of one call from start to end, token exchange included (default 60 s).
     *
     * @param timeout between 1 ms and {@code Integer.MAX_VALUE} ms (about 24.8 days), OkHttp's
     *     range
     * @return this builder
     * @throws IllegalArgumentException if out of range, naming the setting
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Timeouts.check(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the zone of the server's clock. The server sends and receives datetimes without an
     * offset; they are read and written in this zone (default UTC, as on the real server).
     *
     * @param serverZone the server's zone
     * @return this builder
     */
    public Builder serverZone(ZoneId serverZone) {
      this.serverZone = Objects.requireNonNull(serverZone, "serverZone == null");
      return this;
    }

    /**
     * Sets the clock that decides when a token is due for renewal. For tests.
     *
     * @param clock the clock (default {@link Clock#systemUTC()})
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Sets when and how often failed requests are retried (default {@link RetryPolicy#defaults()}:
     * 2 retries with jittered exponential backoff).
     *
     * @param retryPolicy the policy; {@link RetryPolicy#none()} disables retries
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Sets how many times a failed request may be sent again, keeping the rest of the retry policy.
     *
     * @param maxRetries the retries after the first attempt, {@code >= 0}; 0 disables retries
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.withMaxRetries(maxRetries);
      return this;
    }

    /**
     * Sets the most requests this client has in flight at once, synchronous and asynchronous
     * together (default {@value SmarterDevClient#DEFAULT_MAX_CONCURRENT_REQUESTS}). Further calls
     * wait for a free slot.
     *
     * @param maxConcurrentRequests the limit, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1) {
        throw new IllegalArgumentException(
            "maxConcurrentRequests must be positive but was " + maxConcurrentRequests);
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * Turns HTTP logging on or off (default off). When on, each attempt of each request is logged
     * through SLF4J to the logger {@code dev.smarter.sdk.http}: method, path, status, duration and
     * attempt number at DEBUG, bodies too at TRACE. Headers are never logged, and the token
     * exchange's bodies are redacted, so neither the API key nor a token reaches the log.
     *
     * @param enabled whether to log
     * @return this builder
     */
    public Builder httpLogging(boolean enabled) {
      this.httpLogging = enabled;
      return this;
    }

    /**
     * Sets how the client waits between retries. For tests, so that they need not sleep.
     *
     * @param sleeper the sleeper (default {@link Sleeper#SYSTEM})
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Sets the source of backoff jitter. For tests, so that delays are deterministic.
     *
     * @param random the source (default a new {@link Random})
     * @return this builder
     */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * Turns on or off (default on) what makes warning, moderation case and bytes award creates
     * effectively exactly-once: when such a create fails ambiguously (dropped connection, timeout,
     * 502/503/504), the SDK looks for the row it sent and, found, returns it; proven absent, sends
     * it again; else throws {@link OutcomeUnknownException}. To find it, each create the caller
     * left without a time ({@code warnedAt}, {@code createdAt}, {@code awardedAt}) is stamped with
     * a unique microsecond time from this client's clock, converted to {@link #serverZone}: the
     * stored time is then the client's clock rather than the server's. Off, such a create fails
     * with {@link OutcomeUnknownException} at once and its time is the server's, as in 0.1.0.
     *
     * @param enabled whether to reconcile creates
     * @return this builder
     */
    public Builder reconcileCreates(boolean enabled) {
      this.reconcileCreates = enabled;
      return this;
    }

    /**
     * Adds a listener that sees every call, attempt, retry, token exchange and {@code upsertAll}
     * batch of the client; see {@link CallListener}. Listeners are called in the order added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(CallListener listener) {
      Objects.requireNonNull(listener, "listener == null");
      List<CallListener> added = new ArrayList<>(listeners);
      added.add(listener);
      this.listeners = List.copyOf(added);
      return this;
    }

    /**
     * Returns a new client with these settings.
     *
     * @return the client
     * @throws IllegalStateException if no API key was configured
     */
    public SmarterDevClient build() {
      return new SmarterDevClient(this);
    }

    private String requireApiKey() {
      if (apiKey == null) {
        throw new IllegalStateException(
            "no API key configured: set SMARTER_DEV_API_KEY (or SMARTER_DEV_LOCAL=1 to use the"
                + " local development key) or call SmarterDevClient.builder().apiKey(...)");
      }
      return apiKey;
    }

    private HttpUrl parsedBaseUrl() {
      HttpUrl url = parse(baseUrl);
      return url.encodedPath().endsWith("/")
          ? url
          : url.newBuilder().encodedPath(url.encodedPath() + "/").build();
    }

    private static HttpUrl parse(String url) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException(
            "baseUrl is not an http(s) URL (it must start with http:// or https://)");
      }
      return parsed;
    }

    private Duration callTimeout() {
      if (callTimeout != null) {
        return callTimeout;
      }
      if (okHttpClient != null && okHttpClient.callTimeoutMillis() > 0) {
        return Duration.ofMillis(okHttpClient.callTimeoutMillis());
      }
      return DEFAULT_CALL_TIMEOUT;
    }

    /**
     * The client every request is sent with. OkHttp repeats nothing on its own: the SDK's retry
     * budget is the only one ({@code retryOnConnectionFailure} off, {@link RetryNowGuard}), and the
     * call deadline is applied per attempt by the SDK, so OkHttp's own call timeout is off.
     *
     * <p>A client of its own for an {@code http://} base URL is made cleartext-only: it never
     * connects anywhere else (redirects are not followed), and OkHttp then skips loading the
     * platform's trust store and TLS setup, about half of the time it takes to build a client.
     */
    private OkHttpClient httpClient(HttpUrl baseUrl) {
      OkHttpClient.Builder builder;
      if (okHttpClient == null) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(maxConcurrentRequests + DISPATCHER_HEADROOM);
        dispatcher.setMaxRequestsPerHost(maxConcurrentRequests + DISPATCHER_HEADROOM);
        builder =
            new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(DEFAULT_CONNECT_TIMEOUT)
                .readTimeout(DEFAULT_READ_TIMEOUT)
                .writeTimeout(DEFAULT_WRITE_TIMEOUT);
        if (!baseUrl.isHttps()) {
          builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
      } else {
        builder = okHttpClient.newBuilder();
      }
      if (connectTimeout != null) {
        builder.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        builder.readTimeout(readTimeout);
      }
      if (writeTimeout != null) {
        builder.writeTimeout(writeTimeout);
      }
      if (httpLogging) {
        builder.addInterceptor(new LoggingInterceptor());
      }
      SocketFactory socketFactory =
          okHttpClient == null ? SocketFactory.getDefault() : okHttpClient.socketFactory();
      return builder
          .callTimeout(Duration.ZERO)
          .retryOnConnectionFailure(false)
          .followRedirects(false)
          .followSslRedirects(false)
          .addNetworkInterceptor(new RetryNowGuard())
          .socketFactory(new NoDelaySocketFactory(socketFactory))
          .build();
    }

    @Override
    public String toString() {
      HttpUrl parsed = HttpUrl.parse(baseUrl);
      return "SmarterDevClient.Builder{baseUrl="
          + (parsed == null ? "?" : withoutCredentials(parsed))
          + ", apiKey="
          + (apiKeySource == null ? "unset" : "**** (from " + apiKeySource + ")")
          + "}";
    }
  }
}

package dev.smarter.testkit;

import dev.smarter.sdk.SmarterDevClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link FakeSmarterDevServer} for a test class and hands each test
 * a {@link SmarterDevClient} configured for it.
 *
 * <pre>{@code
 * @ExtendWith(FakeSmarterDevExtension.class)
 * class MyTest {
 *   @Test
 *   void createsGuild(SmarterDevClient client, FakeSmarterDevServer server) {
 *     client.guilds().create(NewGuild.of(1L, "Guild")).execute();
 *     assertThat(server.takeRequest().path()).isEqualTo("/api/auth/token");
 *   }
 * }
 * }</pre>
 *
 * <p>Or register it to configure it and reach it from fields:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeSmarterDevExtension fake =
 *     FakeSmarterDevExtension.create().withClient(builder -> builder.maxRetries(0));
 * }</pre>
 *
 * <p>The server starts on a free loopback port the first time it is needed and stops after the test
 * class. Before each test it is {@linkplain FakeSmarterDevServer#reset() reset} (rows, faults,
 * recorded requests and clock advances cleared), so tests do not see each other's data. Clients are
 * made per test and closed after it; they use the server's API key and clock, and they retry
 * without sleeping so that fault-injection tests stay fast. Time is the server's: build the server
 * with a fixed clock for exact timestamps and move it with {@link
 * FakeSmarterDevServer#advanceClock(Duration)}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeSmarterDevExtension fake =
 *     FakeSmarterDevExtension.create(
 *         FakeSmarterDevServer.builder()
 *             .clock(Clock.fixed(Instant.parse("2026-11-24T03:10:00Z"), ZoneOffset.UTC)));
 *
 * @Test
 * void cooldownEnds(SmarterDevClient client, FakeSmarterDevServer server) {
 *   // ... a first give, then:
 *   server.advanceClock(Duration.ofDays(1));
 *   // ... the second give succeeds
 * }
 * }</pre>
 *
 * <p>Test methods and constructors may declare parameters of type {@link FakeSmarterDevServer} and
 * {@link SmarterDevClient}. Not meant for parallel test execution within one class.
 */
public final class FakeSmarterDevExtension
    implements BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
  private final FakeSmarterDevServer.Builder serverBuilder;
  private final UnaryOperator<SmarterDevClient.Builder> clientCustomizer;
  private final List<SmarterDevClient> clients = new ArrayList<>();
  private @Nullable FakeSmarterDevServer server;

  /** Creates the extension with a default server (API key {@code test-key}, not local mode). */
  public FakeSmarterDevExtension() {
    this(FakeSmarterDevServer.builder(), UnaryOperator.identity());
  }

  private FakeSmarterDevExtension(
      FakeSmarterDevServer.Builder serverBuilder,
      UnaryOperator<SmarterDevClient.Builder> clientCustomizer) {
    this.serverBuilder = serverBuilder;
    this.clientCustomizer = clientCustomizer;
  }

  /**
   * Returns an extension with a default server.
   *
   * @return a new extension
   */
  public static FakeSmarterDevExtension create() {
    return new FakeSmarterDevExtension();
  }

  /**
   * Returns an extension whose server is built by {@code serverBuilder} (its port is ignored; a
   * free one is used).
   *
   * @param serverBuilder the server's configuration
   * @return a new extension
   */
  public static FakeSmarterDevExtension create(FakeSmarterDevServer.Builder serverBuilder) {
    return new FakeSmarterDevExtension(
        Objects.requireNonNull(serverBuilder, "serverBuilder == null"), UnaryOperator.identity());
  }

  /**
   * Returns a copy whose clients are further configured by {@code customizer}.
   *
   * @param customizer applied to each client builder after the extension's own settings
   * @return a new extension
   */
  public FakeSmarterDevExtension withClient(UnaryOperator<SmarterDevClient.Builder> customizer) {
    Objects.requireNonNull(customizer, "customizer == null");
    return new FakeSmarterDevExtension(
        serverBuilder, builder -> customizer.apply(clientCustomizer.apply(builder)));
  }

  /**
   * Returns the running server, starting it if needed.
   *
   * @return the server
   */
  public synchronized FakeSmarterDevServer server() {
    if (server == null) {
      server = serverBuilder.port(0).build().start();
    }
    return server;
  }

  /**
   * Returns a builder for a client of the server: its URL, its API key, the {@linkplain
   * FakeSmarterDevServer#clock() server's clock} (so that {@link
   * FakeSmarterDevServer#advanceClock(Duration)} moves the client's time too, and the client renews
   * its token when the server would consider it expired), and retries that do not sleep.
   *
   * @return a new client builder
   */
  public SmarterDevClient.Builder clientBuilder() {
    FakeSmarterDevServer running = server();
    return clientCustomizer.apply(
        SmarterDevClient.builder()
            .baseUrl(running.url())
            .apiKey(running.apiKey())
            .clock(running.clock())
            .sleeper(delay -> {}));
  }

  /**
   * Returns a new client of the server, closed after the current test.
   *
   * @return the client
   */
  public synchronized SmarterDevClient client() {
    SmarterDevClient client = clientBuilder().build();
    clients.add(client);
    return client;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server().reset();
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    clients.forEach(SmarterDevClient::close);
    clients.clear();
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    afterEach(context);
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeSmarterDevServer.class || type == SmarterDevClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == FakeSmarterDevServer.class) {
      return server();
    }
    if (type == SmarterDevClient.class) {
      return client();
    }
    throw new ParameterResolutionException("cannot resolve " + type);
  }

  @Override
  public String toString() {
    return "FakeSmarterDevExtension{server="
        + (server == null ? "not started" : server.url())
        + "}";
  }
}

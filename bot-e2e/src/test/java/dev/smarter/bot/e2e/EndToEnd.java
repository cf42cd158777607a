package dev.smarter.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.ApiStats;
import dev.smarter.bot.BotConfig;
import dev.smarter.bot.BotEvents;
import dev.smarter.bot.DiscordBot;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.RecordedApiRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One end-to-end setup per test: the testkit's fake Smarter Dev API, a {@link FakeDiscord}, and the
 * sample bot started the way {@code BotMain} starts it (configuration from the environment
 * variables, {@link BotEvents#start} filling the cache from the API, {@link DiscordBot#login}),
 * with Javacord pointed at the fake. After the test it closes the bot, then checks that the bot did
 * nothing Discord would refuse ({@link FakeDiscord#problems()}).
 */
final class EndToEnd implements BeforeEachCallback, AfterEachCallback {
  /** How long a test waits for something the bot should do. */
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private @Nullable FakeSmarterDevServer api;
  private @Nullable FakeDiscord discord;
  private @Nullable RunningBot bot;
  private @Nullable SmarterDevClient testClient;
  private boolean problemsExpected;
  private Consumer<FakeDiscord.Builder> discordSettings = builder -> {};

  /**
   * Changes the fake Discord's settings; call before the test touches {@link #discord()}.
   *
   * @param settings applied to the builder
   * @return this
   */
  EndToEnd withDiscord(Consumer<FakeDiscord.Builder> settings) {
    this.discordSettings = settings;
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    api = FakeSmarterDevServer.builder().build().start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (bot != null) {
        bot.close();
      }
      if (discord != null && !problemsExpected && context.getExecutionException().isEmpty()) {
        assertThat(discord.problems().all()).as("what Discord would have refused").isEmpty();
      }
    } finally {
      if (testClient != null) {
        testClient.close();
      }
      if (discord != null) {
        discord.close();
      }
      if (api != null) {
        api.close();
      }
    }
  }

  FakeSmarterDevServer api() {
    return Objects.requireNonNull(api, "not started");
  }

  FakeDiscord discord() {
    if (discord == null) {
      FakeDiscord.Builder builder = FakeDiscord.builder();
      discordSettings.accept(builder);
      discord = builder.start();
    }
    return discord;
  }

  /**
   * Waits until the API has received {@code count} requests with this method and path prefix.
   *
   * @param method the HTTP method
   * @param pathPrefix such as {@code /api/users/batch}
   * @param count how many to wait for
   * @return every such request received so far, oldest first
   * @throws InterruptedException if interrupted while waiting
   */
  List<RecordedApiRequest> awaitApiRequests(String method, String pathPrefix, int count)
      throws InterruptedException {
    Await.until(
        () -> apiRequests(method, pathPrefix).size() >= count,
        TIMEOUT,
        () ->
            count
                + " API requests "
                + method
                + " "
                + pathPrefix
                + ", got "
                + apiRequests(method, pathPrefix));
    return apiRequests(method, pathPrefix);
  }

  /**
   * Returns the API requests received so far with this method and path prefix.
   *
   * @param method the HTTP method
   * @param pathPrefix such as {@code /api/users}
   * @return the requests, oldest first
   */
  List<RecordedApiRequest> apiRequests(String method, String pathPrefix) {
    return api().recordedRequests().stream()
        .filter(request -> request.method().equals(method) && request.path().startsWith(pathPrefix))
        .toList();
  }

  /**
   * Returns the requests that change the API (every method but GET; token exchanges left out).
   *
   * @return the requests, oldest first
   */
  List<RecordedApiRequest> apiWrites() {
    return api().recordedRequests().stream()
        .filter(request -> !request.method().equals("GET"))
        .filter(request -> !request.path().equals("/api/auth/token"))
        .toList();
  }

  /**
   * Returns a client of the API for the test's own reads, closed after the test.
   *
   * @return the client
   */
  SmarterDevClient apiClient() {
    if (testClient == null) {
      testClient = SmarterDevClient.builder().baseUrl(api().url()).apiKey(api().apiKey()).build();
    }
    return testClient;
  }

  /** The test provokes problems on purpose: do not fail on them. */
  void expectProblems() {
    problemsExpected = true;
  }

  /**
   * Starts the bot with the fake's token.
   *
   * @return the running bot
   * @throws DiscordBot.LoginException if the login fails
   */
  RunningBot startBot() throws DiscordBot.LoginException {
    return startBot(discord().botToken());
  }

  /**
   * Starts the bot with a given token, as {@code BotMain} does with {@code SMARTER_DEV_BOT_TOKEN}.
   *
   * @param token the bot token
   * @return the running bot, closed after the test
   * @throws DiscordBot.LoginException if the login fails
   */
  RunningBot startBot(String token) throws DiscordBot.LoginException {
    BotConfig config =
        BotConfig.fromEnvironment(
            Map.of(
                BotConfig.BOT_TOKEN, token,
                BotConfig.API_URL, api().url(),
                BotConfig.API_KEY, api().apiKey()));
    ApiStats stats = ApiStats.create();
    SmarterDevClient client = stats.build(config.apiClient());
    try {
      BotEvents events = BotEvents.start(client, stats);
      DiscordBot discordBot =
          DiscordBot.login(
              config.botToken().orElseThrow(),
              events,
              DiscordBot.LOGIN_TIMEOUT,
              discord().javacordCustomizer());
      bot = new RunningBot(client, events, discordBot);
      return bot;
    } catch (DiscordBot.LoginException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** The sample bot as {@code BotMain} runs it: the SDK client, the handlers, the Javacord side. */
  record RunningBot(SmarterDevClient client, BotEvents events, DiscordBot discordBot)
      implements AutoCloseable {
    /** Closes the bot as its shutdown hook does: Discord first, then the SDK client. */
    @Override
    public void close() {
      discordBot.close();
      client.close();
    }
  }
}

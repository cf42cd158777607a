package dev.smarter.examples.readme;

import dev.smarter.micrometer.SmarterDevMetrics;
import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RequestOptions;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.GuildUpdate;
import dev.smarter.sdk.model.ModerationCaseQuery;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import dev.smarter.sdk.model.WarningQuery;
import dev.smarter.testkit.ApiCalls;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.RecordedApiRequest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's Java code blocks, word for word (whitespace aside), each inside a method that
 * declares what the block takes for granted. This class is compiled with the tests, so a block that
 * no longer compiles fails the build; {@link ReadmeCodeBlocksTest} checks that every block of the
 * README is here. None of these methods runs: the behaviour they show is tested elsewhere.
 */
@SuppressWarnings({"UnusedVariable", "try", "resource"})
final class ReadmeSnippets {
  private static final Logger log = LoggerFactory.getLogger(ReadmeSnippets.class);

  private ReadmeSnippets() {}

  /** The field of the README's testkit clock example. */
  static final class FixedClockTest {
    @RegisterExtension
    static FakeSmarterDevExtension fake =
        FakeSmarterDevExtension.create(
            FakeSmarterDevServer.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-24T03:10:00Z"), ZoneOffset.UTC)));

    private FixedClockTest() {}
  }

  static void quickStart(List<NewUser> members) {
    try (SmarterDevClient client = SmarterDevClient.fromEnv()) {
      Guild guild =
          client.guilds().create(NewGuild.of(1160000000000000001L, "Smarter Dev")).execute();
      List<DiscordUser> users = client.users().list().execute();
      CompletableFuture<UserWarning> warning =
          client
              .warnings()
              .create(
                  NewWarning.builder()
                      .guildId(guild.id())
                      .userId(7)
                      .modId(1)
                      .reason("spam")
                      .build())
              .executeAsync();
      UpsertSummary sync = client.users().upsertAll(members); // batches of 100, exact counts
    }
  }

  static void oneCallPerGroup(SmarterDevClient client, Guild guild, long caseId, long guildId) {
    client
        .guilds()
        .update(guild.id(), GuildUpdate.builder().name("Smarter Dev 2").iconUrl(null).build());
    client.users().findByDiscordId(1160000000000000100L); // ApiCall<Optional<DiscordUser>>
    client.warnings().list(WarningQuery.builder().guildId(1).userId(7).build());
    client.moderationCases().list(ModerationCaseQuery.builder().guildId(1).resolved(false).build());
    client.moderationCases().resolve(caseId, "Apologised");
    client
        .bytes()
        .give(NewBytesAward.builder().giverId(1).receiverId(2).guildId(1).amount(5).build());
    client.bytes().leaderboard(guildId, 10);
  }

  static void oneCallOptionsAndResponse(SmarterDevClient client, long id) {
    // a bot's !ping: 2 s and no retries, whatever the client's defaults
    Guild g =
        client
            .guilds()
            .get(id)
            .withOptions(
                RequestOptions.defaults().withTimeout(Duration.ofSeconds(2)).withMaxRetries(0))
            .execute();
    // the status, headers and attempts along with the value
    ApiResponse<List<Guild>> r = client.guilds().list().withResponse().execute();
    log.info("server date {}, {} attempt(s)", r.headers().get("Date"), r.attempts());
  }

  static void configuration(OkHttpClient sharedOkHttp) {
    SmarterDevClient client =
        SmarterDevClient.builder()
            .baseUrl("https://smarter.dev")
            .apiKey(System.getenv("SMARTER_DEV_API_KEY"))
            .okHttpClient(sharedOkHttp) // optional: share your pool, proxy, interceptors
            .connectTimeout(Duration.ofSeconds(5)) // also readTimeout, writeTimeout
            .callTimeout(
                Duration.ofSeconds(30)) // deadline of one call, retries included (default 60 s)
            .maxRetries(2) // or retryPolicy(RetryPolicy...)
            .maxConcurrentRequests(32)
            .httpLogging(true)
            .build();
  }

  static void errors(SmarterDevClient client, NewBytesAward award) {
    try {
      client.bytes().give(award).execute();
    } catch (CooldownException e) {
      reply("Wait " + e.minutesLeft() + " more minutes");
    } catch (OutcomeUnknownException e) {
      // rare: the SDK looked and could not tell; check client.bytes().list(...) before giving again
    }
  }

  private static void reply(String text) {
    log.info(text);
  }

  static void listener(String key) {
    SmarterDevClient client =
        SmarterDevClient.builder()
            .apiKey(key)
            .listener(
                new CallListener() {
                  @Override
                  public void retryScheduled(
                      CallInfo call, int nextAttempt, RetryReason reason, Duration delay) {
                    log.info(
                        "{} retried ({}), attempt {} in {} ms",
                        call.route(),
                        reason,
                        nextAttempt,
                        delay.toMillis());
                  }

                  @Override
                  public void callEnd(
                      CallInfo call, @Nullable Throwable failure, Duration duration) {
                    log.debug(
                        "{} {} in {} ms",
                        call,
                        failure == null ? "ok" : failure,
                        duration.toMillis());
                  }
                })
            .build();
  }

  static void micrometer(MeterRegistry registry, String key) {
    SmarterDevMetrics metrics =
        SmarterDevMetrics.create(registry); // or create(registry, Tags.of("client", "bot"))
    SmarterDevClient client = SmarterDevClient.builder().apiKey(key).listener(metrics).build();
    metrics.monitor(client); // the requests-in-flight gauge
  }

  static void percentileHistograms(MeterRegistry registry) {
    registry
        .config()
        .meterFilter(
            new MeterFilter() {
              @Override
              public DistributionStatisticConfig configure(
                  Meter.Id id, DistributionStatisticConfig config) {
                return id.getName().equals(SmarterDevMetrics.CALLS)
                    ? DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .build()
                        .merge(config)
                    : config;
              }
            });
  }

  static void recordedRequests(FakeSmarterDevServer server) throws InterruptedException {
    List<RecordedApiRequest> creates = server.recordedRequests("POST", "/api/warnings");
    int updates = server.requestCount("PUT", "/api/guilds/{id}"); // {id}: any one segment
    List<RecordedApiRequest> rejected = server.recordedRequests(r -> r.status() == 401);
    RecordedApiRequest first = server.takeRequest(); // in arrival order
  }

  static void clock(FakeSmarterDevServer server) {
    server.advanceClock(
        Duration.ofDays(1)); // the guild's default 1440-minute bytes cooldown is over
    server.advanceClock(Duration.ofHours(1)); // every token issued so far has expired
  }

  static void cannedCalls(Guild guild) {
    ApiCall<Guild> found = ApiCalls.of(guild);
    ApiCall<Guild> missing =
        ApiCalls.failing(new NotFoundException(404, "Guild not found", "GET", "/api/guilds/8"));
    ApiCall<Guild> slow = ApiCalls.delayed(Duration.ofSeconds(2), guild); // async completes later
  }

  static void faults(FakeSmarterDevServer server) {
    server.faults().failNext(2, 503); // the next 2 API calls
    server
        .faults()
        .enqueue(
            Fault.status(429).retryAfter(Duration.ofSeconds(1)).onlyFor("POST", "/api/warnings"));
    server.faults().enqueue(Fault.dropAfterProcessing()); // stored, but no answer
    server.faults().enqueue(Fault.dropBeforeProcessing());
    server.faults().enqueue(Fault.delay(Duration.ofMillis(200))); // stored, answered late
    server.faults().enqueue(Fault.statusAfterProcessing(502)); // stored, a gateway's 502
    server
        .faults()
        .enqueue(Fault.delayBeforeProcessing(Duration.ofSeconds(1))); // stored only later
    server.faults().enqueue(Fault.status(503).onTokenExchange()); // the token exchange itself
    server.faults().expireTokens(); // every issued token now 401s
  }
}

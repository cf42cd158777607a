package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.model.BytesConfigUpsert;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.SeededGuild;
import dev.smarter.testkit.SeededUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exactly-once claim under load: 8 threads send 1,200 warnings, moderation cases and bytes
 * awards while about one create in ten meets a fault of one of seven kinds (refused before
 * processing with 429 or 503, dropped before or after processing, 502 after processing, answered
 * after the client's timeout, processed only after the client's timeout). Every create carries a
 * unique reason, so the rows can be matched to the calls afterwards: no duplicate, nothing
 * acknowledged and lost, nothing reported failed that was stored, and outcome unknown only for
 * creates the server was still processing when the client gave up.
 */
class ExactlyOnceChaosTest {
  private static final int THREADS = 8;
  private static final int CREATES_PER_THREAD = 150;
  private static final long SEED = 20261201L;
  private static final Duration CLIENT_READ_TIMEOUT = Duration.ofMillis(800);
  private static final Duration PAST_THE_TIMEOUT = Duration.ofSeconds(2);

  /** The kinds of fault injected, with how many were injected. */
  private enum Kind {
    RATE_LIMITED_BEFORE,
    UNAVAILABLE_BEFORE,
    DROPPED_BEFORE,
    DROPPED_AFTER,
    BAD_GATEWAY_AFTER,
    ANSWERED_AFTER_TIMEOUT,
    PROCESSED_AFTER_TIMEOUT
  }

  private static final AtomicInteger lookupsFound = new AtomicInteger();
  private static final AtomicInteger lookupsMissed = new AtomicInteger();
  private static final AtomicInteger resends = new AtomicInteger();

  @RegisterExtension
  static final FakeSmarterDevExtension fake =
      FakeSmarterDevExtension.create()
          .withClient(
              builder ->
                  builder
                      .readTimeout(CLIENT_READ_TIMEOUT)
                      .maxConcurrentRequests(16)
                      .listener(
                          new CallListener() {
                            @Override
                            public void lookup(CallInfo call, boolean found) {
                              (found ? lookupsFound : lookupsMissed).incrementAndGet();
                            }

                            @Override
                            public void retryScheduled(
                                CallInfo call, int nextAttempt, RetryReason reason, Duration d) {
                              if (reason == RetryReason.NOT_STORED) {
                                resends.incrementAndGet();
                              }
                            }
                          }));

  /** What one create ended with, from the caller's side. */
  private record Outcome(
      String tag,
      boolean acknowledged,
      boolean reconciled,
      OutcomeUnknownException.@Nullable Reason unknown) {}

  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
  private final Map<Kind, AtomicInteger> injected = new EnumMap<>(Kind.class);

  @Test
  void noDuplicateNothingLostAndUnknownOnlyWhileTheServerWasStillProcessing() throws Exception {
    FakeSmarterDevServer server = fake.server();
    SmarterDevClient client = fake.client();
    for (Kind kind : Kind.values()) {
      injected.put(kind, new AtomicInteger());
    }
    SeededGuild guild = server.seedGuild(1_160_000_000_000_000_001L, "Chaos");
    client
        .bytes()
        .upsertConfig(BytesConfigUpsert.builder().guildId(guild.id()).cooldownMinutes(0).build())
        .execute();
    long start = System.nanoTime();

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      SeededUser giver = server.seedUser(1_160_000_000_000_001_000L + t, "giver" + t);
      SeededUser receiver = server.seedUser(1_160_000_000_000_002_000L + t, "receiver" + t);
      server.setBytesBalance(giver.id(), 1_000_000);
      int thread = t;
      workers.add(
          threads.submit(
              () -> work(thread, client, server, guild.id(), giver.id(), receiver.id())));
    }
    for (Future<?> worker : workers) {
      worker.get(3, TimeUnit.MINUTES);
    }
    threads.shutdown();
    Thread.sleep(PAST_THE_TIMEOUT.toMillis() * 2);
    server.faults().clear();
    double seconds = (System.nanoTime() - start) / 1e9;

    Map<String, Long> stored = new ConcurrentHashMap<>();
    stored.putAll(count(client.warnings().list().execute(), w -> w.reason().orElse("")));
    stored.putAll(count(client.moderationCases().list().execute(), c -> c.reason().orElse("")));
    stored.putAll(count(client.bytes().list().execute(), b -> b.reason().orElse("")));

    long acknowledged = outcomes.values().stream().filter(Outcome::acknowledged).count();
    long reconciled = outcomes.values().stream().filter(Outcome::reconciled).count();
    List<Outcome> unknown =
        outcomes.values().stream().filter(o -> o.unknown() != null).collect(Collectors.toList());
    long failed = outcomes.size() - acknowledged - unknown.size();
    long duplicates = stored.values().stream().filter(n -> n > 1).count();
    long lost =
        outcomes.values().stream()
            .filter(o -> o.acknowledged() && stored.getOrDefault(o.tag(), 0L) != 1)
            .count();
    long failedButStored =
        outcomes.values().stream()
            .filter(o -> !o.acknowledged() && o.unknown() == null)
            .filter(o -> stored.getOrDefault(o.tag(), 0L) > 0)
            .count();
    long unknownButStored =
        unknown.stream().filter(o -> stored.getOrDefault(o.tag(), 0L) > 0).count();
    Map<OutcomeUnknownException.Reason, Long> unknownReasons =
        unknown.stream().collect(Collectors.groupingBy(Outcome::unknown, Collectors.counting()));
    int faults = injected.values().stream().mapToInt(AtomicInteger::get).sum();
    System.out.printf(
        "exactly-once chaos: %d creates from %d threads in %.1f s, %d faults (%s);"
            + " acknowledged %d (reconciled by a lookup %d, resent after a proven miss %d),"
            + " outcome unknown %d %s (of which stored later %d), failed %d;"
            + " duplicates %d, lost %d, failed but stored %d; lookups found %d, missed %d;"
            + " rows: %d warnings, %d cases, %d awards%n",
        outcomes.size(),
        THREADS,
        seconds,
        faults,
        injected,
        acknowledged,
        reconciled,
        resends.get(),
        unknown.size(),
        unknownReasons,
        unknownButStored,
        failed,
        duplicates,
        lost,
        failedButStored,
        lookupsFound.get(),
        lookupsMissed.get(),
        server.rowCount(FakeTable.WARNINGS),
        server.rowCount(FakeTable.MODERATION_CASES),
        server.rowCount(FakeTable.BYTES));

    assertThat(outcomes).hasSize(THREADS * CREATES_PER_THREAD);
    assertThat(faults).isGreaterThan(outcomes.size() / 20);
    assertThat(duplicates).as("duplicates").isZero();
    assertThat(lost).as("acknowledged but not stored exactly once").isZero();
    assertThat(failedButStored).as("reported failed but stored").isZero();
    assertThat(unknownReasons.keySet())
        .as("outcome unknown only while the server was still processing")
        .containsOnly(OutcomeUnknownException.Reason.MAY_STILL_BE_PROCESSING);
    assertThat((long) unknown.size())
        .isLessThanOrEqualTo(injected.get(Kind.PROCESSED_AFTER_TIMEOUT).get());
    assertThat(reconciled).isPositive();
    assertThat(resends.get()).isPositive();
  }

  private void work(
      int thread,
      SmarterDevClient client,
      FakeSmarterDevServer server,
      long guildId,
      long giverId,
      long receiverId) {
    Random random = new Random(SEED + thread);
    for (int i = 0; i < CREATES_PER_THREAD; i++) {
      if (random.nextInt(10) == 0) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        server.faults().enqueue(fault(kind).onlyMethod("POST"));
        injected.get(kind).incrementAndGet();
      }
      String tag = "chaos-" + thread + "-" + i;
      int which = random.nextInt(3);
      if (which == 0) {
        create(
            tag,
            () ->
                client
                    .warnings()
                    .create(
                        NewWarning.builder()
                            .guildId(guildId)
                            .userId(receiverId)
                            .modId(giverId)
                            .reason(tag)
                            .build())
                    .withResponse()
                    .execute());
      } else if (which == 1) {
        create(
            tag,
            () ->
                client
                    .moderationCases()
                    .create(
                        NewModerationCase.builder()
                            .guildId(guildId)
                            .userId(receiverId)
                            .modId(giverId)
                            .action("mute")
                            .reason(tag)
                            .build())
                    .withResponse()
                    .execute());
      } else {
        create(
            tag,
            () ->
                client
                    .bytes()
                    .give(
                        NewBytesAward.builder()
                            .giverId(giverId)
                            .receiverId(receiverId)
                            .guildId(guildId)
                            .reason(tag)
                            .build())
                    .withResponse()
                    .execute());
      }
    }
  }

  private static Fault fault(Kind kind) {
    switch (kind) {
      case RATE_LIMITED_BEFORE:
        return Fault.status(429).retryAfter(Duration.ofSeconds(1));
      case UNAVAILABLE_BEFORE:
        return Fault.status(503);
      case DROPPED_BEFORE:
        return Fault.dropBeforeProcessing();
      case DROPPED_AFTER:
        return Fault.dropAfterProcessing();
      case BAD_GATEWAY_AFTER:
        return Fault.statusAfterProcessing(502);
      case ANSWERED_AFTER_TIMEOUT:
        return Fault.delay(PAST_THE_TIMEOUT);
      default:
        return Fault.delayBeforeProcessing(PAST_THE_TIMEOUT);
    }
  }

  private void create(String tag, Supplier<ApiResponse<?>> create) {
    try {
      ApiResponse<?> response = create.get();
      outcomes.put(tag, new Outcome(tag, true, response.reconciled(), null));
    } catch (OutcomeUnknownException e) {
      outcomes.put(tag, new Outcome(tag, false, false, e.reason()));
    } catch (SmarterDevException e) {
      outcomes.put(tag, new Outcome(tag, false, false, null));
    }
  }

  private static <T> Map<String, Long> count(List<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}

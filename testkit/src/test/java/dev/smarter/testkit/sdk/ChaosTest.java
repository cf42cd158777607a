package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mixed operations from 8 threads against the fake server while about one request in ten meets an
 * injected fault. Afterwards every acknowledged write is stored exactly once, nothing is stored
 * twice, and writes that failed for certain are not stored at all.
 */
class ChaosTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS_PER_THREAD = 1_300;
  private static final long SEED = 20261129L;

  @RegisterExtension
  static final FakeSmarterDevExtension fake =
      FakeSmarterDevExtension.create().withClient(builder -> builder.maxConcurrentRequests(16));

  /** What the test knows about one create that is not idempotent, keyed by its unique reason. */
  private enum Outcome {
    ACKNOWLEDGED,
    UNKNOWN,
    FAILED
  }

  private final Map<String, Outcome> warnings = new ConcurrentHashMap<>();
  private final Map<String, Outcome> cases = new ConcurrentHashMap<>();
  private final Set<Long> guildDiscordIds = ConcurrentHashMap.newKeySet();
  private final AtomicInteger operations = new AtomicInteger();
  private final AtomicInteger faultsInjected = new AtomicInteger();
  private final AtomicInteger failedReads = new AtomicInteger();

  @Test
  void everyAcknowledgedWriteIsStoredExactlyOnceUnderFaults() throws Exception {
    FakeSmarterDevServer server = fake.server();
    SmarterDevClient client = fake.client();
    Guild home = client.guilds().create(NewGuild.of(1L, "Chaos")).execute();
    long start = System.nanoTime();

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(threads.submit(() -> work(thread, client, server, home.id())));
    }
    for (Future<?> worker : workers) {
      worker.get(2, TimeUnit.MINUTES);
    }
    threads.shutdown();
    server.faults().clear();
    double seconds = (System.nanoTime() - start) / 1e9;

    Map<String, Long> storedWarnings =
        count(client.warnings().list().execute(), w -> w.reason().orElse(""));
    Map<String, Long> storedCases =
        count(client.moderationCases().list().execute(), c -> c.reason().orElse(""));
    Map<Long, Long> storedGuilds = count(client.guilds().list().execute(), Guild::discordId);

    System.out.printf(
        "chaos: %d operations from %d threads in %.2f s, %d faults injected (%.1f%% of %d"
            + " requests); warnings %s; cases %s; guilds %d; failed reads %d; duplicates %d%n",
        operations.get(),
        THREADS,
        seconds,
        faultsInjected.get(),
        100.0 * faultsInjected.get() / server.requestCount(),
        server.requestCount(),
        tally(warnings),
        tally(cases),
        storedGuilds.size(),
        failedReads.get(),
        duplicates(storedWarnings) + duplicates(storedCases) + duplicates(storedGuilds));

    assertThat(operations.get()).isGreaterThanOrEqualTo(10_000);
    assertThat(faultsInjected.get()).isGreaterThan(operations.get() / 20);
    assertExactlyOnce(warnings, storedWarnings);
    assertExactlyOnce(cases, storedCases);
    assertThat(duplicates(storedGuilds)).isZero();
    assertThat(storedGuilds.keySet()).containsAll(guildDiscordIds);
  }

  private void work(
      int thread, SmarterDevClient client, FakeSmarterDevServer server, long guildId) {
    Random random = new Random(SEED + thread);
    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
      if (random.nextInt(10) == 0) {
        server.faults().enqueue(randomFault(random));
        faultsInjected.incrementAndGet();
      }
      if (thread == 0 && i % 400 == 399) {
        server.faults().expireTokens();
      }
      String tag = "chaos-" + thread + "-" + i;
      int kind = random.nextInt(100);
      if (kind < 35) {
        create(
            warnings,
            tag,
            () ->
                client
                    .warnings()
                    .create(
                        NewWarning.builder()
                            .guildId(guildId)
                            .userId(thread)
                            .modId(99)
                            .reason(tag)
                            .build())
                    .execute());
      } else if (kind < 50) {
        create(
            cases,
            tag,
            () ->
                client
                    .moderationCases()
                    .create(
                        NewModerationCase.builder()
                            .guildId(guildId)
                            .userId(thread)
                            .modId(99)
                            .action("mute")
                            .reason(tag)
                            .build())
                    .execute());
      } else if (kind < 65) {
        long discordId = 10_000L + random.nextInt(500);
        try {
          client.guilds().create(NewGuild.of(discordId, "guild " + discordId)).execute();
          guildDiscordIds.add(discordId);
        } catch (SmarterDevException e) {
          failedReads.incrementAndGet();
        }
      } else if (kind < 75) {
        long discordId = 50_000L + random.nextInt(500);
        read(() -> client.users().create(NewUser.of(discordId, "user" + discordId)).execute());
      } else if (kind < 90) {
        read(() -> client.guilds().get(guildId).execute());
      } else {
        long discordId = 50_000L + random.nextInt(500);
        read(() -> client.users().findByDiscordId(discordId).execute());
      }
      operations.incrementAndGet();
    }
  }

  private static Fault randomFault(Random random) {
    switch (random.nextInt(7)) {
      case 0:
        return Fault.status(500);
      case 1:
        return Fault.status(502);
      case 2:
        return Fault.status(503);
      case 3:
        return Fault.status(429).retryAfter(Duration.ofSeconds(1));
      case 4:
        return Fault.dropBeforeProcessing();
      case 5:
        return Fault.dropAfterProcessing();
      default:
        return Fault.delay(Duration.ofMillis(2));
    }
  }

  private static void create(Map<String, Outcome> outcomes, String tag, Runnable create) {
    try {
      create.run();
      outcomes.put(tag, Outcome.ACKNOWLEDGED);
    } catch (OutcomeUnknownException e) {
      outcomes.put(tag, Outcome.UNKNOWN);
    } catch (SmarterDevException e) {
      outcomes.put(tag, Outcome.FAILED);
    }
  }

  private void read(Runnable read) {
    try {
      read.run();
    } catch (SmarterDevException e) {
      failedReads.incrementAndGet();
    }
  }

  private static void assertExactlyOnce(Map<String, Outcome> outcomes, Map<String, Long> stored) {
    outcomes.forEach(
        (tag, outcome) -> {
          long copies = stored.getOrDefault(tag, 0L);
          switch (outcome) {
            case ACKNOWLEDGED:
              assertThat(copies).as("acknowledged %s", tag).isEqualTo(1);
              break;
            case UNKNOWN:
              assertThat(copies).as("outcome-unknown %s", tag).isLessThanOrEqualTo(1);
              break;
            default:
              assertThat(copies).as("failed %s", tag).isZero();
          }
        });
    assertThat(duplicates(stored)).isZero();
  }

  private static <T, K> Map<K, Long> count(List<T> rows, Function<T, K> key) {
    return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static long duplicates(Map<?, Long> counts) {
    return counts.values().stream().filter(n -> n > 1).count();
  }

  private static String tally(Map<String, Outcome> outcomes) {
    Map<Outcome, Long> byOutcome =
        outcomes.values().stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    return byOutcome.getOrDefault(Outcome.ACKNOWLEDGED, 0L)
        + " acknowledged, "
        + byOutcome.getOrDefault(Outcome.UNKNOWN, 0L)
        + " outcome unknown, "
        + byOutcome.getOrDefault(Outcome.FAILED, 0L)
        + " failed";
  }
}

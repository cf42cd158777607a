package dev.smarter.benchmarks;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.UserBatchResult;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-to-end scenarios against a {@link FakeSmarterDevServer}, each timed from its first
 * request to its last answer. Every user scenario starts from an empty store, so each of its
 * batches creates 100 new users. Not thread-safe.
 */
final class TestkitScenarios {
  static final int USERS = 5_000;
  static final int BATCH_SIZE = 100;

  /** Users whose name changed since the last sync, in the re-sync scenarios. */
  static final int RENAMED = 50;

  private final FakeSmarterDevServer server;
  private final SmarterDevClient client;
  private final RawCalls raw;
  private final HandWrittenJson json = new HandWrittenJson();
  private final List<NewUser> users = Fixtures.newUsers(USERS);
  private final List<List<NewUser>> chunks = Fixtures.chunks(users, BATCH_SIZE);
  private final List<NewUser> renamed = renamed(users, RENAMED);
  private final List<List<NewUser>> renamedChunks = Fixtures.chunks(renamed, BATCH_SIZE);
  private long guildId;

  TestkitScenarios(FakeSmarterDevServer server, SmarterDevClient client, RawCalls raw) {
    this.server = server;
    this.client = client;
    this.raw = raw;
    resetServer();
  }

  /** 5,000 users as 50 sequential {@code users().batch(...)} calls. */
  long sdkBatches() {
    resetServer();
    long start = System.nanoTime();
    long created = 0;
    for (List<NewUser> chunk : chunks) {
      UserBatchResult result = client.users().batch(UserBatch.of(chunk)).execute();
      created += result.created();
    }
    long elapsed = System.nanoTime() - start;
    expect(created == USERS, "batches created " + created + " users");
    return elapsed;
  }

  /** 5,000 users through {@code users().upsertAll(...)} in batches of 100 (one list, 50 posts). */
  long sdkUpsertAll() {
    resetServer();
    long start = System.nanoTime();
    UpsertSummary summary =
        client.users().upsertAll(users, UpsertOptions.defaults().withBatchSize(BATCH_SIZE));
    long elapsed = System.nanoTime() - start;
    expect(summary.isComplete() && summary.created() == USERS, "upsertAll: " + summary.created());
    return elapsed;
  }

  /** The same 50 batch requests with raw OkHttp, encoded by {@link HandWrittenJson}. */
  long rawBatches() throws IOException {
    resetServer();
    long start = System.nanoTime();
    for (List<NewUser> chunk : chunks) {
      raw.postBatch(json.writeBatch(chunk));
    }
    long elapsed = System.nanoTime() - start;
    expect(server.requestCount() == chunks.size(), "raw batches: " + server.requestCount());
    return elapsed;
  }

  /**
   * A re-sync through {@code upsertAll}: the server holds the 5,000 users, {@link #RENAMED} of
   * which were renamed since; the SDK lists the users once and sends only the renamed ones.
   */
  long sdkResync() throws IOException {
    seedUsers();
    server.clearRecordedRequests();
    long start = System.nanoTime();
    UpsertSummary summary =
        client.users().upsertAll(renamed, UpsertOptions.defaults().withBatchSize(BATCH_SIZE));
    long elapsed = System.nanoTime() - start;
    expect(
        summary.isComplete()
            && summary.updated() == RENAMED
            && summary.unchanged() == USERS - RENAMED,
        "re-sync: " + summary.updated() + " updated, " + summary.unchanged() + " unchanged");
    expect(server.requestCount() == 2, "re-sync sent " + server.requestCount() + " requests");
    return elapsed;
  }

  /**
   * The same re-sync as a client without a diff does it (raw OkHttp, and the old Python client):
   * every user again, in 50 batches of 100.
   */
  long rawResync() throws IOException {
    seedUsers();
    server.clearRecordedRequests();
    long start = System.nanoTime();
    for (List<NewUser> chunk : renamedChunks) {
      raw.postBatch(json.writeBatch(chunk));
    }
    long elapsed = System.nanoTime() - start;
    expect(server.requestCount() == renamedChunks.size(), "raw re-sync: " + server.requestCount());
    return elapsed;
  }

  /** The 5,000 users stored on an empty server, untimed. */
  private void seedUsers() throws IOException {
    resetServer();
    for (List<NewUser> chunk : chunks) {
      raw.postBatch(json.writeBatch(chunk));
    }
  }

  /** {@code users} with the first {@code count} given a new name. */
  private static List<NewUser> renamed(List<NewUser> users, int count) {
    List<NewUser> result = new ArrayList<>(users);
    for (int i = 0; i < count; i++) {
      NewUser user = users.get(i * (users.size() / count));
      result.set(
          i * (users.size() / count),
          NewUser.builder()
              .discordId(user.discordId())
              .username(user.username() + "_renamed")
              .discriminator(user.discriminator())
              .avatarUrl(user.avatarUrl())
              .createdAt(user.createdAt())
              .build());
    }
    return result;
  }

  /** {@code calls} sequential {@code guilds().get(id)} through the SDK. */
  long sdkGets(int calls) {
    server.clearRecordedRequests();
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      client.guilds().get(guildId).execute();
    }
    return System.nanoTime() - start;
  }

  /** {@code calls} sequential {@code GET /api/guilds/{id}} with raw OkHttp. */
  long rawGets(int calls) {
    server.clearRecordedRequests();
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      raw.getGuild(guildId);
    }
    return System.nanoTime() - start;
  }

  /** {@code calls} {@code guilds().get(id).executeAsync()} with {@code concurrency} in flight. */
  long sdkAsyncGets(int calls, int concurrency) throws InterruptedException {
    server.clearRecordedRequests();
    return AsyncLoad.run(calls, concurrency, () -> client.guilds().get(guildId).executeAsync());
  }

  /** {@code calls} asynchronous raw OkHttp gets with {@code concurrency} in flight. */
  long rawAsyncGets(int calls, int concurrency) throws InterruptedException {
    server.clearRecordedRequests();
    return AsyncLoad.run(calls, concurrency, () -> raw.getGuildAsync(guildId));
  }

  private void resetServer() {
    server.reset();
    guildId = server.seedGuild(1234567890123456789L, "Smarter Dev").id();
  }

  private static void expect(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException("unexpected result: " + message);
    }
  }
}

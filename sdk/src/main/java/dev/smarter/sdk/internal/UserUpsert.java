package dev.smarter.sdk.internal;

import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.UsersApi;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.UserBatchResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Syncs any number of users: reads the existing users once, leaves out those that already match,
 * and sends the rest as batches, one at a time or several at once.
 */
public final class UserUpsert {
  private final UsersApi users;
  private final UpsertOptions options;
  private final Listeners listeners;
  private final Object lock = new Object();
  private final List<List<NewUser>> batches = new ArrayList<>();
  private final Map<Long, DiscordUser> stored = new HashMap<>();
  private final Map<Long, DiscordUser> existing = new HashMap<>();
  private final List<UpsertSummary.Failure> failures = new ArrayList<>();
  private int created;
  private int updated;
  private int usersDone;
  private int batchesDone;
  private int usersToSend;

  private UserUpsert(UsersApi users, UpsertOptions options) {
    this.users = users;
    this.options = options;
    this.listeners = Listeners.of(users.list());
  }

  /**
   * Runs an upsert; see {@link UsersApi#upsertAll(Collection, UpsertOptions)}.
   *
   * @param users the endpoints to use
   * @param input the users to sync
   * @param options batch size, concurrency and listener
   * @return what was done
   */
  public static UpsertSummary run(
      UsersApi users, Collection<? extends NewUser> input, UpsertOptions options) {
    Objects.requireNonNull(input, "users == null");
    Objects.requireNonNull(options, "options == null");
    return new UserUpsert(users, options).run(input);
  }

  private UpsertSummary run(Collection<? extends NewUser> input) {
    Map<Long, NewUser> distinct = new LinkedHashMap<>();
    for (NewUser user : input) {
      Objects.requireNonNull(user, "users contains null");
      distinct.put(user.discordId(), user);
    }
    if (distinct.isEmpty()) {
      return new UpsertSummary(0, 0, 0, 0, 0, List.of(), List.of());
    }
    for (DiscordUser user : users.list().execute()) {
      existing.put(user.discordId(), user);
    }
    List<NewUser> toSend = new ArrayList<>();
    int unchanged = 0;
    for (NewUser user : distinct.values()) {
      DiscordUser current = existing.get(user.discordId());
      if (current != null && matches(current, user)) {
        stored.put(user.discordId(), current);
        unchanged++;
      } else {
        toSend.add(user);
      }
    }
    for (int from = 0; from < toSend.size(); from += options.batchSize()) {
      batches.add(toSend.subList(from, Math.min(toSend.size(), from + options.batchSize())));
    }
    usersToSend = toSend.size();
    if (options.concurrency() == 1) {
      sendSequentially();
    } else {
      sendConcurrently();
    }
    List<DiscordUser> rows = new ArrayList<>(distinct.size());
    for (Long discordId : distinct.keySet()) {
      DiscordUser row = stored.get(discordId);
      if (row != null) {
        rows.add(row);
      }
    }
    int failed = failures.stream().mapToInt(f -> f.users().size()).sum();
    return new UpsertSummary(distinct.size(), created, updated, unchanged, failed, rows, failures);
  }

  /**
   * Whether sending {@code wanted} would change nothing: the server compares only the keys that are
   * sent, and an unset discriminator or avatar is not sent.
   */
  private static boolean matches(DiscordUser current, NewUser wanted) {
    return current.username().equals(wanted.username())
        && unsetOrEqual(wanted.discriminator(), current.discriminator())
        && unsetOrEqual(wanted.avatarUrl(), current.avatarUrl());
  }

  private static boolean unsetOrEqual(@Nullable String wanted, Optional<String> current) {
    return wanted == null || wanted.equals(current.orElse(null));
  }

  private void sendSequentially() {
    for (int index = 0; index < batches.size(); index++) {
      try {
        succeeded(index, users.batch(UserBatch.of(batches.get(index))).execute());
      } catch (SmarterDevException e) {
        failed(index, e);
      }
    }
  }

  private void sendConcurrently() {
    Semaphore window = new Semaphore(options.concurrency());
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (int index = 0; index < batches.size(); index++) {
      int batchIndex = index;
      window.acquireUninterruptibly();
      inFlight.add(
          users
              .batch(UserBatch.of(batches.get(index)))
              .executeAsync()
              .handle(
                  (result, error) -> {
                    try {
                      if (error == null) {
                        succeeded(batchIndex, result);
                      } else {
                        failed(batchIndex, unwrap(error));
                      }
                    } finally {
                      window.release();
                    }
                    return null;
                  }));
    }
    try {
      CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0])).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      inFlight.forEach(future -> future.cancel(true));
      throw new IllegalStateException("interrupted while syncing users", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch callback failed", e.getCause());
    }
  }

  private static SmarterDevException unwrap(Throwable error) {
    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
    if (cause instanceof SmarterDevException) {
      return (SmarterDevException) cause;
    }
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    throw new IllegalStateException(cause);
  }

  private void succeeded(int index, UserBatchResult result) {
    synchronized (lock) {
      for (NewUser sent : batches.get(index)) {
        if (existing.containsKey(sent.discordId())) {
          updated++;
        } else {
          created++;
        }
      }
      for (DiscordUser user : result.users()) {
        stored.put(user.discordId(), user);
      }
      report(index, null);
    }
  }

  private void failed(int index, SmarterDevException error) {
    synchronized (lock) {
      failures.add(new UpsertSummary.Failure(index, batches.get(index), error));
      failures.sort((a, b) -> Integer.compare(a.batchIndex(), b.batchIndex()));
      report(index, error);
    }
  }

  private void report(int index, @Nullable SmarterDevException error) {
    batchesDone++;
    usersDone += batches.get(index).size();
    UpsertProgress progress =
        new UpsertProgress(batchesDone, batches.size(), usersDone, usersToSend, failures.size());
    if (!listeners.isEmpty()) {
      listeners.upsertBatch(progress, error);
    }
    options.listener().accept(progress);
  }
}

package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.UpsertInterruptedException;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.UsersApi;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.UserBatchResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Syncs any number of users: reads the existing users once, leaves out those that already match,
 * and sends the rest as batches, up to {@link UpsertOptions#concurrency()} at once.
 *
 * <p>It runs asynchronously: each batch is an {@code executeAsync()} call, and the next batch
 * starts when one finishes. Stopping it (the caller's future cancelled, the blocking caller
 * interrupted, or the progress listener throwing) launches no further batch and cancels the ones in
 * flight; what was written by then is in the summary the interrupted caller gets ({@link
 * UpsertInterruptedException}) and in the progress reports. All state is guarded by this object's
 * lock; calls are started and listeners called outside it.
 */
public final class UserUpsert {
  private final UsersApi users;
  private final UpsertOptions options;
  private final CompletableFuture<UpsertSummary> result =
      new CompletableFuture<>() {
        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
          boolean cancelled = super.cancel(mayInterruptIfRunning);
          if (cancelled) {
            stop();
          }
          return cancelled;
        }
      };
  private final Map<Long, NewUser> distinct = new LinkedHashMap<>();
  private final List<List<NewUser>> batches = new ArrayList<>();
  private final Map<Long, DiscordUser> stored = new HashMap<>();
  private final Map<Long, DiscordUser> existing = new HashMap<>();
  private final Map<Integer, UpsertSummary.Failure> failures = new LinkedHashMap<>();
  private final Map<Integer, CompletableFuture<UserBatchResult>> inFlight = new HashMap<>();
  private final Set<Integer> succeeded = new HashSet<>();
  private @Nullable CompletableFuture<List<DiscordUser>> listing;
  private Listeners listeners = Listeners.of(null);
  private int unchanged;
  private int created;
  private int updated;
  private int nextBatch;
  private int batchesDone;
  private int usersDone;
  private int usersToSend;
  private boolean stopped;

  /** Progress reports not yet given to the listeners, in the order the batches finished. */
  private final Deque<ProgressReport> reports = new ArrayDeque<>();

  /** Whether a thread is giving reports to the listeners: one at a time, in order. */
  private boolean reporting;

  private UserUpsert(UsersApi users, UpsertOptions options) {
    this.users = users;
    this.options = options;
  }

  /**
   * Runs an upsert on the calling thread; see {@link UsersApi#upsertAll(Collection,
   * UpsertOptions)}.
   *
   * @param users the endpoints to use
   * @param input the users to sync
   * @param options batch size, concurrency and listener
   * @return what was done
   * @throws UpsertInterruptedException if the thread is interrupted; its interrupt flag stays set
   */
  public static UpsertSummary run(
      UsersApi users, Collection<? extends NewUser> input, UpsertOptions options) {
    UserUpsert upsert = start(users, input, options);
    try {
      return upsert.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpsertInterruptedException(upsert.stopAndSummarize());
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  /**
   * Starts an upsert; see {@link UsersApi#upsertAllAsync(Collection, UpsertOptions)}.
   *
   * @param users the endpoints to use
   * @param input the users to sync
   * @param options batch size, concurrency and listener
   * @return the future summary; cancelling it stops the upsert
   */
  public static CompletableFuture<UpsertSummary> runAsync(
      UsersApi users, Collection<? extends NewUser> input, UpsertOptions options) {
    return start(users, input, options).result;
  }

  private static UserUpsert start(
      UsersApi users, Collection<? extends NewUser> input, UpsertOptions options) {
    Objects.requireNonNull(input, "users == null");
    Objects.requireNonNull(options, "options == null");
    UserUpsert upsert = new UserUpsert(users, options);
    for (NewUser user : input) {
      Objects.requireNonNull(user, "users contains null");
      upsert.distinct.put(user.discordId(), user);
    }
    if (upsert.distinct.isEmpty()) {
      upsert.result.complete(upsert.summary());
      return upsert;
    }
    ApiCall<List<DiscordUser>> list = users.list();
    CompletableFuture<List<DiscordUser>> listing = list.executeAsync();
    synchronized (upsert) {
      upsert.listing = listing;
      upsert.listeners = Listeners.of(list);
    }
    CompletableFuture<?> unused =
        listing.whenComplete(
            (rows, failure) -> {
              if (failure != null) {
                upsert.result.completeExceptionally(unwrap(failure));
              } else {
                upsert.plan(rows);
              }
            });
    return upsert;
  }

  private void plan(List<DiscordUser> rows) {
    List<NewUser> toSend = new ArrayList<>();
    synchronized (this) {
      for (DiscordUser user : rows) {
        existing.put(user.discordId(), user);
      }
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
    }
    for (int i = 0; i < options.concurrency(); i++) {
      launchNext();
    }
    finishIfDone();
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

  private void launchNext() {
    int index;
    List<NewUser> batch;
    synchronized (this) {
      if (stopped || nextBatch >= batches.size()) {
        return;
      }
      index = nextBatch++;
      batch = batches.get(index);
    }
    CompletableFuture<UserBatchResult> call;
    try {
      call = users.batch(UserBatch.of(batch)).executeAsync();
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(e);
      stop();
      return;
    }
    synchronized (this) {
      if (stopped) {
        call.cancel(false);
        return;
      }
      inFlight.put(index, call);
    }
    CompletableFuture<?> unused =
        call.whenComplete((sent, failure) -> finished(index, sent, failure));
  }

  private void finished(int index, @Nullable UserBatchResult sent, @Nullable Throwable failure) {
    UpsertProgress progress;
    SmarterDevException error = null;
    synchronized (this) {
      inFlight.remove(index);
      if (failure instanceof CancellationException && stopped) {
        return;
      }
      if (failure == null && sent != null) {
        succeeded.add(index);
        for (NewUser user : batches.get(index)) {
          if (existing.containsKey(user.discordId())) {
            updated++;
          } else {
            created++;
          }
        }
        for (DiscordUser user : sent.users()) {
          stored.put(user.discordId(), user);
        }
      } else {
        error = asSdkException(failure);
        failures.put(index, new UpsertSummary.Failure(index, batches.get(index), error));
      }
      batchesDone++;
      usersDone += batches.get(index).size();
      progress =
          new UpsertProgress(batchesDone, batches.size(), usersDone, usersToSend, failures.size());
      reports.add(new ProgressReport(progress, error));
    }
    if (!report()) {
      return;
    }
    launchNext();
    finishIfDone();
  }

  /**
   * Gives the queued progress reports to the listeners, unless another thread is doing so: then
   * that thread gives this one's too. So the listeners are called one at a time, with {@code
   * batchesDone} counting up, as the upsert's options promise. A listener's exception or error ends
   * the upsert with it.
   *
   * @return false if a listener failed and the upsert was stopped
   */
  private boolean report() {
    synchronized (this) {
      if (reporting) {
        return true;
      }
      reporting = true;
    }
    while (true) {
      ProgressReport next;
      Listeners events;
      synchronized (this) {
        next = reports.poll();
        if (next == null) {
          reporting = false;
          return true;
        }
        events = listeners;
      }
      try {
        if (!events.isEmpty()) {
          events.upsertBatch(next.progress, next.error);
        }
        options.listener().accept(next.progress);
      } catch (RuntimeException | Error e) {
        synchronized (this) {
          reports.clear();
          reporting = false;
        }
        result.completeExceptionally(e);
        stop();
        return false;
      }
    }
  }

  /** Completes the upsert once every batch finished and every report was given. */
  private void finishIfDone() {
    UpsertSummary summary;
    synchronized (this) {
      if (stopped || batchesDone < batches.size() || reporting || !reports.isEmpty()) {
        return;
      }
      summary = summary();
    }
    result.complete(summary);
  }

  /** One batch's progress and its failure, if any, for the listeners. */
  private static final class ProgressReport {
    final UpsertProgress progress;
    final @Nullable SmarterDevException error;

    ProgressReport(UpsertProgress progress, @Nullable SmarterDevException error) {
      this.progress = progress;
      this.error = error;
    }
  }

  /** Launches no more batches and cancels the listing and the batches in flight. */
  private void stop() {
    List<CompletableFuture<?>> toCancel;
    synchronized (this) {
      if (stopped) {
        return;
      }
      stopped = true;
      toCancel = new ArrayList<>(inFlight.values());
      if (listing != null) {
        toCancel.add(listing);
      }
    }
    toCancel.forEach(call -> call.cancel(false));
  }

  private UpsertSummary stopAndSummarize() {
    stop();
    synchronized (this) {
      for (int index = 0; index < batches.size(); index++) {
        if (!failures.containsKey(index) && !succeeded.contains(index)) {
          failures.put(
              index,
              new UpsertSummary.Failure(
                  index,
                  batches.get(index),
                  new SmarterDevException(
                      index < nextBatch
                          ? "batch " + index + " was cancelled in flight; it may have been written"
                          : "batch " + index + " was not sent: the upsert was interrupted",
                      null)));
        }
      }
      return summary();
    }
  }

  private UpsertSummary summary() {
    List<DiscordUser> rows = new ArrayList<>(distinct.size());
    for (Long discordId : distinct.keySet()) {
      DiscordUser row = stored.get(discordId);
      if (row != null) {
        rows.add(row);
      }
    }
    List<UpsertSummary.Failure> failed = new ArrayList<>(failures.values());
    failed.sort((a, b) -> Integer.compare(a.batchIndex(), b.batchIndex()));
    int failedUsers = failed.stream().mapToInt(f -> f.users().size()).sum();
    return new UpsertSummary(
        distinct.size(), created, updated, unchanged, failedUsers, rows, failed);
  }

  private static SmarterDevException asSdkException(@Nullable Throwable failure) {
    Throwable cause = unwrap(failure);
    return cause instanceof SmarterDevException
        ? (SmarterDevException) cause
        : new SmarterDevException("batch failed: " + cause, cause);
  }

  private static Throwable unwrap(@Nullable Throwable failure) {
    if (failure instanceof CompletionException && failure.getCause() != null) {
      return failure.getCause();
    }
    return failure == null ? new IllegalStateException("no result") : failure;
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return cause instanceof RuntimeException
        ? (RuntimeException) cause
        : new SmarterDevException("upsert failed: " + cause, cause);
  }
}

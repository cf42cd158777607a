package dev.smarter.sdk;

import dev.smarter.sdk.model.UserBatch;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link UsersApi#upsertAll(java.util.Collection, UpsertOptions)} sends users: batch size, how
 * many batches are in flight at once, and who hears about progress. Immutable and thread-safe.
 */
public final class UpsertOptions {
  /** The default number of users per batch, as the original bot used. */
  public static final int DEFAULT_BATCH_SIZE = 100;

  private static final UpsertOptions DEFAULTS =
      new UpsertOptions(DEFAULT_BATCH_SIZE, 1, progress -> {});

  private final int batchSize;
  private final int concurrency;
  private final Consumer<UpsertProgress> listener;

  private UpsertOptions(int batchSize, int concurrency, Consumer<UpsertProgress> listener) {
    if (batchSize < 1 || batchSize > UserBatch.MAX_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be between 1 and " + UserBatch.MAX_SIZE + " but was " + batchSize);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be positive but was " + concurrency);
    }
    this.batchSize = batchSize;
    this.concurrency = concurrency;
    this.listener = Objects.requireNonNull(listener, "listener == null");
  }

  /**
   * Returns the defaults: batches of {@value #DEFAULT_BATCH_SIZE}, one at a time, no listener.
   *
   * @return the defaults
   */
  public static UpsertOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another batch size.
   *
   * @param batchSize users per batch, 1 to {@value UserBatch#MAX_SIZE}
   * @return the new options
   * @throws IllegalArgumentException if out of range
   */
  public UpsertOptions withBatchSize(int batchSize) {
    return new UpsertOptions(batchSize, concurrency, listener);
  }

  /**
   * Returns a copy that keeps up to {@code concurrency} batches in flight at once (still bounded by
   * the client's {@link SmarterDevClient.Builder#maxConcurrentRequests(int)}).
   *
   * @param concurrency batches in flight at once, positive
   * @return the new options
   * @throws IllegalArgumentException if not positive
   */
  public UpsertOptions withConcurrency(int concurrency) {
    return new UpsertOptions(batchSize, concurrency, listener);
  }

  /**
   * Returns a copy that reports progress to {@code listener} after each batch. The listener is
   * called on one thread at a time, possibly an HTTP client thread, and must return quickly.
   *
   * @param listener the listener
   * @return the new options
   */
  public UpsertOptions withListener(Consumer<UpsertProgress> listener) {
    return new UpsertOptions(batchSize, concurrency, listener);
  }

  /**
   * Returns the number of users per batch.
   *
   * @return 1 to {@value UserBatch#MAX_SIZE}
   */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Returns how many batches may be in flight at once.
   *
   * @return a positive number
   */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener, a no-op by default
   */
  public Consumer<UpsertProgress> listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "UpsertOptions{batchSize=" + batchSize + ", concurrency=" + concurrency + "}";
  }
}

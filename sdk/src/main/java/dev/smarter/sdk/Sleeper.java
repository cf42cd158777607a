package dev.smarter.sdk;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests pass one that records the
 * delays and returns at once. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }

        @Override
        public String toString() {
          return "Sleeper.SYSTEM";
        }
      };

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long to wait, not negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}

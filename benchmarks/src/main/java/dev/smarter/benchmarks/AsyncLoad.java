package dev.smarter.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** Sends a number of asynchronous calls with at most a given number in flight at once. */
final class AsyncLoad {
  private AsyncLoad() {}

  /**
   * Starts {@code calls} calls, waiting for a free slot before each, and waits for all of them.
   *
   * @return the elapsed nanoseconds
   * @throws java.util.concurrent.CompletionException if a call failed
   */
  static long run(int calls, int concurrency, Supplier<CompletableFuture<?>> call)
      throws InterruptedException {
    Semaphore window = new Semaphore(concurrency);
    CompletableFuture<?>[] futures = new CompletableFuture<?>[calls];
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      window.acquire();
      futures[i] = call.get().whenComplete((result, error) -> window.release());
    }
    CompletableFuture.allOf(futures).join();
    return System.nanoTime() - start;
  }
}

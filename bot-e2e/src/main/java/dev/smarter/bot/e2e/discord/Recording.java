package dev.smarter.bot.e2e.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the fake recorded of one kind, in arrival order, with waits for what has not arrived yet.
 * Thread-safe: the fake appends from its server threads while a test reads and waits.
 *
 * @param <T> the recorded type
 */
public final class Recording<T> {
  private final String name;
  private final List<T> items = new ArrayList<>();

  Recording(String name) {
    this.name = name;
  }

  synchronized void add(T item) {
    items.add(item);
    notifyAll();
  }

  /**
   * Returns everything recorded so far.
   *
   * @return a snapshot, oldest first
   */
  public synchronized List<T> all() {
    return List.copyOf(items);
  }

  /**
   * Returns what was recorded so far that matches.
   *
   * @param filter which items to keep
   * @return a snapshot, oldest first
   */
  public synchronized List<T> matching(Predicate<? super T> filter) {
    return items.stream().filter(filter).toList();
  }

  /**
   * Waits for the first item that matches, recorded before or during the wait.
   *
   * @param filter what to wait for
   * @param timeout how long to wait at most
   * @return the first matching item
   * @throws AssertionError if none arrives in time; the message lists what was recorded
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public T await(Predicate<? super T> filter, Duration timeout) throws InterruptedException {
    return awaitCount(filter, 1, timeout).get(0);
  }

  /**
   * Waits until {@code count} matching items have been recorded.
   *
   * @param filter what to count
   * @param count how many to wait for, at least 1
   * @param timeout how long to wait at most
   * @return the first {@code count} matching items, oldest first
   * @throws AssertionError if fewer arrive in time; the message lists what was recorded
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public synchronized List<T> awaitCount(Predicate<? super T> filter, int count, Duration timeout)
      throws InterruptedException {
    Objects.requireNonNull(filter, "filter == null");
    if (count < 1) {
      throw new IllegalArgumentException("count < 1: " + count);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<T> matches = matching(filter);
      if (matches.size() >= count) {
        return matches.subList(0, count);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "Waited "
                + timeout.toMillis()
                + " ms for "
                + count
                + " matching "
                + name
                + ", got "
                + matches.size()
                + ". Recorded: "
                + describe());
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /**
   * Returns how many items were recorded.
   *
   * @return the count
   */
  public synchronized int size() {
    return items.size();
  }

  private String describe() {
    int shown = Math.min(items.size(), 20);
    String listed = items.subList(items.size() - shown, items.size()).toString();
    return items.size() > shown ? "(last " + shown + " of " + items.size() + ") " + listed : listed;
  }

  @Override
  public synchronized String toString() {
    return name + " " + describe();
  }
}

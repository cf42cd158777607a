package dev.smarter.testkit;

import dev.smarter.testkit.internal.ExchangeRecord;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The recorded requests: a history for assertions and a queue for {@code takeRequest()}, each
 * keeping at most the {@code limit} most recent requests.
 */
final class RequestJournal implements Consumer<ExchangeRecord> {
  private final int limit;
  private final ArrayDeque<RecordedApiRequest> history = new ArrayDeque<>();
  private final LinkedBlockingDeque<RecordedApiRequest> queue = new LinkedBlockingDeque<>();
  private long nextSequence;
  private int count;

  RequestJournal(int limit) {
    this.limit = limit;
  }

  @Override
  public synchronized void accept(ExchangeRecord record) {
    long sequence = nextSequence++;
    count++;
    if (limit == 0) {
      return;
    }
    RecordedApiRequest request =
        new RecordedApiRequest(
            sequence,
            record.method(),
            record.path(),
            record.rawQuery(),
            record.headers(),
            record.body(),
            record.status(),
            record.fault(),
            record.responseSent());
    if (history.size() == limit) {
      history.removeFirst();
    }
    history.addLast(request);
    while (queue.size() >= limit) {
      queue.pollFirst();
    }
    queue.addLast(request);
  }

  @Nullable RecordedApiRequest take(Duration timeout) throws InterruptedException {
    return queue.pollFirst(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  synchronized List<RecordedApiRequest> history() {
    return List.copyOf(history);
  }

  synchronized List<RecordedApiRequest> history(Predicate<? super RecordedApiRequest> filter) {
    List<RecordedApiRequest> matching = new ArrayList<>();
    for (RecordedApiRequest request : history) {
      if (filter.test(request)) {
        matching.add(request);
      }
    }
    return Collections.unmodifiableList(matching);
  }

  synchronized int count() {
    return count;
  }

  synchronized void clear() {
    history.clear();
    queue.clear();
    count = 0;
  }

  synchronized void reset() {
    clear();
    nextSequence = 0;
  }
}

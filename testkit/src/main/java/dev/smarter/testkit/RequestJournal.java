package dev.smarter.testkit;

import dev.smarter.testkit.internal.ExchangeRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The recorded requests: a history for assertions and a queue for {@code takeRequest()}. */
final class RequestJournal implements Consumer<ExchangeRecord> {
  private final List<RecordedApiRequest> history = new ArrayList<>();
  private final LinkedBlockingQueue<RecordedApiRequest> queue = new LinkedBlockingQueue<>();
  private long nextSequence;

  @Override
  public synchronized void accept(ExchangeRecord record) {
    RecordedApiRequest request =
        new RecordedApiRequest(
            nextSequence++,
            record.method(),
            record.path(),
            record.rawQuery(),
            record.headers(),
            record.body(),
            record.status(),
            record.fault(),
            record.responseSent());
    history.add(request);
    queue.add(request);
  }

  @Nullable RecordedApiRequest take(Duration timeout) throws InterruptedException {
    return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
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
    return history.size();
  }

  synchronized void clear() {
    history.clear();
    queue.clear();
  }

  synchronized void reset() {
    clear();
    nextSequence = 0;
  }
}

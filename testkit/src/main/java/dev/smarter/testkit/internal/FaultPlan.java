package dev.smarter.testkit.internal;

import dev.smarter.testkit.Fault;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The armed faults, in the order they were armed. Each request claims at most one: the first armed
 * fault that matches it and still has applications left. Claims are atomic, so a fault armed for N
 * requests applies to exactly N, however many threads race for it.
 */
public final class FaultPlan {
  private final CopyOnWriteArrayList<Armed> armed = new CopyOnWriteArrayList<>();

  private static final class Armed {
    final Fault fault;
    final AtomicInteger remaining;

    Armed(Fault fault) {
      this.fault = fault;
      this.remaining = new AtomicInteger(fault.times());
    }

    boolean tryClaim() {
      return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
  }

  /** Arms {@code fault} for its {@link Fault#times()} next matching requests. */
  public void arm(Fault fault) {
    armed.add(new Armed(fault));
  }

  /** The fault the request {@code method path} must suffer, or {@code null}. */
  public @Nullable Fault claim(String method, String path) {
    for (Armed candidate : armed) {
      if (candidate.fault.matches(method, path) && candidate.tryClaim()) {
        if (candidate.remaining.get() == 0) {
          armed.remove(candidate);
        }
        return candidate.fault;
      }
    }
    return null;
  }

  /** Applications left over all armed faults. */
  public int pending() {
    int total = 0;
    for (Armed candidate : armed) {
      total += candidate.remaining.get();
    }
    return total;
  }

  /** Disarms every fault. */
  public void clear() {
    armed.clear();
  }
}

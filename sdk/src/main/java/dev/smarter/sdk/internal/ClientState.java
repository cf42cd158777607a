package dev.smarter.sdk.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/** What every call of one client shares: whether the client is closed, and its clock. */
public final class ClientState {
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Clock clock;

  /**
   * Creates the state of an open client.
   *
   * @param clock the client's clock
   */
  public ClientState(Clock clock) {
    this.clock = clock;
  }

  /**
   * Marks the client closed.
   *
   * @return {@code true} if this call closed it, {@code false} if it was already closed
   */
  public boolean close() {
    return closed.compareAndSet(false, true);
  }

  /**
   * Throws if the client is closed.
   *
   * @throws IllegalStateException if the client is closed
   */
  public void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("SmarterDevClient is closed");
    }
  }

  /**
   * Returns the client's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }
}

package dev.smarter.sdk;

import java.util.Objects;

/**
 * {@link UsersApi#upsertAll} was interrupted: it launched no further batch, cancelled the batches
 * in flight, and reports what was written by then. The interrupt flag of the thread is still set.
 *
 * <p>In the {@link #summary()}, batches that completed count as created, updated or unchanged as
 * usual; batches cancelled in flight (they may have been written; sending them again is safe) and
 * batches never sent are in {@link UpsertSummary#failures()}, so the counts still add up to the
 * total. Immutable.
 */
public class UpsertInterruptedException extends SmarterDevException {
  private static final long serialVersionUID = 1L;

  /** What was done before the interrupt. */
  private final transient UpsertSummary summary;

  /**
   * Creates the exception.
   *
   * @param summary what was done before the interrupt
   */
  public UpsertInterruptedException(UpsertSummary summary) {
    super(
        "upsertAll was interrupted after "
            + (summary.created() + summary.updated())
            + " users were written ("
            + summary.failures().size()
            + " batches not finished)",
        null);
    this.summary = Objects.requireNonNull(summary, "summary == null");
  }

  /**
   * Returns what was done before the interrupt.
   *
   * @return the partial summary
   */
  public UpsertSummary summary() {
    return summary;
  }
}

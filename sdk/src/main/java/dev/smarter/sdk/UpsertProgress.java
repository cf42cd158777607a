package dev.smarter.sdk;

/**
 * How far {@link UsersApi#upsertAll(java.util.Collection, UpsertOptions)} has come, reported after
 * each batch.
 *
 * @param batchesDone batches finished so far, failed ones included
 * @param batchesTotal batches to send in all
 * @param usersDone users in the finished batches
 * @param usersTotal users to send in all (new and changed ones; unchanged users are not sent)
 * @param failedBatches how many of the finished batches failed
 */
public record UpsertProgress(
    int batchesDone, int batchesTotal, int usersDone, int usersTotal, int failedBatches) {
  /**
   * Returns whether this is the report of the last batch.
   *
   * @return {@code true} when every batch has finished
   */
  public boolean isLast() {
    return batchesDone == batchesTotal;
  }
}

package dev.smarter.sdk;

import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import java.util.List;

/**
 * What {@link UsersApi#upsertAll(java.util.Collection, UpsertOptions)} did. Every distinct Discord
 * id of the input is counted exactly once: {@code created + updated + unchanged + failed == total}.
 *
 * <p>The counts come from the users listed before sending, unlike the server's own batch counts
 * (which count unchanged users as created): a user is unchanged when the fields it sets already
 * match (an unset discriminator or avatar is not sent, so it never counts as a change) and is not
 * sent; a sent user is updated when it existed and created when it did not. A user created by
 * someone else between the listing and the batch is counted as created.
 *
 * @param total distinct Discord ids in the input (duplicates count once, the last one wins)
 * @param created users that did not exist and were created
 * @param updated existing users whose username, discriminator or avatar changed
 * @param unchanged existing users that already matched, so were not sent
 * @param failed users in batches that failed (see {@link #failures()})
 * @param users the stored rows of every user not in a failed batch, in input order
 * @param failures the batches that failed, in the order they were sent
 */
public record UpsertSummary(
    int total,
    int created,
    int updated,
    int unchanged,
    int failed,
    List<DiscordUser> users,
    List<Failure> failures) {
  /**
   * Copies the lists.
   *
   * @param total distinct Discord ids in the input
   * @param created users created
   * @param updated users updated
   * @param unchanged users left as they were
   * @param failed users in failed batches
   * @param users the stored rows
   * @param failures the failed batches
   */
  public UpsertSummary {
    users = List.copyOf(users);
    failures = List.copyOf(failures);
  }

  /**
   * Returns whether every batch succeeded.
   *
   * @return {@code true} when nothing failed
   */
  public boolean isComplete() {
    return failures.isEmpty();
  }

  /**
   * One batch that failed; its users may or may not have been written (the batch is safe to send
   * again).
   *
   * @param batchIndex the batch's position, from 0
   * @param users the users of the batch
   * @param error why it failed
   */
  public record Failure(int batchIndex, List<NewUser> users, SmarterDevException error) {
    /**
     * Copies the list.
     *
     * @param batchIndex the batch's position, from 0
     * @param users the users of the batch
     * @param error why it failed
     */
    public Failure {
      users = List.copyOf(users);
    }
  }
}

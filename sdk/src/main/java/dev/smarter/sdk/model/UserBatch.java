package dev.smarter.sdk.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/users/batch}: up to {@value #MAX_SIZE} users, each with a distinct
 * Discord id, sent as one JSON array.
 *
 * <p>The server rejects the whole batch when it holds more than {@value #MAX_SIZE} users, and fails
 * it with a 500 when a Discord id appears twice; {@link #of(Collection)} refuses both before
 * anything is sent. To sync any number of users, possibly with duplicates, use {@code
 * UsersApi.upsertAll}, which splits and deduplicates. Immutable and thread-safe.
 */
public final class UserBatch {
  /** The most users one batch may hold (the server's limit). */
  public static final int MAX_SIZE = 500;

  private final List<NewUser> users;

  private UserBatch(List<NewUser> users) {
    this.users = users;
  }

  /**
   * Returns a batch of the given users, in their order.
   *
   * @param users at most {@value #MAX_SIZE} users with distinct Discord ids
   * @return the batch
   * @throws IllegalArgumentException if there are too many users or a Discord id repeats
   */
  public static UserBatch of(Collection<? extends NewUser> users) {
    Objects.requireNonNull(users, "users == null");
    if (users.size() > MAX_SIZE) {
      throw new IllegalArgumentException(
          "a batch holds at most " + MAX_SIZE + " users but got " + users.size());
    }
    Map<Long, Integer> seen = new HashMap<>();
    List<NewUser> copy = new ArrayList<>(users.size());
    for (NewUser user : users) {
      Objects.requireNonNull(user, "users contains null");
      Integer previous = seen.put(user.discordId(), copy.size());
      if (previous != null) {
        throw new IllegalArgumentException(
            "discordId "
                + user.discordId()
                + " appears twice in the batch (at "
                + previous
                + " and "
                + copy.size()
                + "); the server would fail the whole batch");
      }
      copy.add(user);
    }
    return new UserBatch(List.copyOf(copy));
  }

  /**
   * Returns the users of this batch, in order.
   *
   * @return an unmodifiable list
   */
  public List<NewUser> users() {
    return users;
  }

  /**
   * Returns how many users this batch holds.
   *
   * @return the size, {@code 0..MAX_SIZE}
   */
  public int size() {
    return users.size();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof UserBatch && ((UserBatch) other).users.equals(users);
  }

  @Override
  public int hashCode() {
    return users.hashCode();
  }

  @Override
  public String toString() {
    return "UserBatch{size=" + users.size() + "}";
  }
}

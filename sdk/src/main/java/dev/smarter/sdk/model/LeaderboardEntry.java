package dev.smarter.sdk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a guild's bytes leaderboard.
 *
 * <p>Returned by {@link dev.smarter.sdk.BytesApi#leaderboard(long)}.
 *
 * <p>JSON fields: {@code user_id}, {@code username}, {@code bytes_balance}, {@code avatar_url}.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface LeaderboardEntry {

  /**
   * Returns the row id of the user.
   *
   * @return the row id of the user
   */
  long userId();

  /**
   * Returns the user's Discord username.
   *
   * @return the user's Discord username
   */
  String username();

  /**
   * Returns the user's balance.
   *
   * @return the user's balance
   */
  long bytesBalance();

  /**
   * Returns the URL of the user's avatar, if any.
   *
   * @return the URL of the user's avatar, if any; empty when the server sent {@code null}
   */
  Optional<String> avatarUrl();

  /**
   * Returns a new builder for a {@code LeaderboardEntry}; every non-{@code Optional} field is
   * required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LeaderboardEntry}. Every setter returns this builder; {@code build()} returns
   * the value or throws {@link IllegalStateException} naming the required attributes that were not
   * set. Not thread-safe.
   */
  final class Builder extends ImmutableLeaderboardEntry.Builder {
    Builder() {}
  }
}

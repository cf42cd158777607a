package dev.smarter.sdk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters for listing bytes awards ({@code GET /api/bytes}); unset filters match everything.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BytesQuery {
  BytesQuery() {}

  /**
   * Returns the guild row id to match.
   *
   * @return the filter, or empty for any guild
   */
  public abstract Optional<Long> guildId();

  /**
   * Returns a user row id that must be the giver or the receiver.
   *
   * @return the filter, or empty for any user
   */
  public abstract Optional<Long> userId();

  /**
   * Returns the giver's row id to match.
   *
   * @return the filter, or empty for any giver
   */
  public abstract Optional<Long> giverId();

  /**
   * Returns the receiver's row id to match.
   *
   * @return the filter, or empty for any receiver
   */
  public abstract Optional<Long> receiverId();

  @Value.Check
  void check() {
    guildId().ifPresent(v -> Checks.rowId(v, "guildId"));
    userId().ifPresent(v -> Checks.rowId(v, "userId"));
    giverId().ifPresent(v -> Checks.rowId(v, "giverId"));
    receiverId().ifPresent(v -> Checks.rowId(v, "receiverId"));
  }

  /**
   * Returns a new builder with no filter set.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableBytesQuery.Builder builder() {
    return ImmutableBytesQuery.builder();
  }
}

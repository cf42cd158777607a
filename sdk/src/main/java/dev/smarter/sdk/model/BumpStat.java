package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often a user bumped a guild on a listing site. The server has no route for it yet.
 *
 * <p>It is part of the model so code can use it as soon as the server exposes it.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code guild_id}, {@code bump_count}, {@code
 * last_bumped_at}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface BumpStat {

  /**
   * Returns the row id.
   *
   * @return the row id
   */
  long id();

  /**
   * Returns the row id of the user, if recorded.
   *
   * @return the row id of the user, if recorded; empty when the server sent {@code null}
   */
  Optional<Long> userId();

  /**
   * Returns the row id of the guild, if recorded.
   *
   * @return the row id of the guild, if recorded; empty when the server sent {@code null}
   */
  Optional<Long> guildId();

  /**
   * Returns how many bumps (server default 0).
   *
   * @return how many bumps (server default 0)
   */
  long bumpCount();

  /**
   * Returns when the user last bumped, if ever.
   *
   * @return when the user last bumped, if ever; empty when the server sent {@code null}
   */
  Optional<Instant> lastBumpedAt();

  /**
   * Returns a new builder for a {@code BumpStat}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BumpStat}. Every setter returns this builder; {@code build()} returns the value
   * or throws {@link IllegalStateException} naming the required attributes that were not set. Not
   * thread-safe.
   */
  final class Builder extends ImmutableBumpStat.Builder {
    Builder() {}
  }
}

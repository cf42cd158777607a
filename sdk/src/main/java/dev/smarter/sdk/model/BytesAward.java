package dev.smarter.sdk.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of giving bytes: the award and the balances and roles it changed.
 *
 * <p>Returned by {@link dev.smarter.sdk.BytesApi#give(NewBytesAward)}.
 *
 * <p>JSON fields: {@code bytes}, {@code giver_balance}, {@code receiver_balance}, {@code
 * earned_roles}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface BytesAward {

  /**
   * Returns the award that was recorded.
   *
   * @return the award that was recorded
   */
  Bytes bytes();

  /**
   * Returns the giver's balance after the award.
   *
   * @return the giver's balance after the award
   */
  long giverBalance();

  /**
   * Returns the receiver's balance after the award.
   *
   * @return the receiver's balance after the award
   */
  long receiverBalance();

  /**
   * Returns the guild's role rewards the receiver's new balance reaches, lowest threshold first.
   *
   * @return the guild's role rewards the receiver's new balance reaches, lowest threshold first
   */
  List<BytesRole> earnedRoles();

  /**
   * Returns a new builder for a {@code BytesAward}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BytesAward}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableBytesAward.Builder {
    Builder() {}
  }
}

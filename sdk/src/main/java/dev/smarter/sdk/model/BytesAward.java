package dev.smarter.sdk.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of giving bytes: the award and the balances and roles it changed.
 *
 * <p>Returned by {@link dev.smarter.sdk.BytesApi#give(NewBytesAward)}. The balances and roles come
 * from the server's answer to the award. When that answer was lost (a dropped connection, a gateway
 * error) and the SDK confirmed the award by finding it in the list of awards instead, only {@link
 * #bytes()} is known: the balances and roles are empty rather than guessed (reading a balance has a
 * side effect on the server, so the SDK does not read it for you). {@code give(...).withResponse()}
 * tells which case it was ({@link dev.smarter.sdk.ApiResponse#reconciled()}).
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
   * @return the balance, or empty when the award was confirmed by a lookup
   */
  Optional<Long> giverBalance();

  /**
   * Returns the receiver's balance after the award.
   *
   * @return the balance, or empty when the award was confirmed by a lookup
   */
  Optional<Long> receiverBalance();

  /**
   * Returns the guild's role rewards the receiver's new balance reaches, lowest threshold first.
   *
   * @return the roles, or empty when the award was confirmed by a lookup (an empty list means the
   *     server said no role was earned)
   */
  Optional<List<BytesRole>> earnedRoles();

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

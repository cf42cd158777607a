package dev.smarter.sdk.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A user's bytes balance and totals, with the role rewards it earns.
 *
 * <p>Returned by {@link dev.smarter.sdk.BytesApi#balance(long)}.
 *
 * <p>JSON fields: {@code user_id}, {@code username}, {@code bytes_balance}, {@code bytes_received},
 * {@code bytes_given}, {@code earned_roles}. Immutable and thread-safe; build one with {@link
 * #builder()}.
 */
@Value.Immutable
public interface BytesBalance {

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
   * Returns the user's current balance.
   *
   * @return the user's current balance
   */
  long bytesBalance();

  /**
   * Returns the total the user has received (in the guild, when one was given).
   *
   * @return the total the user has received (in the guild, when one was given)
   */
  long bytesReceived();

  /**
   * Returns the total the user has given (in the guild, when one was given).
   *
   * @return the total the user has given (in the guild, when one was given)
   */
  long bytesGiven();

  /**
   * Returns the role rewards the balance reaches (empty without a guild).
   *
   * @return the role rewards the balance reaches (empty without a guild)
   */
  List<BytesRole> earnedRoles();

  /**
   * Returns a new builder for a {@code BytesBalance}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BytesBalance}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableBytesBalance.Builder {
    Builder() {}
  }
}

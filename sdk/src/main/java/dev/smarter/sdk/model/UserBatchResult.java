package dev.smarter.sdk.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the server reported for one batch of users.
 *
 * <p>Returned by {@link dev.smarter.sdk.UsersApi#batch(UserBatch)}. The server's counts are quirky:
 * {@code updated} counts existing users whose username, discriminator or avatar changed, and {@code
 * created} is {@code total - updated}, so it also counts existing users that were left unchanged.
 *
 * <p>JSON fields: {@code users}, {@code created}, {@code updated}, {@code total}. Immutable and
 * thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface UserBatchResult {

  /**
   * Returns the users of the batch as stored after it, in request order.
   *
   * @return the users of the batch as stored after it, in request order
   */
  List<DiscordUser> users();

  /**
   * Returns {@code total - updated}: new users plus existing unchanged ones (the server's own
   * count).
   *
   * @return {@code total - updated}: new users plus existing unchanged ones (the server's own
   *     count)
   */
  long created();

  /**
   * Returns existing users whose username, discriminator or avatar URL changed.
   *
   * @return existing users whose username, discriminator or avatar URL changed
   */
  long updated();

  /**
   * Returns how many users the batch held.
   *
   * @return how many users the batch held
   */
  long total();

  /**
   * Returns a new builder for a {@code UserBatchResult}; every non-{@code Optional} field is
   * required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UserBatchResult}. Every setter returns this builder; {@code build()} returns
   * the value or throws {@link IllegalStateException} naming the required attributes that were not
   * set. Not thread-safe.
   */
  final class Builder extends ImmutableUserBatchResult.Builder {
    Builder() {}
  }
}

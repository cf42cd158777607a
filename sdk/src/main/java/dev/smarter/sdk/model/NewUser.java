package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a user create ({@code POST /api/users}) and one item of a {@link UserBatch}.
 *
 * <p>The server looks users up by {@link #discordId()}: a single create returns an existing user
 * unchanged (safe to repeat), while a batch updates the username, discriminator and avatar of
 * existing users. {@code build()} throws {@link IllegalStateException} naming a missing required
 * field and {@link IllegalArgumentException} for a non-positive snowflake or a blank username.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewUser {
  NewUser() {}

  /**
   * Returns the user's Discord snowflake.
   *
   * @return a positive snowflake
   */
  public abstract long discordId();

  /**
   * Returns the user's Discord username.
   *
   * @return a non-blank username
   */
  public abstract String username();

  /**
   * Returns the user's legacy discriminator.
   *
   * @return the discriminator, or empty to send none
   */
  public abstract Optional<String> discriminator();

  /**
   * Returns the URL of the user's avatar.
   *
   * @return the avatar URL, or empty to send none
   */
  public abstract Optional<String> avatarUrl();

  /**
   * Returns the creation time to store; the original bot sends the member's Discord join time.
   *
   * @return the time, or empty to let the server use its current time
   */
  public abstract Optional<Instant> createdAt();

  @Value.Check
  void check() {
    Checks.snowflake(discordId(), "discordId");
    Checks.notBlank(username(), "username");
  }

  /**
   * Returns a user create with only the required fields.
   *
   * @param discordId the user's Discord snowflake, positive
   * @param username the user's name, not blank
   * @return the request
   * @throws IllegalArgumentException if {@code discordId <= 0} or {@code username} is blank
   */
  public static NewUser of(long discordId, String username) {
    return builder().discordId(discordId).username(username).build();
  }

  /**
   * Returns a new builder; {@code discordId} and {@code username} are required.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableNewUser.Builder builder() {
    return ImmutableNewUser.builder();
  }
}

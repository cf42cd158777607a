package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
   * @return the discriminator, or {@code null} to send none (not sent)
   */
  public abstract @Nullable String discriminator();

  /**
   * Returns the URL of the user's avatar.
   *
   * @return the avatar URL, or {@code null} to send none (not sent)
   */
  public abstract @Nullable String avatarUrl();

  /**
   * Returns the creation time to store; the original bot sends the member's Discord join time.
   *
   * @return the time, or {@code null} to let the server use its current time (not sent)
   */
  public abstract @Nullable Instant createdAt();

  @Value.Check
  void check() {
    Checks.sendable(createdAt(), "createdAt");
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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewUser}. Every setter returns this builder; {@code build()} returns the value
   * or throws {@link IllegalStateException} naming the required attributes that were not set. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableNewUser.Builder {
    Builder() {}
  }
}

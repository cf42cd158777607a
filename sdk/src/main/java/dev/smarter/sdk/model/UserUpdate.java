package dev.smarter.sdk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a user update ({@code PUT /api/users/{id}}): the username, discriminator and/or
 * avatar to change. Immutable and thread-safe.
 */
public final class UserUpdate extends PartialUpdate {
  private UserUpdate(Map<String, @Nullable Object> changes) {
    super(changes);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserUpdate}. Not thread-safe. */
  public static final class Builder extends PartialUpdate.Builder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the user's new username.
     *
     * @param username the username, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code username} is blank
     */
    public Builder username(String username) {
      Objects.requireNonNull(username, "username == null");
      return set("username", Checks.notBlank(username, "username"));
    }

    /**
     * Sets the user's discriminator; {@code null} clears it.
     *
     * @param discriminator the discriminator, or {@code null} to clear it
     * @return this builder
     */
    public Builder discriminator(@Nullable String discriminator) {
      return set("discriminator", discriminator);
    }

    /**
     * Sets the user's avatar URL; {@code null} clears it.
     *
     * @param avatarUrl the URL, or {@code null} to clear it
     * @return this builder
     */
    public Builder avatarUrl(@Nullable String avatarUrl) {
      return set("avatar_url", avatarUrl);
    }

    /**
     * Returns the update.
     *
     * @return the update
     * @throws IllegalStateException if nothing was set
     */
    public UserUpdate build() {
      return new UserUpdate(
          checkedChanges("UserUpdate", List.of("username", "discriminator", "avatarUrl")));
    }
  }
}

package dev.smarter.sdk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a guild update ({@code PUT /api/guilds/{id}}): the name and/or icon to change.
 * Immutable and thread-safe.
 */
public final class GuildUpdate extends PartialUpdate {
  private GuildUpdate(Map<String, @Nullable Object> changes) {
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

  /** Builds a {@link GuildUpdate}. Not thread-safe. */
  public static final class Builder extends PartialUpdate.Builder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the guild's new name.
     *
     * @param name the name, not blank
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name == null");
      return set("name", Checks.notBlank(name, "name"));
    }

    /**
     * Sets the guild's icon URL; {@code null} removes the icon.
     *
     * @param iconUrl the URL, or {@code null} to clear it
     * @return this builder
     */
    public Builder iconUrl(@Nullable String iconUrl) {
      return set("icon_url", iconUrl);
    }

    /**
     * Returns the update.
     *
     * @return the update
     * @throws IllegalStateException if nothing was set
     */
    public GuildUpdate build() {
      return new GuildUpdate(checkedChanges("GuildUpdate", List.of("name", "iconUrl")));
    }
  }
}

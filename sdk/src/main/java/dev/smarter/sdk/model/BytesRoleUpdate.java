package dev.smarter.sdk.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a bytes role update ({@code PUT /api/bytes/roles/{id}}): the name and/or threshold to
 * change. Immutable and thread-safe.
 */
public final class BytesRoleUpdate extends PartialUpdate {
  private BytesRoleUpdate(Map<String, @Nullable Object> changes) {
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

  /** Builds a {@link BytesRoleUpdate}. Not thread-safe. */
  public static final class Builder extends PartialUpdate.Builder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the role's name.
     *
     * @param roleName the name, not blank
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder roleName(String roleName) {
      Objects.requireNonNull(roleName, "roleName == null");
      return set("role_name", Checks.notBlank(roleName, "roleName"));
    }

    /**
     * Sets the balance at which the role is earned.
     *
     * @param bytesRequired the threshold, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder bytesRequired(long bytesRequired) {
      Checks.nonNegative(bytesRequired, "bytesRequired");
      return set("bytes_required", bytesRequired);
    }

    /**
     * Returns the update.
     *
     * @return the update
     * @throws IllegalStateException if nothing was set
     */
    public BytesRoleUpdate build() {
      return new BytesRoleUpdate(
          checkedChanges("BytesRoleUpdate", List.of("roleName", "bytesRequired")));
    }
  }
}

package dev.smarter.sdk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of an update ({@code PUT}): only the fields that were set are sent, because the server
 * changes exactly the keys present in the body. A key set to {@code null} is sent as JSON {@code
 * null}, which clears the field on the server.
 *
 * <p>Build one through a subclass's builder, such as {@link GuildUpdate#builder()}; building an
 * update with no change throws {@link IllegalStateException}. Immutable and thread-safe.
 */
public abstract class PartialUpdate {
  private final Map<String, @Nullable Object> changes;

  PartialUpdate(Map<String, @Nullable Object> changes) {
    this.changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  /**
   * Returns the JSON keys this update sends, in the order they were set, with their values. A
   * {@code null} value clears the field on the server.
   *
   * @return an unmodifiable, non-empty map from JSON key to value
   */
  public final Map<String, @Nullable Object> changes() {
    return changes;
  }

  /** Updates of different types are never equal, even with the same keys. */
  @Override
  @SuppressWarnings("EqualsGetClass")
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((PartialUpdate) other).changes.equals(changes);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), changes);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + changes;
  }

  /**
   * Collects the keys of one update. Not thread-safe.
   *
   * @param <B> the concrete builder type
   */
  abstract static class Builder<B extends Builder<B>> {
    final Map<String, @Nullable Object> changes = new LinkedHashMap<>();

    abstract B self();

    B set(String key, @Nullable Object value) {
      changes.put(key, value);
      return self();
    }

    Map<String, @Nullable Object> checkedChanges(String type, List<String> settable) {
      if (changes.isEmpty()) {
        throw new IllegalStateException(
            type + " has no changes: set at least one of " + String.join(", ", settable));
      }
      return changes;
    }
  }
}

package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of a moderation case update ({@code PUT /api/moderation-cases/{id}}): resolve or reopen
 * a case and/or change its resolution note.
 *
 * <p>On the server an explicit {@code resolved_at} wins over {@code resolve: true}; this builder
 * therefore refuses to set both. Immutable and thread-safe.
 */
public final class CaseUpdate extends PartialUpdate {
  private CaseUpdate(Map<String, @Nullable Object> changes) {
    super(changes);
  }

  /**
   * Returns an update that resolves the case at the server's current time.
   *
   * @param resolutionNote the note to store, or {@code null} to leave the note unchanged
   * @return the update
   */
  public static CaseUpdate resolveNow(@Nullable String resolutionNote) {
    Builder builder = builder().resolveNow();
    if (resolutionNote != null) {
      builder.resolutionNote(resolutionNote);
    }
    return builder.build();
  }

  /**
   * Returns an update that reopens a resolved case (sends {@code "resolved_at": null}).
   *
   * @return the update
   */
  public static CaseUpdate reopen() {
    return builder().resolvedAt(null).build();
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseUpdate}. Not thread-safe. */
  public static final class Builder extends PartialUpdate.Builder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Marks the case resolved at the server's current time (sends {@code "resolve": true}).
     *
     * @return this builder
     * @throws IllegalStateException if {@link #resolvedAt(Instant)} was set
     */
    public Builder resolveNow() {
      if (changes.containsKey("resolved_at")) {
        throw new IllegalStateException("set either resolveNow() or resolvedAt(), not both");
      }
      return set("resolve", true);
    }

    /**
     * Sets when the case was resolved; {@code null} reopens the case.
     *
     * @param resolvedAt the time, or {@code null} to reopen
     * @return this builder
     * @throws IllegalStateException if {@link #resolveNow()} was set
     * @throws IllegalArgumentException if the time is outside the years 1 to 9999 the server reads
     */
    public Builder resolvedAt(@Nullable Instant resolvedAt) {
      if (changes.containsKey("resolve")) {
        throw new IllegalStateException("set either resolveNow() or resolvedAt(), not both");
      }
      Checks.sendable(resolvedAt, "resolvedAt");
      return set("resolved_at", resolvedAt);
    }

    /**
     * Sets the resolution note; {@code null} clears it.
     *
     * @param resolutionNote the note, or {@code null} to clear it
     * @return this builder
     */
    public Builder resolutionNote(@Nullable String resolutionNote) {
      return set("resolution_note", resolutionNote);
    }

    /**
     * Returns the update.
     *
     * @return the update
     * @throws IllegalStateException if nothing was set
     */
    public CaseUpdate build() {
      return new CaseUpdate(
          checkedChanges("CaseUpdate", List.of("resolveNow", "resolvedAt", "resolutionNote")));
    }
  }
}

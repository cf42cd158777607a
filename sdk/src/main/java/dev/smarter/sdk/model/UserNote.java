package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A moderator's private note about a user. The server has no route for it yet.
 *
 * <p>It is part of the model so code can use it as soon as the server exposes it.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code mod_id}, {@code guild_id}, {@code content},
 * {@code noted_at}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface UserNote {

  /**
   * Returns the note's row id.
   *
   * @return the note's row id
   */
  long id();

  /**
   * Returns the row id of the user.
   *
   * @return the row id of the user
   */
  long userId();

  /**
   * Returns the row id of the moderator.
   *
   * @return the row id of the moderator
   */
  long modId();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns the note's text.
   *
   * @return the note's text
   */
  String content();

  /**
   * Returns when the note was written.
   *
   * @return when the note was written
   */
  Instant notedAt();

  /**
   * Returns a new builder for a {@code UserNote}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UserNote}. Every setter returns this builder; {@code build()} returns the value
   * or throws {@link IllegalStateException} naming the required attributes that were not set. Not
   * thread-safe.
   */
  final class Builder extends ImmutableUserNote.Builder {
    Builder() {}
  }
}

package dev.smarter.sdk.internal;

import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;

/** The creates the SDK can find again after they failed ambiguously; see {@link CreateLookup}. */
public enum CreateKind {
  /** {@code POST /api/warnings}, found by guild, user, moderator and {@code warned_at}. */
  WARNING(NewWarning.class),
  /**
   * {@code POST /api/moderation-cases}, found by guild, user, moderator, action, {@code
   * created_at}.
   */
  MODERATION_CASE(NewModerationCase.class),
  /** {@code POST /api/bytes}, found by guild, giver, receiver and {@code awarded_at}. */
  BYTES_AWARD(NewBytesAward.class);

  private final Class<?> bodyType;

  CreateKind(Class<?> bodyType) {
    this.bodyType = bodyType;
  }

  /** The type of the create's body. */
  Class<?> bodyType() {
    return bodyType;
  }
}

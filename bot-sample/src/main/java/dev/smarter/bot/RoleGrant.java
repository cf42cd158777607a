package dev.smarter.bot;

import dev.smarter.sdk.model.BytesRole;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened when the bot tried to give a member one Discord role.
 *
 * @param role the role, as the API lists it
 * @param outcome what happened
 * @param problem why it failed, for {@link Outcome#FAILED}; {@code null} otherwise
 */
public record RoleGrant(BytesRole role, Outcome outcome, @Nullable String problem) {
  /** What happened to one role. */
  public enum Outcome {
    /** The member did not have the role and now has it. */
    ADDED,
    /** The member already had the role; nothing was changed. */
    ALREADY_HELD,
    /** The role could not be given: deleted in Discord, or the bot may not manage it. */
    FAILED
  }

  /**
   * Checks the fields.
   *
   * @param role the role
   * @param outcome what happened
   * @param problem why it failed, or {@code null}
   */
  public RoleGrant {
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(outcome, "outcome == null");
  }

  /**
   * The role was added.
   *
   * @param role the role
   * @return the result
   */
  public static RoleGrant added(BytesRole role) {
    return new RoleGrant(role, Outcome.ADDED, null);
  }

  /**
   * The member already had the role.
   *
   * @param role the role
   * @return the result
   */
  public static RoleGrant alreadyHeld(BytesRole role) {
    return new RoleGrant(role, Outcome.ALREADY_HELD, null);
  }

  /**
   * The role could not be given.
   *
   * @param role the role
   * @param problem why, for the log and the announcement
   * @return the result
   */
  public static RoleGrant failed(BytesRole role, String problem) {
    return new RoleGrant(role, Outcome.FAILED, Objects.requireNonNull(problem, "problem == null"));
  }
}

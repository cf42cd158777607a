package dev.smarter.bot;

import java.util.Objects;
import java.util.Optional;

/**
 * The plain inputs of one use of a server command ({@code /bytes}, {@code /warn}, {@code /cases},
 * {@code /case}), mapped from a Discord interaction (or made up by the simulation and tests).
 *
 * @param guild the guild the command was used in, or empty in a direct message
 * @param author who used the command
 * @param authorCanModerate whether the author may use the moderation commands in this guild: the
 *     Discord adapter sets it when the member has the {@code MODERATE_MEMBERS} ("Timeout members")
 *     or {@code ADMINISTRATOR} permission (see {@link ModerationCommands#REQUIRED_PERMISSION})
 * @param replies where the answers go
 * @param roles gives members Discord roles in this guild
 */
public record Invocation(
    Optional<GuildSnapshot> guild,
    MemberSnapshot author,
    boolean authorCanModerate,
    Replies replies,
    MemberRoles roles) {
  /**
   * Checks that nothing is null.
   *
   * @param guild the guild, or empty
   * @param author the author
   * @param authorCanModerate whether the author may moderate
   * @param replies the reply sink
   * @param roles the role port
   */
  public Invocation {
    Objects.requireNonNull(guild, "guild == null");
    Objects.requireNonNull(author, "author == null");
    Objects.requireNonNull(replies, "replies == null");
    Objects.requireNonNull(roles, "roles == null");
  }
}

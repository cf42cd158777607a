package dev.smarter.bot;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plain inputs of one command invocation, mapped from a Discord message or interaction (or made
 * up by the simulation and tests).
 *
 * @param guild the guild the command was used in, or empty in a direct message
 * @param authorIsOwner whether the author owns the bot
 * @param members the guild's members, read only when a command needs them
 * @param gatewayLatency the latest Discord gateway latency
 * @param replies where the answers go
 */
public record CommandContext(
    Optional<GuildSnapshot> guild,
    boolean authorIsOwner,
    Supplier<? extends Collection<MemberSnapshot>> members,
    Supplier<Duration> gatewayLatency,
    Replies replies) {
  /**
   * Checks that nothing is null.
   *
   * @param guild the guild, or empty
   * @param authorIsOwner whether the author owns the bot
   * @param members the members supplier
   * @param gatewayLatency the latency supplier
   * @param replies the reply sink
   */
  public CommandContext {
    Objects.requireNonNull(guild, "guild == null");
    Objects.requireNonNull(members, "members == null");
    Objects.requireNonNull(gatewayLatency, "gatewayLatency == null");
    Objects.requireNonNull(replies, "replies == null");
  }
}

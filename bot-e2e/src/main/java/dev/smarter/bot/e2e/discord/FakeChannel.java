package dev.smarter.bot.e2e.discord;

import java.util.List;

/**
 * A text channel of a {@link FakeGuild}, where users post messages and invoke slash commands.
 * Thread-safe.
 */
public final class FakeChannel {
  private final World world;
  private final long id;
  private final FakeGuild guild;

  FakeChannel(World world, long id, FakeGuild guild) {
    this.world = world;
    this.id = id;
    this.guild = guild;
  }

  /**
   * Returns the channel's snowflake.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the guild of the channel.
   *
   * @return the guild
   */
  public FakeGuild guild() {
    return guild;
  }

  /**
   * Posts a message as a user: MESSAGE_CREATE to sessions with the GUILD_MESSAGES intent; the
   * content is empty for sessions without MESSAGE_CONTENT unless it mentions the bot.
   *
   * @param author a member of the guild
   * @param content the text
   * @return the message's snowflake
   * @throws IllegalArgumentException if the author is not a member
   * @throws IllegalStateException if the guild is in an outage
   */
  public long send(FakeUser author, String content) {
    return world.userMessage(id, author.id(), content);
  }

  /**
   * Invokes a slash command the bot registered, as a user: INTERACTION_CREATE to the session that
   * owns the guild. The interaction must be acknowledged within Discord's 3 seconds.
   *
   * @param user a member of the guild
   * @param command the command's name, such as {@code "ping"}
   * @param options the options the user filled in
   * @return the interaction, to wait for its responses
   * @throws IllegalStateException if the bot has not registered the command or is not connected, or
   *     the guild is in an outage
   * @throws IllegalArgumentException if the options do not fit the registered command
   */
  public FakeInteraction invoke(FakeUser user, String command, SlashOption... options) {
    State.Interaction interaction = world.slashCommand(id, user.id(), command, List.of(options));
    return new FakeInteraction(world, interaction.id, interaction.token);
  }

  @Override
  public String toString() {
    return "FakeChannel{" + id + " in " + guild + "}";
  }
}

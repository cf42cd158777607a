/**
 * The sample Discord bot: keeps the guilds and members a Javacord bot sees in sync with the Smarter
 * Dev API through the SDK, answers {@code !ping}, {@code !sync} and {@code !stats} (and their
 * slash-command twins), and offers the {@code /bytes} commands ({@code send}, {@code read}, {@code
 * heap}) and the moderation commands ({@code /warn}, {@code /cases}, {@code /case resolve}). {@link
 * dev.smarter.bot.ApiStats} counts the SDK's calls through the {@code smarter-dev-micrometer}
 * binding for {@code !stats}.
 *
 * <p>Ports and adapters: {@link dev.smarter.bot.GuildSynchronizer}, {@link
 * dev.smarter.bot.PingCommand}, {@link dev.smarter.bot.SyncCommand}, {@link
 * dev.smarter.bot.StatsCommand}, {@link dev.smarter.bot.BytesCommands}, {@link
 * dev.smarter.bot.ModerationCommands} and {@link dev.smarter.bot.BotEvents} take plain snapshots
 * ({@link dev.smarter.bot.GuildSnapshot}, {@link dev.smarter.bot.MemberSnapshot}) and answer
 * through {@link dev.smarter.bot.Replies} (and give roles through {@link
 * dev.smarter.bot.MemberRoles}), so they run without Discord; {@link dev.smarter.bot.DiscordBot}
 * and {@link dev.smarter.bot.JavacordAdapters} are the thin Javacord side, and {@link
 * dev.smarter.bot.Simulation} replays a session against the in-process fake server. The entry point
 * is {@link dev.smarter.bot.BotMain}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.smarter.bot;

import org.jspecify.annotations.NullMarked;

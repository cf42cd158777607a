/**
 * The sample Discord bot: keeps the guilds and members a Javacord bot sees in sync with the Smarter
 * Dev API through the SDK, and answers {@code !ping} and {@code !sync} (and their slash-command
 * twins).
 *
 * <p>Ports and adapters: {@link dev.smarter.bot.GuildSynchronizer}, {@link
 * dev.smarter.bot.PingCommand}, {@link dev.smarter.bot.SyncCommand} and {@link
 * dev.smarter.bot.BotEvents} take plain snapshots ({@link dev.smarter.bot.GuildSnapshot}, {@link
 * dev.smarter.bot.MemberSnapshot}) and answer through {@link dev.smarter.bot.Replies}, so they run
 * without Discord; {@link dev.smarter.bot.DiscordBot} and {@link dev.smarter.bot.JavacordAdapters}
 * are the thin Javacord side, and {@link dev.smarter.bot.Simulation} replays a session against the
 * in-process fake server. The entry point is {@link dev.smarter.bot.BotMain}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.smarter.bot;

import org.jspecify.annotations.NullMarked;

/**
 * A local fake of Discord for end-to-end tests of Javacord bots: {@link
 * dev.smarter.bot.e2e.discord.FakeDiscord}.
 *
 * <h2>What it models</h2>
 *
 * <ul>
 *   <li><b>Transport.</b> An HTTP proxy that accepts {@code CONNECT discord.com:443} and {@code
 *       CONNECT gateway.discord.gg:443}, terminates TLS with a certificate generated at start
 *       (okhttp-tls), and serves HTTP/1.1 and the websocket with mockwebserver3 (OkHttp's RFC 6455
 *       implementation). {@code GET /api/v10/gateway} answers {@code wss://gateway.discord.gg}, the
 *       real URL, which Javacord then reaches through the same proxy.
 *   <li><b>Gateway v10, JSON.</b> HELLO with the heartbeat interval; HEARTBEAT answered by
 *       HEARTBEAT_ACK; IDENTIFY checked for the token, unknown intent bits (4013), privileged
 *       intents the application has not enabled (4014) and the shard (4010); READY with the bot
 *       user, the session id, {@code resume_gateway_url} and the guilds as unavailable, then one
 *       GUILD_CREATE per guild; sequence numbers per session; RECONNECT (op 7) on request and
 *       RESUME with the missed dispatches replayed, then RESUMED, or INVALID_SESSION (op 9) for an
 *       unknown session; a close by the client with 1000 or 1001 ends the session. Guild outages:
 *       GUILD_DELETE with {@code unavailable: true}, no events while it lasts, GUILD_CREATE at its
 *       end. Payload compression: with {@code compress: true}, dispatches above 1 KiB are zlib
 *       binary frames. Close codes 4001 (unknown opcode or invalid payload), 4002 (undecodable),
 *       4003 (not identified), 4004 (bad token), 4005 (identified twice), 4012 (API version not
 *       10).
 *   <li><b>Intents.</b> Events go only to sessions with their intent: GUILD_MEMBER_ADD and
 *       GUILD_MEMBER_UPDATE (which carries username and avatar changes) need GUILD_MEMBERS;
 *       MESSAGE_CREATE needs GUILD_MESSAGES, and its content is empty without MESSAGE_CONTENT
 *       unless it mentions the bot; GUILD_CREATE lists only the bot's own member without
 *       GUILD_PRESENCES, only online members above the session's {@code large_threshold}, and
 *       everyone otherwise, with {@code large} set as Discord sets it.
 *   <li><b>Member chunks.</b> REQUEST_GUILD_MEMBERS (op 8) by query and limit or by user ids,
 *       answered with GUILD_MEMBERS_CHUNK events of at most 1,000 members with {@code chunk_index},
 *       {@code chunk_count}, {@code not_found}, presences and the nonce; a request for the whole
 *       list without GUILD_MEMBERS is ignored, as Discord ignores it.
 *   <li><b>REST v10.</b> Bot-token authorization ({@code 401} otherwise); {@code GET /gateway},
 *       {@code /gateway/bot}, {@code /oauth2/applications/@me} (the owner), {@code /users/@me},
 *       {@code /users/{id}}, {@code /guilds/{g}/members/{u}}; {@code POST /channels/{id}/messages}
 *       (empty or over-2,000-character content refused; echoed as MESSAGE_CREATE); global and guild
 *       command bulk overwrite and listing (names and descriptions checked, ids kept across
 *       overwrites); interaction callbacks of type 4, 5 and 9 with flags (ephemeral), refused after
 *       the deadline (3 s) or when already acknowledged; {@code PATCH
 *       /webhooks/{app}/{token}/messages/@original} and follow-ups {@code POST
 *       /webhooks/{app}/{token}}; {@code PUT} and {@code DELETE /guilds/{g}/members/{u}/roles/{r}}
 *       with the audit-log reason, echoed as GUILD_MEMBER_UPDATE. Errors carry Discord's JSON codes
 *       (10002, 10003, 10004, 10007, 10008, 10011, 10013, 10015, 10062, 40060, 50001, 50006, 50013,
 *       50035).
 * </ul>
 *
 * <h2>What it does not model</h2>
 *
 * <ul>
 *   <li>Rate limits: headers always leave room; no 429, no gateway send limit (120 per 60 s), no
 *       RATE_LIMITED answer to repeated member requests; no identify concurrency limit.
 *   <li>Heartbeat timeouts (a silent client is never disconnected), zombie connections, transport
 *       compression ({@code compress=zlib-stream}), ETF encoding, voice.
 *   <li>Presence updates (PRESENCE_UPDATE is never sent; statuses are fixed: the owner and the bot
 *       online, everyone else offline), typing, reactions, threads, DMs, embeds and attachments as
 *       content, message edits and deletes by users, bans, kicks, member removal.
 *   <li>Permissions and role hierarchy: roles grant guild-wide permissions ({@link
 *       dev.smarter.bot.e2e.discord.Permission}), which the interactions' {@code
 *       member.permissions} add up (everything for the owner and administrators), but channel
 *       overwrites are not modeled; the bot may post in every channel and assign every role but
 *       {@code @everyone} and managed roles; default member permissions of commands are not
 *       enforced. Only slash commands are invoked (no context menus, components or autocomplete).
 *   <li>Interaction tokens never expire (Discord allows 15 minutes); follow-up limits; the {@code
 *       with_response} callback variant.
 *   <li>Sharding beyond routing: a session gets the guilds with {@code (id >> 22) % count ==
 *       shard}; {@code max_concurrency} and "sharding required" are not enforced.
 * </ul>
 */
@NullMarked
package dev.smarter.bot.e2e.discord;

import org.jspecify.annotations.NullMarked;

package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.asArray;
import static dev.smarter.bot.e2e.discord.Json.asLong;
import static dev.smarter.bot.e2e.discord.Json.asObject;
import static dev.smarter.bot.e2e.discord.Json.obj;
import static dev.smarter.bot.e2e.discord.Payloads.id;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fake's state and behaviour: users and guilds, the gateway events their changes cause, and the
 * REST routes about them. The gateway sessions, the registered commands and the interactions live
 * in {@link GatewaySessions}, {@link CommandRegistry} and {@link Interactions}, which this class
 * calls holding its lock. Every entry point holds the lock of this object, so the test thread, the
 * REST threads and the gateway threads see one consistent Discord, and dispatches leave in sequence
 * order.
 */
final class World {
  /** The gateway URL the fake hands out, the real one: Javacord reaches it through the proxy. */
  static final String GATEWAY_URL = "wss://gateway.discord.gg";

  private static final int MAX_CONTENT_LENGTH = 2000;
  private static final int MESSAGE_TYPE_DEFAULT = 0;
  static final int MESSAGE_TYPE_CHAT_INPUT_COMMAND = 20;
  private static final long VIEW_CHANNEL = 1L << 10;
  private static final long SEND_MESSAGES = 1L << 11;
  private static final long EMBED_LINKS = 1L << 14;
  private static final long READ_MESSAGE_HISTORY = 1L << 16;
  private static final long ADD_REACTIONS = 1L << 6;
  private static final long MANAGE_ROLES = 1L << 28;
  private static final long USE_APPLICATION_COMMANDS = 1L << 31;
  static final long EVERYONE_PERMISSIONS =
      VIEW_CHANNEL
          | SEND_MESSAGES
          | EMBED_LINKS
          | READ_MESSAGE_HISTORY
          | ADD_REACTIONS
          | USE_APPLICATION_COMMANDS;
  static final long BOT_PERMISSIONS = EVERYONE_PERMISSIONS | MANAGE_ROLES;

  /** Every permission Discord defines (bits 0 to 50), as it reports them for an administrator. */
  static final long ALL_PERMISSIONS = (1L << 51) - 1;

  /** How the fake behaves where Discord's behaviour depends on the application's settings. */
  record Settings(
      String token,
      Duration heartbeatInterval,
      Set<GatewayIntent> enabledPrivilegedIntents,
      Duration interactionDeadline,
      int recommendedShards,
      String botName) {}

  final Settings settings;
  final long applicationId;
  final State.User bot;
  final State.User owner;

  final Recording<BotMessage> messages = new Recording<>("bot messages");
  final Recording<InteractionCallback> callbacks = new Recording<>("interaction callbacks");
  final Recording<CommandRegistration> registrations = new Recording<>("command registrations");
  final Recording<RoleChange> roleChanges = new Recording<>("role changes");
  final Recording<GatewayCommand> gatewayCommands = new Recording<>("gateway commands");
  final Recording<GatewayClosure> closures = new Recording<>("gateway closures");
  final Recording<GatewayDispatch> dispatches = new Recording<>("gateway dispatches");
  final Recording<RestCall> restCalls = new Recording<>("REST calls");
  final Recording<String> problems = new Recording<>("protocol problems");

  final Snowflakes ids = new Snowflakes();
  final GatewaySessions gateway = new GatewaySessions(this);
  final CommandRegistry commands = new CommandRegistry(this);
  final Interactions interactions = new Interactions(this);
  private final SecureRandom random = new SecureRandom();
  final Map<Long, State.User> users = new LinkedHashMap<>();
  final Map<Long, State.Guild> guilds = new LinkedHashMap<>();

  World(Settings settings) {
    this.settings = settings;
    this.applicationId = ids.next();
    this.bot = newUser(settings.botName(), true);
    this.owner = newUser("owner", false);
    bot.status = "online";
    owner.status = "online";
  }

  // ---- entities made by the test -------------------------------------------------------------

  synchronized State.User newUser(String username, boolean isBot) {
    Objects.requireNonNull(username, "username == null");
    long id = bot == null ? applicationId : ids.next();
    String discriminator =
        isBot ? String.format(Locale.ROOT, "%04d", 1 + Math.floorMod(id, 9999)) : "0";
    State.User user = new State.User(id, username, discriminator, null, isBot);
    users.put(id, user);
    return user;
  }

  synchronized State.Guild newGuild(String name, Collection<Long> memberIds) {
    return newGuild(name, memberIds, ids.next());
  }

  synchronized State.Guild newGuildOnShard(
      String name, Collection<Long> memberIds, int shard, int shardCount) {
    if (shardCount < 1 || shard < 0 || shard >= shardCount) {
      throw new IllegalArgumentException("no shard " + shard + " of " + shardCount);
    }
    return newGuild(name, memberIds, ids.nextOnShard(shard, shardCount));
  }

  private State.Guild newGuild(String name, Collection<Long> memberIds, long id) {
    Objects.requireNonNull(name, "name == null");
    State.Guild guild = new State.Guild(id, name, owner.id);
    guild.roles.put(id, new State.Role(id, "@everyone", 0, EVERYONE_PERMISSIONS, false));
    long botRole = ids.next();
    guild.roles.put(botRole, new State.Role(botRole, settings.botName(), 1, BOT_PERMISSIONS, true));
    guild.channels.add(new State.Channel(ids.next(), id, "general", 0));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    guild.members.put(owner.id, new State.Member(owner.id, now.minus(Duration.ofDays(400))));
    State.Member botMember = new State.Member(bot.id, now);
    botMember.roles.add(botRole);
    guild.members.put(bot.id, botMember);
    int joined = 0;
    for (long userId : memberIds) {
      user(userId);
      if (!guild.hasMember(userId)) {
        joined++;
        guild.members.put(userId, new State.Member(userId, now.minus(Duration.ofMinutes(joined))));
      }
    }
    guilds.put(id, guild);
    for (State.Session session : gateway.liveSessions()) {
      if (session.owns(id)) {
        gateway.dispatch(session, "GUILD_CREATE", gateway.guildCreate(guild, session));
      }
    }
    return guild;
  }

  synchronized State.Role newRole(long guildId, String name, long permissions) {
    State.Guild guild = guild(guildId);
    long roleId = ids.next();
    int position = guild.roles.size() - 1;
    List<State.Role> shifted = new ArrayList<>();
    for (State.Role role : guild.roles.values()) {
      if (role.position() >= position) {
        shifted.add(role);
      }
    }
    for (State.Role role : shifted) {
      guild.roles.put(
          role.id(),
          new State.Role(
              role.id(), role.name(), role.position() + 1, role.permissions(), role.managed()));
    }
    State.Role role = new State.Role(roleId, name, position, permissions, false);
    guild.roles.put(roleId, role);
    gateway.broadcast(
        guildId, GatewayIntent.GUILDS, "GUILD_ROLE_CREATE", () -> roleEvent(guild, role));
    return role;
  }

  synchronized void grantRole(long guildId, long userId, long roleId) {
    State.Guild guild = guild(guildId);
    State.Member member = guild.members.get(userId);
    if (member == null) {
      throw new IllegalArgumentException("not a member: " + userId);
    }
    State.Role role = guild.roles.get(roleId);
    if (role == null || role.id() == guild.id || role.managed()) {
      throw new IllegalArgumentException("not a role a member can be given: " + roleId);
    }
    if (member.roles.add(roleId)) {
      State.User user = user(userId);
      gateway.broadcast(
          guildId,
          GatewayIntent.GUILD_MEMBERS,
          "GUILD_MEMBER_UPDATE",
          () -> memberUpdate(guild, member, user));
    }
  }

  /**
   * The member's permissions in the guild, as Discord computes them for an interaction: everything
   * for the owner and for administrators, otherwise what {@code @everyone} and their roles allow.
   */
  static long permissions(State.Guild guild, State.Member member) {
    if (member.userId == guild.ownerId) {
      return ALL_PERMISSIONS;
    }
    long permissions = guild.roles.get(guild.id).permissions();
    for (long roleId : member.roles) {
      State.Role role = guild.roles.get(roleId);
      if (role != null) {
        permissions |= role.permissions();
      }
    }
    return (permissions & Permission.ADMINISTRATOR.value()) != 0 ? ALL_PERMISSIONS : permissions;
  }

  synchronized void addMember(long guildId, long userId) {
    State.Guild guild = guild(guildId);
    State.User user = user(userId);
    if (guild.hasMember(userId)) {
      throw new IllegalStateException(user.username + " is already a member of " + guild.name);
    }
    State.Member member = new State.Member(userId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    guild.members.put(userId, member);
    gateway.broadcast(
        guildId,
        GatewayIntent.GUILD_MEMBERS,
        "GUILD_MEMBER_ADD",
        () -> {
          Map<String, @Nullable Object> json = Payloads.member(member, user);
          json.put("guild_id", id(guildId));
          return json;
        });
  }

  synchronized void startOutage(long guildId) {
    State.Guild guild = guild(guildId);
    if (guild.unavailable) {
      throw new IllegalStateException(guild.name + " is already unavailable");
    }
    gateway.broadcast(
        guildId,
        GatewayIntent.GUILDS,
        "GUILD_DELETE",
        () -> obj("id", id(guildId), "unavailable", true));
    guild.unavailable = true;
  }

  synchronized void endOutage(long guildId) {
    State.Guild guild = guild(guildId);
    if (!guild.unavailable) {
      throw new IllegalStateException(guild.name + " is available");
    }
    guild.unavailable = false;
    for (State.Session session : gateway.liveSessions()) {
      if (session.owns(guildId)) {
        gateway.dispatch(session, "GUILD_CREATE", gateway.guildCreate(guild, session));
      }
    }
  }

  synchronized void renameGuild(long guildId, String name) {
    Objects.requireNonNull(name, "name == null");
    State.Guild guild = guild(guildId);
    guild.name = name;
    gateway.broadcast(
        guildId, GatewayIntent.GUILDS, "GUILD_UPDATE", () -> Payloads.guild(guild, bot.id));
  }

  synchronized void changeGuildIcon(long guildId, @Nullable String iconHash) {
    State.Guild guild = guild(guildId);
    guild.icon = iconHash;
    gateway.broadcast(
        guildId, GatewayIntent.GUILDS, "GUILD_UPDATE", () -> Payloads.guild(guild, bot.id));
  }

  synchronized void renameUser(long userId, String username) {
    Objects.requireNonNull(username, "username == null");
    State.User user = user(userId);
    user.username = username;
    memberUpdatesOf(user);
  }

  synchronized void changeAvatar(long userId, @Nullable String avatarHash) {
    State.User user = user(userId);
    user.avatar = avatarHash;
    memberUpdatesOf(user);
  }

  synchronized long userMessage(long channelId, long authorId, String content) {
    Objects.requireNonNull(content, "content == null");
    State.Guild guild = availableGuildOfChannel(channelId);
    State.User author = user(authorId);
    State.Member member = guild.members.get(authorId);
    if (member == null) {
      throw new IllegalArgumentException(author.username + " is not a member of " + guild.name);
    }
    long messageId = ids.next();
    boolean mentionsBot =
        content.contains("<@" + id(bot.id) + ">") || content.contains("<@!" + id(bot.id) + ">");
    for (State.Session session : gateway.liveSessions()) {
      if (session.owns(guild.id) && session.has(GatewayIntent.GUILD_MESSAGES)) {
        String visible = session.has(GatewayIntent.MESSAGE_CONTENT) || mentionsBot ? content : "";
        gateway.dispatch(
            session,
            "MESSAGE_CREATE",
            Payloads.message(
                messageId,
                channelId,
                guild.id,
                author,
                Payloads.member(member, null),
                visible,
                MESSAGE_TYPE_DEFAULT,
                0,
                null));
      }
    }
    return messageId;
  }

  // ---- reads for the handles ------------------------------------------------------------------

  synchronized String username(long userId) {
    return user(userId).username;
  }

  synchronized String discriminator(long userId) {
    return user(userId).discriminator;
  }

  synchronized @Nullable String avatar(long userId) {
    return user(userId).avatar;
  }

  synchronized boolean isBot(long userId) {
    return user(userId).bot;
  }

  synchronized String guildName(long guildId) {
    return guild(guildId).name;
  }

  synchronized @Nullable String guildIcon(long guildId) {
    return guild(guildId).icon;
  }

  synchronized List<Long> memberIds(long guildId) {
    return List.copyOf(guild(guildId).members.keySet());
  }

  synchronized Instant joinedAt(long guildId, long userId) {
    State.Member member = guild(guildId).members.get(userId);
    if (member == null) {
      throw new IllegalArgumentException("not a member: " + userId);
    }
    return member.joinedAt;
  }

  synchronized Set<Long> memberRoles(long guildId, long userId) {
    State.Member member = guild(guildId).members.get(userId);
    if (member == null) {
      throw new IllegalArgumentException("not a member: " + userId);
    }
    return Set.copyOf(member.roles);
  }

  synchronized State.Channel firstChannel(long guildId) {
    return guild(guildId).channels.get(0);
  }

  // ---- gateway, commands, interactions (see their classes) ------------------------------------

  synchronized void identify(GatewayConnection connection, Map<String, @Nullable Object> d) {
    gateway.identify(connection, d);
  }

  synchronized void resume(GatewayConnection connection, Map<String, @Nullable Object> d) {
    gateway.resume(connection, d);
  }

  synchronized void requestGuildMembers(
      GatewayConnection connection, Map<String, @Nullable Object> d) {
    gateway.requestGuildMembers(connection, d);
  }

  synchronized void connectionEnded(
      GatewayConnection connection, int code, String reason, boolean byClient) {
    gateway.connectionEnded(connection, code, reason, byClient);
  }

  synchronized void requestReconnect() {
    gateway.requestReconnect();
  }

  synchronized int connectedSessions() {
    return gateway.connectedSessions();
  }

  synchronized List<Object> overwriteCommands(
      long appId, @Nullable Long guildId, @Nullable Object body) {
    return commands.overwrite(appId, guildId, body);
  }

  synchronized List<Object> listCommands(long appId, @Nullable Long guildId) {
    return commands.list(appId, guildId);
  }

  synchronized List<CommandRegistration.Command> globalCommands() {
    return commands.global();
  }

  synchronized State.Interaction slashCommand(
      long channelId, long userId, String name, List<SlashOption> options) {
    return interactions.invoke(channelId, userId, name, options);
  }

  synchronized void interactionCallback(long interactionId, String token, @Nullable Object body) {
    interactions.callback(interactionId, token, body);
  }

  synchronized Map<String, @Nullable Object> editOriginal(
      long appId, String token, @Nullable Object body) {
    return interactions.editOriginal(appId, token, body);
  }

  synchronized Map<String, @Nullable Object> followup(
      long appId, String token, @Nullable Object body) {
    return interactions.followup(appId, token, body);
  }

  // ---- events -------------------------------------------------------------------------------

  Map<String, @Nullable Object> readyUser() {
    Map<String, @Nullable Object> json = Payloads.user(bot);
    json.put("verified", true);
    json.put("mfa_enabled", false);
    json.put("email", null);
    return json;
  }

  private Map<String, @Nullable Object> roleEvent(State.Guild guild, State.Role role) {
    return obj("guild_id", id(guild.id), "role", Payloads.role(role, bot.id));
  }

  private void memberUpdatesOf(State.User user) {
    for (State.Guild guild : guilds.values()) {
      State.Member member = guild.members.get(user.id);
      if (member != null) {
        gateway.broadcast(
            guild.id,
            GatewayIntent.GUILD_MEMBERS,
            "GUILD_MEMBER_UPDATE",
            () -> memberUpdate(guild, member, user));
      }
    }
  }

  private static Map<String, @Nullable Object> memberUpdate(
      State.Guild guild, State.Member member, State.User user) {
    Map<String, @Nullable Object> json = Payloads.member(member, user);
    json.put("guild_id", id(guild.id));
    return json;
  }

  interface Data {
    Object get();
  }

  // ---- REST -----------------------------------------------------------------------------------

  boolean authorizationMatches(@Nullable String header) {
    return ("Bot " + settings.token()).equals(header);
  }

  synchronized Map<String, @Nullable Object> applicationInfo() {
    return obj(
        "id",
        id(applicationId),
        "name",
        settings.botName(),
        "icon",
        null,
        "description",
        "",
        "summary",
        "",
        "type",
        null,
        "bot_public",
        true,
        "bot_require_code_grant",
        false,
        "verify_key",
        HexFormat.of().formatHex(randomBytes(32)),
        "flags",
        0,
        "team",
        null,
        "owner",
        Payloads.user(owner),
        "bot",
        Payloads.user(bot));
  }

  synchronized Map<String, @Nullable Object> currentUser() {
    return readyUser();
  }

  synchronized Map<String, @Nullable Object> userJson(long userId) {
    State.User user = users.get(userId);
    if (user == null) {
      throw DiscordError.unknown("User", 10013);
    }
    return Payloads.user(user);
  }

  synchronized Map<String, @Nullable Object> memberJson(long guildId, long userId) {
    State.Guild guild = restGuild(guildId);
    State.Member member = guild.members.get(userId);
    if (member == null) {
      throw DiscordError.unknown("Member", 10007);
    }
    return Payloads.member(member, users.get(userId));
  }

  synchronized Map<String, @Nullable Object> gatewayBot() {
    return obj(
        "url", GATEWAY_URL,
        "shards", settings.recommendedShards(),
        "session_start_limit",
            obj("total", 1000, "remaining", 999, "reset_after", 14_400_000, "max_concurrency", 1));
  }

  synchronized Map<String, @Nullable Object> createChannelMessage(
      long channelId, @Nullable Object body) {
    State.Guild guild = null;
    for (State.Guild candidate : guilds.values()) {
      if (candidate.channel(channelId) != null) {
        guild = candidate;
      }
    }
    if (guild == null) {
      throw DiscordError.unknown("Channel", 10003);
    }
    if (!guild.hasMember(bot.id)) {
      throw new DiscordError(403, 50001, "Missing Access");
    }
    Map<String, @Nullable Object> json = asObject(body);
    String content = messageContent(json);
    int flags = json.get("flags") == null ? 0 : (int) asLong(json.get("flags"));
    long messageId = ids.next();
    messages.add(
        new BotMessage(messageId, channelId, content, flags, BotMessage.Kind.CHANNEL_MESSAGE, 0));
    State.Member botMember = guild.members.get(bot.id);
    Map<String, @Nullable Object> message =
        Payloads.message(
            messageId,
            channelId,
            guild.id,
            bot,
            Payloads.member(botMember, null),
            content,
            MESSAGE_TYPE_DEFAULT,
            flags,
            null);
    for (State.Session session : gateway.liveSessions()) {
      if (session.owns(guild.id) && session.has(GatewayIntent.GUILD_MESSAGES)) {
        gateway.dispatch(session, "MESSAGE_CREATE", message);
      }
    }
    Map<String, @Nullable Object> response = new LinkedHashMap<>(message);
    response.remove("guild_id");
    response.remove("member");
    return response;
  }

  synchronized void changeRole(
      long guildId, long userId, long roleId, boolean add, @Nullable String reason) {
    State.Guild guild = restGuild(guildId);
    State.Member member = guild.members.get(userId);
    if (member == null) {
      throw DiscordError.unknown("Member", 10007);
    }
    State.Role role = guild.roles.get(roleId);
    if (role == null) {
      throw DiscordError.unknown("Role", 10011);
    }
    if (role.id() == guild.id || role.managed()) {
      throw new DiscordError(403, 50013, "Missing Permissions");
    }
    boolean changed = add ? member.roles.add(roleId) : member.roles.remove(roleId);
    roleChanges.add(new RoleChange(guildId, userId, roleId, add, reason));
    if (changed) {
      State.User user = users.get(userId);
      gateway.broadcast(
          guildId,
          GatewayIntent.GUILD_MEMBERS,
          "GUILD_MEMBER_UPDATE",
          () -> memberUpdate(guild, member, user));
    }
  }

  static String messageContent(Map<String, @Nullable Object> json) {
    String content = json.get("content") == null ? "" : String.valueOf(json.get("content"));
    boolean hasEmbeds =
        json.get("embeds") instanceof List && !asArray(json.get("embeds")).isEmpty();
    if (content.isEmpty() && !hasEmbeds) {
      throw new DiscordError(400, 50006, "Cannot send an empty message");
    }
    if (content.length() > MAX_CONTENT_LENGTH) {
      throw DiscordError.invalidFormBody(
          "content must be " + MAX_CONTENT_LENGTH + " or fewer in length");
    }
    return content;
  }

  // ---- lookups --------------------------------------------------------------------------------

  boolean tokenMatches(@Nullable String token) {
    return settings.token().equals(token) || ("Bot " + settings.token()).equals(token);
  }

  State.User user(long userId) {
    State.User user = users.get(userId);
    if (user == null) {
      throw new IllegalArgumentException("unknown user " + userId);
    }
    return user;
  }

  State.Guild guild(long guildId) {
    State.Guild guild = guilds.get(guildId);
    if (guild == null) {
      throw new IllegalArgumentException("unknown guild " + guildId);
    }
    return guild;
  }

  State.Guild restGuild(long guildId) {
    State.Guild guild = guilds.get(guildId);
    if (guild == null || !guild.hasMember(bot.id)) {
      throw DiscordError.unknown("Guild", 10004);
    }
    return guild;
  }

  /** The channel's guild, which must not be in an outage: nobody can post there meanwhile. */
  State.Guild availableGuildOfChannel(long channelId) {
    State.Guild guild = guildOfChannel(channelId);
    if (guild.unavailable) {
      throw new IllegalStateException(guild.name + " is unavailable (an outage)");
    }
    return guild;
  }

  State.Guild guildOfChannel(long channelId) {
    for (State.Guild guild : guilds.values()) {
      if (guild.channel(channelId) != null) {
        return guild;
      }
    }
    throw new IllegalArgumentException("unknown channel " + channelId);
  }

  byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }
}

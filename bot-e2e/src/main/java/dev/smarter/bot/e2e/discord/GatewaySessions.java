package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.asArray;
import static dev.smarter.bot.e2e.discord.Json.asLong;
import static dev.smarter.bot.e2e.discord.Json.asString;
import static dev.smarter.bot.e2e.discord.Json.obj;
import static dev.smarter.bot.e2e.discord.Payloads.id;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The gateway side of {@link World}: sessions, IDENTIFY and RESUME, member chunks, and the
 * dispatches with their sequence numbers. Every method runs holding the world's lock (the world's
 * synchronized methods call in).
 */
final class GatewaySessions {
  private static final int MEMBERS_PER_CHUNK = 1000;

  private final World world;
  private final Map<String, State.Session> sessions = new LinkedHashMap<>();

  GatewaySessions(World world) {
    this.world = world;
  }

  /**
   * Whether an identify or resume may go on: closes the connection with 4005 when it already has a
   * session and with 4004 when the token is wrong.
   */
  private boolean admits(GatewayConnection connection, Map<String, @Nullable Object> d) {
    if (connection.session != null) {
      connection.closeWith(4005, "Already authenticated.");
      return false;
    }
    if (!world.tokenMatches(asString(d.get("token")))) {
      connection.closeWith(4004, "Authentication failed.");
      return false;
    }
    return true;
  }

  void identify(GatewayConnection connection, Map<String, @Nullable Object> d) {
    if (!admits(connection, d)) {
      return;
    }
    long mask = d.get("intents") == null ? -1 : asLong(d.get("intents"));
    long known = GatewayIntent.maskOf(List.of(GatewayIntent.values()));
    if (mask < 0 || (mask & ~known) != 0) {
      connection.closeWith(4013, "Invalid intent(s).");
      return;
    }
    Set<GatewayIntent> intents = GatewayIntent.fromMask(mask);
    for (GatewayIntent intent : intents) {
      if (intent.isPrivileged() && !world.settings.enabledPrivilegedIntents().contains(intent)) {
        connection.closeWith(4014, "Disallowed intent(s).");
        return;
      }
    }
    int shardId = 0;
    int shardCount = 1;
    if (d.get("shard") != null) {
      List<@Nullable Object> shard = asArray(d.get("shard"));
      shardId = shard.size() == 2 ? (int) asLong(shard.get(0)) : -1;
      shardCount = shard.size() == 2 ? (int) asLong(shard.get(1)) : 0;
    }
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      connection.closeWith(4010, "Invalid shard.");
      return;
    }
    int largeThreshold =
        d.get("large_threshold") == null
            ? 50
            : (int) Math.max(50, Math.min(250, asLong(d.get("large_threshold"))));
    State.Session session =
        new State.Session(
            HexFormat.of().formatHex(world.randomBytes(16)),
            intents,
            Boolean.TRUE.equals(d.get("compress")),
            largeThreshold,
            shardId,
            shardCount);
    sessions.put(session.id, session);
    session.connection = connection;
    connection.session = session;
    List<Object> unavailable = new ArrayList<>();
    List<State.Guild> joined = new ArrayList<>();
    for (State.Guild guild : world.guilds.values()) {
      if (session.owns(guild.id)) {
        unavailable.add(obj("id", id(guild.id), "unavailable", true));
        joined.add(guild);
      }
    }
    dispatch(
        session,
        "READY",
        obj(
            "v", 10,
            "user", world.readyUser(),
            "guilds", unavailable,
            "session_id", session.id,
            "session_type", "normal",
            "resume_gateway_url", World.GATEWAY_URL,
            "shard", List.of(shardId, shardCount),
            "application", obj("id", id(world.applicationId), "flags", 0),
            "private_channels", List.of(),
            "presences", List.of(),
            "relationships", List.of(),
            "user_settings", obj(),
            "guild_join_requests", List.of(),
            "geo_ordered_rtc_regions", List.of(),
            "_trace", List.of("fake-discord")));
    for (State.Guild guild : joined) {
      if (!guild.unavailable) {
        dispatch(session, "GUILD_CREATE", guildCreate(guild, session));
      }
    }
  }

  void resume(GatewayConnection connection, Map<String, @Nullable Object> d) {
    if (!admits(connection, d)) {
      return;
    }
    State.Session session = sessions.get(String.valueOf(d.get("session_id")));
    long seq = d.get("seq") == null ? -1 : asLong(d.get("seq"));
    if (session == null || session.invalid || seq < 0 || seq > session.seq) {
      connection.send(Json.write(obj("op", 9, "d", false, "s", null, "t", null)), false);
      return;
    }
    GatewayConnection previous = session.connection;
    if (previous != null) {
      previous.session = null;
      previous.closeWith(4000, "Session resumed on another connection.");
    }
    session.connection = connection;
    connection.session = session;
    for (State.Dispatched dispatched : session.sent) {
      if (dispatched.seq() > seq) {
        connection.send(dispatched.json(), session.compress);
      }
    }
    dispatch(session, "RESUMED", obj("_trace", List.of("fake-discord")));
  }

  void requestGuildMembers(GatewayConnection connection, Map<String, @Nullable Object> d) {
    State.Session session = connection.session;
    if (session == null) {
      connection.closeWith(4003, "Not authenticated.");
      return;
    }
    Object query = d.get("query");
    Object userIds = d.get("user_ids");
    if (d.get("guild_id") == null
        || (query == null && userIds == null)
        || (query != null && d.get("limit") == null)) {
      connection.closeWith(4001, "Invalid payload for opcode 8.");
      return;
    }
    List<Long> guildIds = new ArrayList<>();
    if (d.get("guild_id") instanceof List) {
      asArray(d.get("guild_id")).forEach(guildId -> guildIds.add(asLong(guildId)));
    } else {
      guildIds.add(asLong(d.get("guild_id")));
    }
    for (long guildId : guildIds) {
      State.Guild guild = world.guilds.get(guildId);
      if (guild == null || !session.owns(guildId)) {
        continue;
      }
      sendChunks(session, guild, d);
    }
  }

  void connectionEnded(GatewayConnection connection, int code, String reason, boolean byClient) {
    world.closures.add(new GatewayClosure(code, reason, byClient));
    State.Session session = connection.session;
    connection.session = null;
    if (session != null && session.connection == connection) {
      session.connection = null;
      if (byClient && (code == 1000 || code == 1001)) {
        session.invalid = true;
        sessions.remove(session.id);
      }
    }
  }

  void requestReconnect() {
    for (State.Session session : liveSessions()) {
      GatewayConnection connection = session.connection;
      if (connection != null) {
        connection.send(Json.write(obj("op", 7, "d", null, "s", null, "t", null)), false);
      }
    }
  }

  int connectedSessions() {
    int connected = 0;
    for (State.Session session : liveSessions()) {
      if (session.connection != null) {
        connected++;
      }
    }
    return connected;
  }

  private void sendChunks(
      State.Session session, State.Guild guild, Map<String, @Nullable Object> d) {
    List<State.Member> selected = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    if (d.get("user_ids") != null) {
      List<@Nullable Object> wanted =
          d.get("user_ids") instanceof List
              ? asArray(d.get("user_ids"))
              : List.of(d.get("user_ids"));
      for (Object wantedId : wanted) {
        State.Member member = guild.members.get(asLong(wantedId));
        if (member == null) {
          notFound.add(String.valueOf(wantedId));
        } else {
          selected.add(member);
        }
      }
    } else {
      String query = String.valueOf(d.get("query")).toLowerCase(Locale.ROOT);
      long limit = asLong(d.get("limit"));
      if (query.isEmpty() && !session.has(GatewayIntent.GUILD_MEMBERS)) {
        world.problems.add(
            "REQUEST_GUILD_MEMBERS for the whole of guild "
                + guild.id
                + " without the GUILD_MEMBERS intent: ignored, as Discord does");
        return;
      }
      long max = query.isEmpty() && limit == 0 ? Long.MAX_VALUE : Math.min(Math.max(limit, 1), 100);
      for (State.Member member : guild.members.values()) {
        if (selected.size() >= max) {
          break;
        }
        if (world.users.get(member.userId).username.toLowerCase(Locale.ROOT).startsWith(query)) {
          selected.add(member);
        }
      }
    }
    boolean presences =
        Boolean.TRUE.equals(d.get("presences")) && session.has(GatewayIntent.GUILD_PRESENCES);
    int chunkCount = Math.max(1, (selected.size() + MEMBERS_PER_CHUNK - 1) / MEMBERS_PER_CHUNK);
    for (int chunk = 0; chunk < chunkCount; chunk++) {
      List<State.Member> part =
          selected.subList(
              chunk * MEMBERS_PER_CHUNK,
              Math.min(selected.size(), (chunk + 1) * MEMBERS_PER_CHUNK));
      List<Object> members = new ArrayList<>();
      List<Object> presenceList = new ArrayList<>();
      for (State.Member member : part) {
        State.User user = world.users.get(member.userId);
        members.add(Payloads.member(member, user));
        if (presences && !user.status.equals("offline")) {
          presenceList.add(presence(user, guild.id));
        }
      }
      Map<String, @Nullable Object> data =
          obj(
              "guild_id", id(guild.id),
              "members", members,
              "chunk_index", chunk,
              "chunk_count", chunkCount);
      if (chunk == 0 && !notFound.isEmpty()) {
        data.put("not_found", notFound);
      }
      if (presences) {
        data.put("presences", presenceList);
      }
      if (d.get("nonce") != null) {
        data.put("nonce", d.get("nonce"));
      }
      dispatch(session, "GUILD_MEMBERS_CHUNK", data);
    }
  }

  Map<String, @Nullable Object> guildCreate(State.Guild guild, State.Session session) {
    Map<String, @Nullable Object> json = Payloads.guild(guild, world.bot.id);
    boolean large = guild.members.size() > session.largeThreshold;
    List<Object> members = new ArrayList<>();
    List<Object> presences = new ArrayList<>();
    for (State.Member member : guild.members.values()) {
      State.User user = world.users.get(member.userId);
      boolean sent;
      if (member.userId == world.bot.id) {
        sent = true;
      } else if (!session.has(GatewayIntent.GUILD_PRESENCES)) {
        sent = false;
      } else {
        sent = !large || !user.status.equals("offline");
      }
      if (sent) {
        members.add(Payloads.member(member, user));
        if (session.has(GatewayIntent.GUILD_PRESENCES) && !user.status.equals("offline")) {
          presences.add(presence(user, guild.id));
        }
      }
    }
    List<Object> channels = new ArrayList<>();
    guild.channels.forEach(channel -> channels.add(Payloads.channel(channel)));
    json.put("joined_at", Payloads.timestamp(guild.members.get(world.bot.id).joinedAt));
    json.put("large", large);
    json.put("unavailable", false);
    json.put("member_count", guild.members.size());
    json.put("voice_states", List.of());
    json.put("members", members);
    json.put("channels", channels);
    json.put("threads", List.of());
    json.put("presences", presences);
    json.put("stage_instances", List.of());
    json.put("guild_scheduled_events", List.of());
    json.put("soundboard_sounds", List.of());
    return json;
  }

  private static Map<String, @Nullable Object> presence(State.User user, long guildId) {
    return obj(
        "user", obj("id", id(user.id)),
        "guild_id", id(guildId),
        "status", user.status,
        "activities", List.of(),
        "client_status", obj("desktop", user.status));
  }

  void broadcast(long guildId, GatewayIntent needed, String type, World.Data data) {
    State.Guild guild = world.guilds.get(guildId);
    if (guild != null && guild.unavailable) {
      return;
    }
    for (State.Session session : liveSessions()) {
      if (session.owns(guildId) && session.has(needed)) {
        dispatch(session, type, data.get());
      }
    }
  }

  void dispatch(State.Session session, String type, Object data) {
    session.seq++;
    String json = Json.write(obj("op", 0, "t", type, "s", session.seq, "d", data));
    session.sent.add(new State.Dispatched(session.seq, json));
    world.dispatches.add(new GatewayDispatch(session.id, session.seq, type));
    GatewayConnection connection = session.connection;
    if (connection != null) {
      connection.send(json, session.compress);
    }
  }

  List<State.Session> liveSessions() {
    List<State.Session> live = new ArrayList<>();
    for (State.Session session : sessions.values()) {
      if (!session.invalid) {
        live.add(session);
      }
    }
    return live;
  }

  State.Session connectedSessionOwning(long guildId) {
    for (State.Session session : liveSessions()) {
      if (session.owns(guildId) && session.connection != null) {
        return session;
      }
    }
    throw new IllegalStateException(
        "No gateway session of the bot is connected for guild " + guildId);
  }
}

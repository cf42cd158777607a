package dev.smarter.bot.e2e.discord;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of the fake, as mockwebserver3 dispatches it: the REST API v10 on {@code
 * discord.com} and the websocket upgrade on {@code gateway.discord.gg}. Answers carry Discord's
 * JSON error bodies and rate-limit headers (with room to spare: rate limits are not modeled).
 */
final class RestRoutes extends Dispatcher {
  private static final String API = "/api/v10";
  private static final Pattern CHANNEL_MESSAGES = route("/channels/(\\d+)/messages");
  private static final Pattern COMMANDS = route("/applications/(\\d+)/commands");
  private static final Pattern GUILD_COMMANDS =
      route("/applications/(\\d+)/guilds/(\\d+)/commands");
  private static final Pattern CALLBACK = route("/interactions/(\\d+)/([^/]+)/callback");
  private static final Pattern ORIGINAL = route("/webhooks/(\\d+)/([^/]+)/messages/@original");
  private static final Pattern FOLLOWUP = route("/webhooks/(\\d+)/([^/]+)");
  private static final Pattern MEMBER_ROLE = route("/guilds/(\\d+)/members/(\\d+)/roles/(\\d+)");
  private static final Pattern MEMBER = route("/guilds/(\\d+)/members/(\\d+)");
  private static final Pattern USER = route("/users/(\\d+)");

  private final World world;

  RestRoutes(World world) {
    this.world = world;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String host = hostOf(request.getHeaders().get("Host"));
    String target = request.getTarget();
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    String method = request.getMethod();
    if (host.equals(FakeDiscord.GATEWAY_HOST)) {
      return gateway(request, method, path);
    }
    MockResponse response;
    try {
      if (!host.equals(FakeDiscord.REST_HOST) || !path.startsWith(API + "/")) {
        throw DiscordError.notFound();
      }
      response = route(request, method, path.substring(API.length()));
    } catch (DiscordError e) {
      response = json(e.status, e.body());
    } catch (Json.MalformedJsonException e) {
      DiscordError error = DiscordError.invalidFormBody(String.valueOf(e.getMessage()));
      response = json(error.status, error.body());
    }
    int status = response.getCode();
    world.restCalls.add(new RestCall(method, path, status));
    if (status >= 400) {
      world.problems.add(method + " " + path + " -> " + status);
    }
    return response;
  }

  private MockResponse route(RecordedRequest request, String method, String path) {
    if (path.equals("/gateway") && method.equals("GET")) {
      return json(200, Json.obj("url", World.GATEWAY_URL));
    }
    Matcher callback = matches(CALLBACK, path);
    if (callback != null && method.equals("POST")) {
      world.interactionCallback(
          Long.parseLong(callback.group(1)), callback.group(2), body(request));
      return new MockResponse.Builder().code(204).headers(headers()).build();
    }
    Matcher original = matches(ORIGINAL, path);
    if (original != null && method.equals("PATCH")) {
      return json(
          200,
          world.editOriginal(Long.parseLong(original.group(1)), original.group(2), body(request)));
    }
    Matcher followup = matches(FOLLOWUP, path);
    if (followup != null && method.equals("POST")) {
      return json(
          200, world.followup(Long.parseLong(followup.group(1)), followup.group(2), body(request)));
    }
    if (!world.authorizationMatches(request.getHeaders().get("Authorization"))) {
      throw DiscordError.unauthorized();
    }
    return authorized(request, method, path);
  }

  private MockResponse authorized(RecordedRequest request, String method, String path) {
    if (method.equals("GET")) {
      switch (path) {
        case "/gateway/bot" -> {
          return json(200, world.gatewayBot());
        }
        case "/oauth2/applications/@me" -> {
          return json(200, world.applicationInfo());
        }
        case "/users/@me" -> {
          return json(200, world.currentUser());
        }
        default -> {}
      }
      Matcher user = matches(USER, path);
      if (user != null) {
        return json(200, world.userJson(Long.parseLong(user.group(1))));
      }
      Matcher member = matches(MEMBER, path);
      if (member != null) {
        return json(
            200,
            world.memberJson(Long.parseLong(member.group(1)), Long.parseLong(member.group(2))));
      }
    }
    Matcher messages = matches(CHANNEL_MESSAGES, path);
    if (messages != null && method.equals("POST")) {
      return json(
          200, world.createChannelMessage(Long.parseLong(messages.group(1)), body(request)));
    }
    Matcher commands = matches(COMMANDS, path);
    Matcher guildCommands = matches(GUILD_COMMANDS, path);
    if (commands != null || guildCommands != null) {
      Matcher found = commands != null ? commands : guildCommands;
      long app = Long.parseLong(found.group(1));
      Long guild = guildCommands == null ? null : Long.parseLong(guildCommands.group(2));
      if (method.equals("PUT")) {
        return json(200, world.overwriteCommands(app, guild, body(request)));
      }
      if (method.equals("GET")) {
        return json(200, world.listCommands(app, guild));
      }
    }
    Matcher role = matches(MEMBER_ROLE, path);
    if (role != null && (method.equals("PUT") || method.equals("DELETE"))) {
      String reason = request.getHeaders().get("X-Audit-Log-Reason");
      world.changeRole(
          Long.parseLong(role.group(1)),
          Long.parseLong(role.group(2)),
          Long.parseLong(role.group(3)),
          method.equals("PUT"),
          reason == null ? null : URLDecoder.decode(reason, StandardCharsets.UTF_8));
      return new MockResponse.Builder().code(204).headers(headers()).build();
    }
    throw DiscordError.notFound();
  }

  private static @Nullable Matcher matches(Pattern pattern, String path) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() ? matcher : null;
  }

  private MockResponse gateway(RecordedRequest request, String method, String path) {
    boolean upgrade = "websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"));
    if (!method.equals("GET") || !path.equals("/") || !upgrade) {
      world.problems.add(method + " " + path + " on the gateway host without a websocket upgrade");
      world.restCalls.add(new RestCall(method, path, 400));
      return json(400, Json.obj("message", "Expected a websocket upgrade", "code", 0));
    }
    String version = request.getUrl().queryParameter("v");
    String encoding = request.getUrl().queryParameter("encoding");
    GatewayConnection connection;
    if (!"10".equals(version)) {
      connection = new GatewayConnection(world, 4012, "Invalid API version.");
    } else if (encoding != null && !encoding.equals("json")) {
      world.problems.add("gateway encoding " + encoding + " is not modeled");
      connection = new GatewayConnection(world, 4002, "Error while decoding payload.");
    } else if (request.getUrl().queryParameter("compress") != null) {
      world.problems.add(
          "transport compression (compress="
              + request.getUrl().queryParameter("compress")
              + ") is not modeled");
      connection = new GatewayConnection(world, 4002, "Error while decoding payload.");
    } else {
      connection = new GatewayConnection(world, 0, null);
    }
    world.restCalls.add(new RestCall(method, path, 101));
    return new MockResponse.Builder().webSocketUpgrade(connection).build();
  }

  private static @Nullable Object body(RecordedRequest request) {
    ByteString body = request.getBody();
    if (body == null || body.size() == 0) {
      throw new Json.MalformedJsonException("no JSON body");
    }
    String contentType = request.getHeaders().get("Content-Type");
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      throw new Json.MalformedJsonException("multipart bodies (attachments) are not modeled");
    }
    return Json.read(body.utf8());
  }

  private static MockResponse json(int status, Object body) {
    return new MockResponse.Builder()
        .code(status)
        .headers(headers())
        .setHeader("Content-Type", "application/json")
        .body(Json.write(body))
        .build();
  }

  private static okhttp3.Headers headers() {
    long now = System.currentTimeMillis();
    return new okhttp3.Headers.Builder()
        .add(
            "Date",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(java.time.ZoneOffset.UTC)))
        .add("X-RateLimit-Limit", "50")
        .add("X-RateLimit-Remaining", "49")
        .add("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", (now + 1000) / 1000.0))
        .add("X-RateLimit-Reset-After", "1.000")
        .add("X-RateLimit-Bucket", "fake-discord")
        .add("Via", "1.1 google")
        .build();
  }

  private static String hostOf(@Nullable String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    int colon = hostHeader.indexOf(':');
    return (colon < 0 ? hostHeader : hostHeader.substring(0, colon)).toLowerCase(Locale.ROOT);
  }

  private static Pattern route(String regex) {
    return Pattern.compile(regex);
  }
}

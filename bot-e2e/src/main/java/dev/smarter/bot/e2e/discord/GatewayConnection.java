package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.asLong;
import static dev.smarter.bot.e2e.discord.Json.asObject;
import static dev.smarter.bot.e2e.discord.Json.obj;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * One gateway websocket, served by mockwebserver3 (OkHttp's RFC 6455 implementation). Speaks
 * Discord's gateway protocol v10 with JSON encoding: HELLO with the heartbeat interval on open,
 * HEARTBEAT_ACK for every HEARTBEAT, IDENTIFY and RESUME into {@link World}, and Discord's close
 * codes for protocol errors. With {@code compress: true} in IDENTIFY, dispatches above 1 KiB are
 * sent as zlib-compressed binary frames, as Discord's payload compression does.
 */
final class GatewayConnection extends WebSocketListener {
  private static final int COMPRESS_ABOVE_CHARS = 1024;

  private final World world;
  private final @Nullable String refusal;
  private final int refusalCode;
  private volatile @Nullable WebSocket socket;
  private boolean closing;

  /** The session this connection carries; guarded by the world's lock. */
  State.@Nullable Session session;

  /**
   * Creates the connection for an upgrade request.
   *
   * @param world the fake's state
   * @param refusalCode a close code to send right after opening (4012 for a wrong API version), or
   *     0
   * @param refusal the close reason that goes with it
   */
  GatewayConnection(World world, int refusalCode, @Nullable String refusal) {
    this.world = world;
    this.refusalCode = refusalCode;
    this.refusal = refusal;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket = webSocket;
    if (refusal != null) {
      closeWith(refusalCode, refusal);
      return;
    }
    send(
        Json.write(
            obj(
                "op",
                10,
                "d",
                obj(
                    "heartbeat_interval",
                    world.settings.heartbeatInterval().toMillis(),
                    "_trace",
                    List.of("fake-discord")),
                "s",
                null,
                "t",
                null)),
        false);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    Map<String, @Nullable Object> payload;
    int op;
    try {
      payload = asObject(Json.read(text));
      op = (int) asLong(payload.get("op"));
    } catch (Json.MalformedJsonException e) {
      world.problems.add("Undecodable gateway payload: " + e.getMessage());
      closeWith(4002, "Error while decoding payload.");
      return;
    }
    Object data = payload.get("d");
    world.gatewayCommands.add(new GatewayCommand(op, redacted(data)));
    try {
      switch (op) {
        case GatewayCommand.HEARTBEAT ->
            send(Json.write(obj("op", 11, "d", null, "s", null, "t", null)), false);
        case GatewayCommand.IDENTIFY -> world.identify(this, asObject(data));
        case GatewayCommand.RESUME -> world.resume(this, asObject(data));
        case GatewayCommand.REQUEST_GUILD_MEMBERS ->
            world.requestGuildMembers(this, asObject(data));
        case GatewayCommand.PRESENCE_UPDATE, GatewayCommand.VOICE_STATE_UPDATE -> {
          if (!identified()) {
            closeWith(4003, "Not authenticated.");
          }
        }
        default -> closeWith(4001, "Unknown opcode.");
      }
    } catch (Json.MalformedJsonException e) {
      world.problems.add("Invalid payload for opcode " + op + ": " + e.getMessage());
      closeWith(4002, "Error while decoding payload.");
    }
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    world.problems.add("Binary (ETF?) gateway payload from the client: not modeled");
    closeWith(4002, "Error while decoding payload.");
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    boolean byClient;
    synchronized (this) {
      byClient = !closing;
      closing = true;
    }
    if (byClient) {
      world.connectionEnded(this, code, reason, true);
    }
    webSocket.close((code >= 4000 && code <= 4999) || code == 1001 ? code : 1000, null);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, @Nullable Response response) {
    boolean first;
    synchronized (this) {
      first = !closing;
      closing = true;
    }
    if (first) {
      world.connectionEnded(this, 1006, String.valueOf(t), true);
    }
  }

  /** Sends a payload, compressed when the session asked for it and the payload is large. */
  void send(String json, boolean compressible) {
    WebSocket webSocket = socket;
    if (webSocket == null) {
      return;
    }
    if (compressible && json.length() > COMPRESS_ABOVE_CHARS) {
      webSocket.send(ByteString.of(deflate(json)));
    } else {
      webSocket.send(json);
    }
  }

  /** Closes the connection from the server side with one of Discord's close codes. */
  void closeWith(int code, String reason) {
    synchronized (this) {
      if (closing) {
        return;
      }
      closing = true;
    }
    world.connectionEnded(this, code, reason, false);
    WebSocket webSocket = socket;
    if (webSocket != null) {
      webSocket.close(code, reason);
    }
  }

  private boolean identified() {
    synchronized (world) {
      return session != null;
    }
  }

  private static byte[] deflate(String json) {
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 4 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static @Nullable Object redacted(@Nullable Object data) {
    if (!(data instanceof Map) || !asObject(data).containsKey("token")) {
      return data;
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>(asObject(data));
    copy.put("token", "[token]");
    return copy;
  }
}

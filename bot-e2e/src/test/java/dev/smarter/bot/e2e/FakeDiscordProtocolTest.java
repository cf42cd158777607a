package dev.smarter.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.squareup.moshi.Moshi;
import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeInteraction;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayClosure;
import dev.smarter.bot.e2e.discord.GatewayIntent;
import dev.smarter.bot.e2e.discord.InteractionCallback;
import dev.smarter.bot.e2e.discord.Permission;
import dev.smarter.bot.e2e.discord.RoleChange;
import dev.smarter.bot.e2e.discord.SlashOption;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.tls.HandshakeCertificates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fake at the protocol level, driven by a plain OkHttp client that trusts the fake's
 * certificate: the payloads themselves, and refusals the sample bot never provokes.
 */
class FakeDiscordProtocolTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  final EndToEnd e2e =
      new EndToEnd().withDiscord(builder -> builder.heartbeatInterval(Duration.ofSeconds(5)));

  private @Nullable OkHttpClient http;

  @AfterEach
  void closeClient() {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void theGatewaySaysHelloAcknowledgesHeartbeatsAndNumbersDispatchesFromOne() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of());
    Gateway gateway = connect();

    Map<String, Object> hello = gateway.next();
    assertThat(hello).containsEntry("op", 10.0);
    assertThat(map(hello.get("d"))).containsEntry("heartbeat_interval", 5000.0);
    gateway.send("{\"op\":1,\"d\":null}");
    assertThat(gateway.next()).containsEntry("op", 11.0);
    gateway.identify(discord.botToken(), GatewayIntent.GUILDS);
    Map<String, Object> ready = gateway.next();
    assertThat(ready).containsEntry("op", 0.0).containsEntry("t", "READY").containsEntry("s", 1.0);
    assertThat(map(ready.get("d")).get("guilds"))
        .isEqualTo(List.of(Map.of("id", Long.toString(guild.id()), "unavailable", true)));
    Map<String, Object> guildCreate = gateway.next();
    assertThat(guildCreate).containsEntry("t", "GUILD_CREATE").containsEntry("s", 2.0);
    assertThat(map(guildCreate.get("d")))
        .containsEntry("name", "Smarter Dev")
        .containsEntry("member_count", 2.0)
        .containsEntry("large", false);
  }

  @Test
  void aPayloadBeforeIdentifyAndAWrongTokenCloseTheConnectionWithDiscordsCodes() throws Exception {
    FakeDiscord discord = e2e.discord();

    Gateway first = connect();
    first.next();
    first.send("{\"op\":3,\"d\":{\"status\":\"online\"}}");
    Gateway second = connect();
    second.next();
    second.identify("wrong", GatewayIntent.GUILDS);

    assertThat(first.closeCode()).isEqualTo(4003);
    assertThat(second.closeCode()).isEqualTo(4004);
    assertThat(discord.gatewayClosures().all())
        .containsExactlyInAnyOrder(
            new GatewayClosure(4003, "Not authenticated.", false),
            new GatewayClosure(4004, "Authentication failed.", false));
  }

  @Test
  void aRoleTheBotAssignsIsRecordedWithItsReasonAndEchoedAsAMemberUpdate() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of(alice));
    long role = guild.createRole("Byte Collector");
    Gateway gateway = connect();
    gateway.next();
    gateway.identify(discord.botToken(), GatewayIntent.GUILDS, GatewayIntent.GUILD_MEMBERS);
    gateway.next();
    gateway.next();

    String path = "/guilds/" + guild.id() + "/members/" + alice.id() + "/roles/" + role;
    try (Response added = call("PUT", path, "", discord.botToken(), "Reached%20100%20bytes")) {
      assertThat(added.code()).isEqualTo(204);
    }

    assertThat(discord.roleChanges().all())
        .containsExactly(new RoleChange(guild.id(), alice.id(), role, true, "Reached 100 bytes"));
    assertThat(guild.roles(alice)).containsExactly(role);
    Map<String, Object> update = gateway.next();
    assertThat(update).containsEntry("t", "GUILD_MEMBER_UPDATE");
    assertThat(map(update.get("d")).get("roles")).isEqualTo(List.of(Long.toString(role)));
    try (Response removed = call("DELETE", path, null, discord.botToken(), null)) {
      assertThat(removed.code()).isEqualTo(204);
    }
    assertThat(guild.roles(alice)).isEmpty();
  }

  @Test
  void anInteractionCarriesTheMembersPermissionsFromTheirRolesAndAllForTheOwner() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser mod = discord.createUser("mod");
    FakeUser admin = discord.createUser("admin");
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of(mod, admin));
    guild.giveRole(mod, guild.createRole("Moderator", Permission.MODERATE_MEMBERS));
    guild.giveRole(admin, guild.createRole("Admin", Permission.ADMINISTRATOR));
    Gateway gateway = connect();
    gateway.next();
    gateway.identify(discord.botToken(), GatewayIntent.GUILDS);
    registerBytesCommand(discord);

    List<Long> permissions = new ArrayList<>();
    for (FakeUser user : List.of(mod, admin, discord.owner())) {
      guild
          .general()
          .invoke(user, "bytes", SlashOption.subcommand("balance", SlashOption.user("user", mod)));
      Map<String, Object> created = map(gateway.nextOfType("INTERACTION_CREATE").get("d"));
      permissions.add(Long.parseLong((String) map(created.get("member")).get("permissions")));
    }

    long all = (1L << 51) - 1;
    assertThat(permissions.get(0) & Permission.MODERATE_MEMBERS.value()).isNotZero();
    assertThat(permissions.get(0) & Permission.ADMINISTRATOR.value()).isZero();
    assertThat(permissions.subList(1, 3)).containsOnly(all);
  }

  @Test
  void anOutageRemovesTheGuildSilencesItAndItsEndSendsTheGuildAsItIsNow() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeGuild guild = discord.createGuild("Smarter Dev", List.of());
    Gateway gateway = connect();
    gateway.next();
    gateway.identify(discord.botToken(), GatewayIntent.GUILDS);
    gateway.nextOfType("GUILD_CREATE");

    guild.startOutage();
    guild.rename("Renamed Meanwhile");
    assertThatThrownBy(() -> guild.general().send(discord.owner(), "hello"))
        .isInstanceOf(IllegalStateException.class);
    guild.endOutage();

    Map<String, Object> deleted = gateway.next();
    assertThat(deleted).containsEntry("t", "GUILD_DELETE");
    assertThat(map(deleted.get("d")))
        .isEqualTo(Map.of("id", Long.toString(guild.id()), "unavailable", true));
    Map<String, Object> created = gateway.next();
    assertThat(created).containsEntry("t", "GUILD_CREATE");
    assertThat(map(created.get("d"))).containsEntry("name", "Renamed Meanwhile");
  }

  @Test
  void aSlashCommandCanBeAnsweredOnceEphemerallyThenFollowedUp() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    Gateway gateway = connect();
    gateway.next();
    gateway.identify(discord.botToken(), GatewayIntent.GUILDS);
    registerBytesCommand(discord);

    FakeInteraction balance =
        general.invoke(
            alice, "bytes", SlashOption.subcommand("balance", SlashOption.user("user", alice)));

    Map<String, Object> created = gateway.nextOfType("INTERACTION_CREATE");
    assertThat(map(map(created.get("d")).get("data")).get("name")).isEqualTo("bytes");
    String callback = "/interactions/" + balance.id() + "/" + balance.token() + "/callback";
    String reply = "{\"type\":4,\"data\":{\"content\":\"You have 42 bytes.\",\"flags\":64}}";
    try (Response first = call("POST", callback, reply, null, null)) {
      assertThat(first.code()).isEqualTo(204);
    }
    try (Response second = call("POST", callback, reply, null, null)) {
      assertThat(second.code()).isEqualTo(400);
      assertThat(second.body().string()).contains("\"code\":40060");
    }
    String followup = "/webhooks/" + discord.applicationId() + "/" + balance.token();
    try (Response sent =
        call("POST", followup, "{\"content\":\"Gave 5 bytes to alice\"}", null, null)) {
      assertThat(sent.code()).isEqualTo(200);
    }

    assertThat(balance.awaitCallback(WAIT))
        .satisfies(
            ack -> {
              assertThat(ack.type()).isEqualTo(InteractionCallback.CHANNEL_MESSAGE_WITH_SOURCE);
              assertThat(ack.isEphemeral()).isTrue();
              assertThat(ack.content()).isEqualTo("You have 42 bytes.");
            });
    assertThat(balance.messages())
        .extracting(BotMessage::kind, BotMessage::isEphemeral, BotMessage::content)
        .containsExactly(
            tuple(BotMessage.Kind.INTERACTION_RESPONSE, true, "You have 42 bytes."),
            tuple(BotMessage.Kind.FOLLOWUP, false, "Gave 5 bytes to alice"));
    assertThatThrownBy(() -> general.invoke(alice, "bytes", SlashOption.subcommand("steal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/bytes has no option 'steal'");
    e2e.expectProblems();
  }

  @Test
  void anAcknowledgementAfterTheDeadlineIsRefusedAsAnUnknownInteraction() throws Exception {
    FakeDiscord discord =
        e2e.withDiscord(builder -> builder.interactionDeadline(Duration.ZERO)).discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    Gateway gateway = connect();
    gateway.next();
    gateway.identify(discord.botToken(), GatewayIntent.GUILDS);
    registerBytesCommand(discord);
    FakeInteraction late =
        general.invoke(
            alice, "bytes", SlashOption.subcommand("balance", SlashOption.user("user", alice)));
    gateway.nextOfType("INTERACTION_CREATE");

    try (Response response =
        call(
            "POST",
            "/interactions/" + late.id() + "/" + late.token() + "/callback",
            "{\"type\":5}",
            null,
            null)) {
      assertThat(response.code()).isEqualTo(404);
      assertThat(response.body().string()).contains("\"code\":10062");
    }
    assertThat(discord.interactionCallbacks().all()).isEmpty();
    assertThat(discord.problems().all())
        .anyMatch(problem -> problem.contains("acknowledged after"));
    e2e.expectProblems();
  }

  @Test
  void theProxyRefusesOtherHostsAndTheApiRefusesAMissingToken() throws Exception {
    FakeDiscord discord = e2e.discord();

    Request elsewhere = new Request.Builder().url("https://example.com/").build();
    assertThatThrownBy(() -> client().newCall(elsewhere).execute().close())
        .isInstanceOf(IOException.class);
    try (Response response = call("GET", "/users/@me", null, null, null)) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string())
          .isEqualTo("{\"message\":\"401: Unauthorized\",\"code\":0}");
    }
    assertThat(discord.problems().all())
        .anyMatch(problem -> problem.contains("example.com"))
        .anyMatch(problem -> problem.equals("GET /api/v10/users/@me -> 401"));
    e2e.expectProblems();
  }

  private void registerBytesCommand(FakeDiscord discord) throws IOException {
    String commands =
        "[{\"name\":\"bytes\",\"description\":\"Bytes\",\"type\":1,\"options\":["
            + "{\"name\":\"balance\",\"description\":\"A balance\",\"type\":1,\"options\":["
            + "{\"name\":\"user\",\"description\":\"Whose\",\"type\":6,\"required\":true}]}]}]";
    try (Response response =
        call(
            "PUT",
            "/applications/" + discord.applicationId() + "/commands",
            commands,
            discord.botToken(),
            null)) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  private Response call(
      String method,
      String path,
      @Nullable String body,
      @Nullable String token,
      @Nullable String auditLogReason)
      throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url("https://discord.com/api/v10" + path)
            .method(method, body == null ? null : RequestBody.create(body, JSON));
    if (token != null) {
      request.header("Authorization", "Bot " + token);
    }
    if (auditLogReason != null) {
      request.header("X-Audit-Log-Reason", auditLogReason);
    }
    return client().newCall(request.build()).execute();
  }

  private OkHttpClient client() {
    if (http == null) {
      HandshakeCertificates trust =
          new HandshakeCertificates.Builder()
              .addTrustedCertificate(e2e.discord().certificate())
              .build();
      http =
          new OkHttpClient.Builder()
              .proxy(e2e.discord().proxy())
              .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
              .build();
    }
    return http;
  }

  private Gateway connect() {
    Gateway gateway = new Gateway();
    client()
        .newWebSocket(
            new Request.Builder().url("wss://gateway.discord.gg/?v=10&encoding=json").build(),
            gateway);
    return gateway;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    return (Map<String, Object>) value;
  }

  /** A raw gateway client: queues what it receives, sends what the test writes. */
  private static final class Gateway extends WebSocketListener {
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();
    private volatile @Nullable WebSocket socket;

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      received.add(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      closed.add(code);
      webSocket.close(1000, null);
    }

    Map<String, Object> next() throws InterruptedException, IOException {
      String text = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(text).as("a gateway payload").isNotNull();
      return map(new Moshi.Builder().build().adapter(Object.class).fromJson(text));
    }

    Map<String, Object> nextOfType(String type) throws InterruptedException, IOException {
      while (true) {
        Map<String, Object> payload = next();
        if (type.equals(payload.get("t"))) {
          return payload;
        }
      }
    }

    /** Sends a payload; call after {@link #next()} returned HELLO, so the socket is open. */
    void send(String text) {
      WebSocket webSocket = socket;
      assertThat(webSocket).as("an open websocket").isNotNull();
      webSocket.send(text);
    }

    void identify(String token, GatewayIntent... intents) {
      send(
          "{\"op\":2,\"d\":{\"token\":\""
              + token
              + "\",\"intents\":"
              + GatewayIntent.maskOf(EnumSet.of(intents[0], intents))
              + ",\"properties\":{\"os\":\"linux\",\"browser\":\"test\",\"device\":\"test\"}}}");
    }

    int closeCode() throws InterruptedException {
      Integer code = closed.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(code).as("a close frame").isNotNull();
      return code;
    }
  }
}

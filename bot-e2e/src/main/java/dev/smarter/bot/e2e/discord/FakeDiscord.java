package dev.smarter.bot.e2e.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.javacord.api.DiscordApiBuilder;

/**
 * A local Discord that the unmodified Javacord 3.8 client logs in to: the REST API v10 and the
 * gateway v10 (JSON encoding), with one bot application, its owner, users and guilds made by the
 * test, and a record of everything the bot sent. See the {@linkplain dev.smarter.bot.e2e.discord
 * package documentation} for what it models and what it does not.
 *
 * <p>Javacord hard-codes {@code https://discord.com/api/v10} and takes the gateway URL from the
 * REST API, so the fake is an HTTPS-intercepting HTTP proxy: point Javacord at it with {@link
 * #javacordCustomizer()} ({@code setProxy} and {@code setTrustAllCertificates(true)}), and every
 * request for {@code discord.com} and {@code gateway.discord.gg} reaches the fake over TLS with a
 * certificate generated at start. Nothing leaves the machine; connections to other hosts are
 * refused.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *   FakeUser alice = discord.createUser("alice");
 *   FakeGuild guild = discord.createGuild("Smarter Dev", List.of(alice));
 *   DiscordApiBuilder builder =
 *       new DiscordApiBuilder().setToken(discord.botToken()).addIntents(Intent.MESSAGE_CONTENT);
 *   discord.javacordCustomizer().accept(builder);
 *   DiscordApi api = builder.login().join();
 *   guild.general().send(alice, "!ping");
 *   BotMessage reply = discord.messages().await(m -> m.content().startsWith("Pong"), TIMEOUT);
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and closes open connections.
 */
public final class FakeDiscord implements AutoCloseable {
  /** The REST API's host, as Javacord calls it. */
  public static final String REST_HOST = "discord.com";

  /** The gateway's host, which the fake's {@code GET /gateway} hands out. */
  public static final String GATEWAY_HOST = "gateway.discord.gg";

  /** Discord's usual heartbeat interval, sent in HELLO unless the builder sets another. */
  public static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofMillis(41_250);

  /** How long Discord waits for an interaction's acknowledgement. */
  public static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);

  private final World world;
  private final MockWebServer server;
  private final HeldCertificate certificate;

  private FakeDiscord(World world, MockWebServer server, HeldCertificate certificate) {
    this.world = world;
    this.server = server;
    this.certificate = certificate;
  }

  /**
   * Starts a fake with the default settings on a free loopback port.
   *
   * @return the running fake
   * @throws UncheckedIOException if the server cannot start
   */
  public static FakeDiscord start() {
    return builder().start();
  }

  /**
   * Returns a builder for a fake with other settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the bot token the fake accepts (random for each fake, so that Javacord's per-token
   * identify rate limiter never delays a test).
   *
   * @return the token
   */
  public String botToken() {
    return world.settings.token();
  }

  /**
   * Returns the HTTP proxy to reach the fake through.
   *
   * @return a proxy at the fake's loopback address
   */
  public Proxy proxy() {
    return server.getProxyAddress();
  }

  /**
   * Returns the certificate the fake presents for {@code discord.com} and {@code
   * gateway.discord.gg}, for clients that can trust one certificate instead of all of them.
   *
   * @return the self-signed certificate generated at start
   */
  public X509Certificate certificate() {
    return certificate.certificate();
  }

  /**
   * Returns what points a Javacord builder at this fake: {@code setProxy(proxy())} and {@code
   * setTrustAllCertificates(true)}.
   *
   * @return a customizer to apply before {@code login()}
   */
  public Consumer<DiscordApiBuilder> javacordCustomizer() {
    Proxy proxy = proxy();
    return builder -> builder.setProxy(proxy).setTrustAllCertificates(true);
  }

  /**
   * Returns the bot's own user (its id is the application's id, as for every current Discord app).
   *
   * @return the bot user
   */
  public FakeUser bot() {
    return new FakeUser(world, world.bot.id);
  }

  /**
   * Returns the owner of the bot's application: Javacord's {@code isBotOwner()} is true for them.
   * The owner is a member of every guild the fake creates, and online.
   *
   * @return the owner
   */
  public FakeUser owner() {
    return new FakeUser(world, world.owner.id);
  }

  /**
   * Returns the application's id.
   *
   * @return the snowflake
   */
  public long applicationId() {
    return world.applicationId;
  }

  /**
   * Creates a human user (offline, default avatar, discriminator {@code "0"}).
   *
   * @param username the username
   * @return the user
   */
  public FakeUser createUser(String username) {
    return new FakeUser(world, world.newUser(username, false).id);
  }

  /**
   * Creates another bot account (to check that the bot ignores bots).
   *
   * @param username the username
   * @return the user
   */
  public FakeUser createBotUser(String username) {
    return new FakeUser(world, world.newUser(username, true).id);
  }

  /**
   * Creates many human users at once.
   *
   * @param prefix the usernames' prefix, followed by 1, 2, 3...
   * @param count how many
   * @return the users, in name order
   */
  public List<FakeUser> createUsers(String prefix, int count) {
    List<FakeUser> users = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      users.add(createUser(prefix + i));
    }
    return users;
  }

  /**
   * Creates a guild with the bot, the owner and {@code members} in it. Created while the bot is
   * connected, it is a join: the bot's session gets GUILD_CREATE at once; created before, it is
   * part of the next IDENTIFY's READY (as unavailable) and its GUILD_CREATE follows.
   *
   * @param name the guild's name
   * @param members the other members
   * @return the guild
   */
  public FakeGuild createGuild(String name, Collection<FakeUser> members) {
    return new FakeGuild(world, world.newGuild(name, ids(members)).id);
  }

  /**
   * Creates a guild like {@link #createGuild}, with an id that Discord routes to one shard of a bot
   * with {@code shardCount} shards: {@code (id >> 22) % shardCount == shard}.
   *
   * @param name the guild's name
   * @param members the other members
   * @param shard the shard that gets the guild's events, 0 to {@code shardCount - 1}
   * @param shardCount the bot's number of shards
   * @return the guild
   * @throws IllegalArgumentException if {@code shard} is not one of {@code shardCount}
   */
  public FakeGuild createGuildOnShard(
      String name, Collection<FakeUser> members, int shard, int shardCount) {
    return new FakeGuild(world, world.newGuildOnShard(name, ids(members), shard, shardCount).id);
  }

  private static List<Long> ids(Collection<FakeUser> users) {
    List<Long> ids = new ArrayList<>(users.size());
    users.forEach(user -> ids.add(user.id()));
    return ids;
  }

  /**
   * Sends RECONNECT (opcode 7) on every connected session, as Discord does before it moves a
   * session: the client should close, reconnect and RESUME. Events dispatched meanwhile are
   * replayed after the RESUME.
   */
  public void requestReconnect() {
    world.requestReconnect();
  }

  /**
   * Returns how many gateway sessions have a live connection.
   *
   * @return the count
   */
  public int connectedSessions() {
    return world.connectedSessions();
  }

  /**
   * Returns the global commands as registered now.
   *
   * @return the commands, in registration order
   */
  public List<CommandRegistration.Command> globalCommands() {
    return world.globalCommands();
  }

  /**
   * Returns the messages the bot posted: channel messages, interaction responses, edits of the
   * original response and follow-ups.
   *
   * @return the recording
   */
  public Recording<BotMessage> messages() {
    return world.messages;
  }

  /**
   * Returns the interaction callbacks the fake accepted.
   *
   * @return the recording
   */
  public Recording<InteractionCallback> interactionCallbacks() {
    return world.callbacks;
  }

  /**
   * Returns the bulk overwrites of application commands.
   *
   * @return the recording
   */
  public Recording<CommandRegistration> commandRegistrations() {
    return world.registrations;
  }

  /**
   * Returns the roles the bot added or removed.
   *
   * @return the recording
   */
  public Recording<RoleChange> roleChanges() {
    return world.roleChanges;
  }

  /**
   * Returns the payloads the client sent on the gateway (tokens redacted).
   *
   * @return the recording
   */
  public Recording<GatewayCommand> gatewayCommands() {
    return world.gatewayCommands;
  }

  /**
   * Returns the dispatches the fake sent (or buffered for a session to resume), in order.
   *
   * @return the recording
   */
  public Recording<GatewayDispatch> dispatches() {
    return world.dispatches;
  }

  /**
   * Returns the gateway connections that ended.
   *
   * @return the recording
   */
  public Recording<GatewayClosure> gatewayClosures() {
    return world.closures;
  }

  /**
   * Returns every HTTP request the fake answered (the gateway upgrade is {@code GET /} with status
   * 101).
   *
   * @return the recording
   */
  public Recording<RestCall> restCalls() {
    return world.restCalls;
  }

  /**
   * Returns what the client did that Discord would refuse or that the fake does not model: unknown
   * routes, 4xx answers outside the interaction routes, refused proxy connections, late interaction
   * acknowledgements, undecodable payloads. A well-behaved bot leaves this empty.
   *
   * @return the recording
   */
  public Recording<String> problems() {
    return world.problems;
  }

  /** Stops the server and closes every connection. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeDiscord{proxy=" + proxy() + "}";
  }

  /** Settings of a {@link FakeDiscord}. Not thread-safe. */
  public static final class Builder {
    private Duration heartbeatInterval = DEFAULT_HEARTBEAT_INTERVAL;
    private Set<GatewayIntent> enabledPrivilegedIntents = GatewayIntent.privileged();
    private Duration interactionDeadline = INTERACTION_DEADLINE;
    private int recommendedShards = 1;
    private String botName = "SmarterBot";

    private Builder() {}

    /**
     * Sets the heartbeat interval sent in HELLO.
     *
     * @param interval at least 1 ms; default {@link #DEFAULT_HEARTBEAT_INTERVAL}
     * @return this
     */
    public Builder heartbeatInterval(Duration interval) {
      if (interval.toMillis() < 1) {
        throw new IllegalArgumentException("interval < 1 ms: " + interval);
      }
      this.heartbeatInterval = interval;
      return this;
    }

    /**
     * Sets which privileged intents the application has enabled in the Developer Portal; an
     * IDENTIFY asking for another is closed with 4014 (Disallowed intent(s)).
     *
     * @param intents privileged intents; default all three
     * @return this
     */
    public Builder enabledPrivilegedIntents(Set<GatewayIntent> intents) {
      Set<GatewayIntent> copy =
          intents.isEmpty() ? EnumSet.noneOf(GatewayIntent.class) : EnumSet.copyOf(intents);
      for (GatewayIntent intent : copy) {
        if (!intent.isPrivileged()) {
          throw new IllegalArgumentException(intent + " is not privileged");
        }
      }
      this.enabledPrivilegedIntents = copy;
      return this;
    }

    /**
     * Sets how long after INTERACTION_CREATE the fake accepts the acknowledgement.
     *
     * @param deadline default {@link #INTERACTION_DEADLINE}
     * @return this
     */
    public Builder interactionDeadline(Duration deadline) {
      this.interactionDeadline = Objects.requireNonNull(deadline, "deadline == null");
      return this;
    }

    /**
     * Sets the shard count {@code GET /gateway/bot} recommends.
     *
     * @param shards at least 1; default 1
     * @return this
     */
    public Builder recommendedShards(int shards) {
      if (shards < 1) {
        throw new IllegalArgumentException("shards < 1: " + shards);
      }
      this.recommendedShards = shards;
      return this;
    }

    /**
     * Sets the bot's username (and its application's name).
     *
     * @param botName default {@code SmarterBot}
     * @return this
     */
    public Builder botName(String botName) {
      this.botName = Objects.requireNonNull(botName, "botName == null");
      return this;
    }

    /**
     * Generates the certificate and starts the fake on a free loopback port.
     *
     * @return the running fake
     * @throws UncheckedIOException if the server cannot start
     */
    public FakeDiscord start() {
      String token = "fake." + UUID.randomUUID().toString().replace("-", "");
      World world =
          new World(
              new World.Settings(
                  token,
                  heartbeatInterval,
                  Set.copyOf(enabledPrivilegedIntents),
                  interactionDeadline,
                  recommendedShards,
                  botName));
      HeldCertificate certificate =
          new HeldCertificate.Builder()
              .commonName(REST_HOST)
              .addSubjectAlternativeName(REST_HOST)
              .addSubjectAlternativeName(GATEWAY_HOST)
              .duration(1, TimeUnit.DAYS)
              .build();
      HandshakeCertificates tls =
          new HandshakeCertificates.Builder().heldCertificate(certificate).build();
      MockWebServer server = new MockWebServer();
      server.setServerSocketFactory(
          new TlsTunnelServerSocketFactory(
              tls.sslSocketFactory(),
              Set.of(REST_HOST + ":443", GATEWAY_HOST + ":443"),
              world.problems::add));
      server.setDispatcher(new RestRoutes(world));
      try {
        server.start(InetAddress.getLoopbackAddress(), 0);
      } catch (IOException e) {
        server.close();
        throw new UncheckedIOException("Could not start the Discord fake", e);
      }
      return new FakeDiscord(world, server, certificate);
    }
  }
}

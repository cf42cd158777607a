package dev.smarter.bot.e2e.discord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The fake's mutable entities. Only {@link World} touches them, holding its lock. */
final class State {
  private State() {}

  static final class User {
    final long id;
    final boolean bot;
    String username;
    String discriminator;
    @Nullable String avatar;
    String status = "offline";

    User(long id, String username, String discriminator, @Nullable String avatar, boolean bot) {
      this.id = id;
      this.username = username;
      this.discriminator = discriminator;
      this.avatar = avatar;
      this.bot = bot;
    }
  }

  static final class Member {
    final long userId;
    final Instant joinedAt;
    final Set<Long> roles = new LinkedHashSet<>();

    Member(long userId, Instant joinedAt) {
      this.userId = userId;
      this.joinedAt = joinedAt;
    }
  }

  record Role(long id, String name, int position, long permissions, boolean managed) {}

  record Channel(long id, long guildId, String name, int position) {}

  static final class Guild {
    final long id;
    final long ownerId;
    final List<Channel> channels = new ArrayList<>();
    final Map<Long, Role> roles = new LinkedHashMap<>();
    final Map<Long, Member> members = new LinkedHashMap<>();
    String name;
    @Nullable String icon;
    boolean unavailable;

    Guild(long id, String name, long ownerId) {
      this.id = id;
      this.name = name;
      this.ownerId = ownerId;
    }

    boolean hasMember(long userId) {
      return members.containsKey(userId);
    }

    @Nullable Channel channel(long channelId) {
      for (Channel channel : channels) {
        if (channel.id() == channelId) {
          return channel;
        }
      }
      return null;
    }
  }

  static final class Interaction {
    final long id;
    final String token;
    final long guildId;
    final long channelId;
    final long userId;
    final long createdNanos;
    int callbackType;
    int flags;
    long originalMessageId;

    Interaction(
        long id, String token, long guildId, long channelId, long userId, long createdNanos) {
      this.id = id;
      this.token = token;
      this.guildId = guildId;
      this.channelId = channelId;
      this.userId = userId;
      this.createdNanos = createdNanos;
    }

    boolean acknowledged() {
      return callbackType != 0;
    }
  }

  /** A gateway session: outlives a dropped connection so that the client can resume it. */
  static final class Session {
    final String id;
    final Set<GatewayIntent> intents;
    final boolean compress;
    final int largeThreshold;
    final int shardId;
    final int shardCount;
    final List<Dispatched> sent = new ArrayList<>();
    int seq;
    boolean invalid;
    @Nullable GatewayConnection connection;

    Session(
        String id,
        Set<GatewayIntent> intents,
        boolean compress,
        int largeThreshold,
        int shardId,
        int shardCount) {
      this.id = id;
      this.intents = intents;
      this.compress = compress;
      this.largeThreshold = largeThreshold;
      this.shardId = shardId;
      this.shardCount = shardCount;
    }

    boolean has(GatewayIntent intent) {
      return intents.contains(intent);
    }

    boolean owns(long guildId) {
      return (guildId >>> 22) % shardCount == shardId;
    }
  }

  record Dispatched(int seq, String json) {}
}

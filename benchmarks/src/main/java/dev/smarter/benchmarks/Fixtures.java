package dev.smarter.benchmarks;

import dev.smarter.sdk.model.NewUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON bodies and request values the benchmarks send and receive, shaped as the real server's
 * (API.md): snake_case fields in the server's order, Python's {@code ", "} and {@code ": "}
 * separators, naive datetimes, {@code null} for empty optional fields.
 */
final class Fixtures {
  /** The guild id the canned server answers for; any id gets the same body. */
  static final long GUILD_ID = 42;

  private static final long FIRST_SNOWFLAKE = 300_000_000_000_000_000L;
  private static final Instant JOINED = Instant.parse("2026-11-24T03:10:00.123456Z");

  private Fixtures() {}

  /** A Guild as {@code GET /api/guilds/{id}} returns it. */
  static String guildJson(long id) {
    return "{\"id\": "
        + id
        + ", \"discord_id\": 1234567890123456789, \"name\": \"Smarter Dev\", \"icon_url\":"
        + " \"https://cdn.discordapp.com/icons/1234567890123456789/a_1f2e3d4c5b6a.png\","
        + " \"joined_at\": \"2026-11-24T03:10:00.123456\", \"created_at\":"
        + " \"2026-11-24T03:10:00\"}";
  }

  /** {@code {"users": [...]}} with {@code count} users, as {@code GET /api/users} returns it. */
  static String userListJson(int count) {
    return "{\"users\": " + userArrayJson(count) + "}";
  }

  /** What {@code POST /api/users/batch} returns for {@code count} new users. */
  static String batchResultJson(int count) {
    return "{\"users\": "
        + userArrayJson(count)
        + ", \"created\": "
        + count
        + ", \"updated\": 0, \"total\": "
        + count
        + "}";
  }

  private static String userArrayJson(int count) {
    StringBuilder json = new StringBuilder(count * 240).append('[');
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(", ");
      }
      json.append("{\"id\": ")
          .append(i + 1)
          .append(", \"discord_id\": ")
          .append(FIRST_SNOWFLAKE + i)
          .append(", \"username\": \"member_")
          .append(i)
          .append("\", \"discriminator\": ")
          .append(i % 2 == 0 ? "null" : "\"0420\"")
          .append(", \"avatar_url\": \"https://cdn.discordapp.com/avatars/")
          .append(FIRST_SNOWFLAKE + i)
          .append("/a_0123456789abcdef.png\", \"created_at\": \"2026-11-24T03:10:00.123456\"")
          .append(", \"bytes_balance\": ")
          .append(i)
          .append('}');
    }
    return json.append(']').toString();
  }

  /**
   * {@code count} users to create, with every optional field set (the bot sends a member's join
   * time as {@code created_at}), Discord ids from {@code firstDiscordId}.
   */
  static List<NewUser> newUsers(int count, long firstDiscordId) {
    List<NewUser> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long discordId = firstDiscordId + i;
      users.add(
          NewUser.builder()
              .discordId(discordId)
              .username("member_" + i)
              .discriminator("0420")
              .avatarUrl("https://cdn.discordapp.com/avatars/" + discordId + "/a_0123456789.png")
              .createdAt(JOINED.plusSeconds(i))
              .build());
    }
    return users;
  }

  /** The users of {@link #newUsers(int, long)} from {@link #FIRST_SNOWFLAKE}. */
  static List<NewUser> newUsers(int count) {
    return newUsers(count, FIRST_SNOWFLAKE);
  }

  /** Splits {@code users} into consecutive chunks of {@code size}. */
  static <T> List<List<T>> chunks(List<T> users, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < users.size(); from += size) {
      chunks.add(users.subList(from, Math.min(users.size(), from + size)));
    }
    return chunks;
  }
}

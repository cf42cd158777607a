package dev.smarter.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated guild for the simulation: realistic-looking members with snowflake ids, modern
 * usernames, CDN avatar URLs, join times over five years, and one bot in every hundred members. The
 * same size and seed always give the same guild.
 *
 * @param guild the guild
 * @param members its members, bots included; the first three are humans
 */
public record SimulatedGuild(GuildSnapshot guild, List<MemberSnapshot> members) {
  /** One member in this many is a bot account. */
  public static final int BOT_EVERY = 100;

  private static final long GUILD_ID = 1_180_000_000_000_000_000L;
  private static final long FIRST_USER_ID = 300_000_000_000_000_000L;
  private static final Instant FIRST_JOIN = Instant.parse("2021-03-01T12:00:00Z");
  private static final long JOIN_SPAN_SECONDS = Duration.ofDays(5 * 365).toSeconds();
  private static final String[] ADJECTIVES = {
    "swift", "quiet", "brave", "clever", "lazy", "lucky", "sunny", "cosmic", "fuzzy", "rusty",
    "noisy", "tiny", "mighty", "sleepy", "spicy", "witty"
  };
  private static final String[] NOUNS = {
    "otter",
    "falcon",
    "lambda",
    "kernel",
    "pixel",
    "panda",
    "comet",
    "byte",
    "gecko",
    "raven",
    "monad",
    "tensor",
    "walrus",
    "sprocket",
    "badger",
    "quasar"
  };

  /**
   * Copies the member list.
   *
   * @param guild the guild
   * @param members its members
   */
  public SimulatedGuild {
    members = List.copyOf(members);
  }

  /**
   * Generates a guild.
   *
   * @param name the guild's name
   * @param memberCount how many members, at least 3
   * @param seed the random seed
   * @return the guild and its members
   * @throws IllegalArgumentException if {@code memberCount < 3}
   */
  public static SimulatedGuild generate(String name, int memberCount, long seed) {
    if (memberCount < 3) {
      throw new IllegalArgumentException("memberCount must be at least 3 but was " + memberCount);
    }
    Random random = new Random(seed);
    GuildSnapshot guild =
        new GuildSnapshot(
            GUILD_ID, name, "https://cdn.discordapp.com/icons/" + GUILD_ID + "/a1b2c3d4.png");
    List<MemberSnapshot> members = new ArrayList<>(memberCount);
    for (int i = 0; i < memberCount; i++) {
      long id = FIRST_USER_ID + i * 4_194_304L + random.nextInt(4_194_304);
      boolean bot = i % BOT_EVERY == BOT_EVERY - 1;
      String username =
          bot
              ? NOUNS[random.nextInt(NOUNS.length)] + "-bot-" + i
              : ADJECTIVES[random.nextInt(ADJECTIVES.length)]
                  + "_"
                  + NOUNS[random.nextInt(NOUNS.length)]
                  + (random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(1000)));
      String avatar =
          random.nextInt(10) == 0
              ? null
              : String.format(
                  Locale.ROOT,
                  "https://cdn.discordapp.com/avatars/%d/%08x.png",
                  id,
                  random.nextInt());
      Instant joined = FIRST_JOIN.plusSeconds((long) (random.nextDouble() * JOIN_SPAN_SECONDS));
      members.add(new MemberSnapshot(id, username, "0", avatar, joined, bot));
    }
    return new SimulatedGuild(guild, members);
  }

  /**
   * Returns a new member who was not in the generated guild, joining at {@code joinedAt}.
   *
   * @param username the newcomer's name
   * @param joinedAt when they join
   * @return the member
   */
  public MemberSnapshot newcomer(String username, Instant joinedAt) {
    long id = FIRST_USER_ID + members.size() * 4_194_304L + 7;
    return new MemberSnapshot(id, username, "0", null, joinedAt, false);
  }

  /**
   * Returns how many of the members are bots.
   *
   * @return the number of bot accounts
   */
  public int botCount() {
    return (int) members.stream().filter(MemberSnapshot::isBot).count();
  }
}

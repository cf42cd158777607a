package dev.smarter.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Members and guilds for tests. */
final class TestMembers {
  static final long GUILD_ID = 900_000_000_000_000_001L;
  static final Instant JOINED = Instant.parse("2023-04-05T06:07:08Z");

  private TestMembers() {}

  static GuildSnapshot guild() {
    return new GuildSnapshot(GUILD_ID, "Test Guild", "https://cdn.example/icons/1/a.png");
  }

  static MemberSnapshot human(int n) {
    return new MemberSnapshot(
        1_000_000L + n,
        "user" + n,
        "0",
        "https://cdn.example/avatars/" + n + ".png",
        JOINED.plusSeconds(n),
        false);
  }

  static MemberSnapshot bot(int n) {
    return new MemberSnapshot(5_000_000L + n, "bot" + n, "0", null, JOINED, true);
  }

  /** {@code humans} people followed by {@code bots} bot accounts. */
  static List<MemberSnapshot> members(int humans, int bots) {
    List<MemberSnapshot> members = new ArrayList<>(humans + bots);
    for (int i = 0; i < humans; i++) {
      members.add(human(i));
    }
    for (int i = 0; i < bots; i++) {
      members.add(bot(i));
    }
    return members;
  }
}

package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.Test;

class JavacordAdaptersTest {
  private static final long SERVER_ID = 4242L;
  private static final Instant JOINED = Instant.parse("2022-02-02T02:02:02.123Z");

  private final User alice =
      JavacordFakes.user(
          1L,
          "alice",
          "https://cdn.discordapp.com/avatars/1/a.png",
          false,
          Map.of(SERVER_ID, JOINED));
  private final User helper =
      JavacordFakes.user(
          2L,
          "helper",
          "https://cdn.discordapp.com/embed/avatars/0.png",
          true,
          Map.of(SERVER_ID, JOINED));
  private final Server server =
      JavacordFakes.server(
          SERVER_ID,
          "Smarter Dev",
          Optional.of(JavacordFakes.icon("https://cdn.discordapp.com/icons/4242/i.png")),
          List.of(alice, helper));

  @Test
  void serverMapsToAGuildSnapshotWithItsIconUrl() {
    assertThat(JavacordAdapters.guild(server))
        .isEqualTo(
            new GuildSnapshot(
                SERVER_ID, "Smarter Dev", "https://cdn.discordapp.com/icons/4242/i.png"));
  }

  @Test
  void serverWithoutIconHasNoIconUrl() {
    Server plain = JavacordFakes.server(7L, "Plain", Optional.empty(), List.of());

    assertThat(JavacordAdapters.guild(plain).iconUrl()).isNull();
  }

  @Test
  void memberCarriesTheServerJoinTimeAndTheBotFlag() {
    assertThat(JavacordAdapters.member(alice, server))
        .isEqualTo(
            new MemberSnapshot(
                1L, "alice", "0", "https://cdn.discordapp.com/avatars/1/a.png", JOINED, false));
    assertThat(JavacordAdapters.member(helper, server).isBot()).isTrue();
  }

  @Test
  void userSeenOutsideAServerHasNoJoinTime() {
    assertThat(JavacordAdapters.user(alice).joinedAt()).isNull();
    assertThat(JavacordAdapters.user(alice).username()).isEqualTo("alice");
  }

  @Test
  void membersMapsEveryCachedMember() {
    assertThat(JavacordAdapters.members(server))
        .extracting(MemberSnapshot::discordId, MemberSnapshot::isBot)
        .containsExactly(tuple(1L, false), tuple(2L, true));
  }
}

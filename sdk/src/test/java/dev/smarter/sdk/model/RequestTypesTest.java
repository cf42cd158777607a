package dev.smarter.sdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestTypesTest {
  private static final long SNOWFLAKE = 300_000_000_000_000_001L;
  private static final Instant YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z");

  @Test
  void buildersReturnTheAbstractTypesSoCollectionsOfThemFitTheApi() {
    List<NewUser> users =
        IntStream.rangeClosed(1, 3)
            .mapToObj(i -> NewUser.builder().discordId(1000L + i).username("u" + i).build())
            .collect(Collectors.toList());
    Set<? extends NewUser> wildcard = Set.copyOf(users);

    assertThat(UserBatch.of(users).size()).isEqualTo(3);
    assertThat(UserBatch.of(wildcard).size()).isEqualTo(3);
    NewWarning warning = NewWarning.builder().userId(1).modId(2).guildId(3).build();
    assertThat(warning).isInstanceOf(NewWarning.class);
  }

  @Test
  void optionalFieldsOfEveryCreateAcceptNullAsNotSet() {
    String none = null;
    Instant never = null;

    NewWarning warning =
        NewWarning.builder().userId(1).modId(2).guildId(3).reason(none).warnedAt(never).build();
    NewUser user =
        NewUser.builder()
            .discordId(42)
            .username("u")
            .discriminator(null)
            .avatarUrl(null)
            .createdAt(null)
            .build();
    NewGuild guild =
        NewGuild.builder().discordId(42).name("g").iconUrl(null).joinedAt(null).build();
    NewModerationCase moderationCase =
        NewModerationCase.builder()
            .guildId(1)
            .userId(2)
            .modId(3)
            .action("ban")
            .reason(null)
            .durationSec(null)
            .createdAt(null)
            .resolvedAt(null)
            .resolutionNote(null)
            .build();
    NewBytesAward award =
        NewBytesAward.builder().giverId(1).receiverId(2).guildId(3).reason(null).build();
    WarningQuery query = WarningQuery.builder().guildId(null).userId(7L).build();

    assertThat(warning.reason()).isNull();
    assertThat(warning.warnedAt()).isNull();
    assertThat(user.avatarUrl()).isNull();
    assertThat(guild.iconUrl()).isNull();
    assertThat(moderationCase.durationSec()).isNull();
    assertThat(award.reason()).isNull();
    assertThat(query.guildId()).isNull();
    assertThat(query.userId()).isEqualTo(7L);
  }

  @Test
  void snowflakeWhereARowIdBelongsIsRefusedWithWhereRowIdsComeFrom() {
    assertThatThrownBy(() -> NewWarning.builder().userId(SNOWFLAKE).modId(2).guildId(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId must be the server's row id")
        .hasMessageContaining(Long.toString(SNOWFLAKE))
        .hasMessageContaining("looks like a Discord snowflake")
        .hasMessageContaining("findByDiscordId");
    assertThatThrownBy(
            () -> NewBytesAward.builder().giverId(1).receiverId(2).guildId(SNOWFLAKE).build())
        .hasMessageContaining("guildId must be the server's row id");
    assertThatThrownBy(() -> BytesQuery.builder().receiverId(SNOWFLAKE).build())
        .hasMessageContaining("receiverId must be the server's row id");
  }

  @Test
  void optionalFieldsAreCheckedWhenSetAndPassWhenLeftOut() {
    assertThatThrownBy(() -> WarningQuery.builder().modId(SNOWFLAKE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("modId must be the server's row id");
    assertThatThrownBy(() -> ModerationCaseQuery.builder().guildId(SNOWFLAKE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guildId must be the server's row id");
    assertThatThrownBy(() -> BytesConfigUpsert.builder().guildId(1).cooldownMinutes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cooldownMinutes must be >= 0 but was -1");
    assertThatThrownBy(
            () ->
                NewModerationCase.builder()
                    .guildId(1)
                    .userId(2)
                    .modId(3)
                    .action("timeout")
                    .durationSec(-5L)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("durationSec must be >= 0 but was -5");

    assertThat(WarningQuery.builder().build().modId()).isNull();
    assertThat(ModerationCaseQuery.builder().build().guildId()).isNull();
    assertThat(BytesConfigUpsert.builder().guildId(1).build().cooldownMinutes()).isNull();
  }

  @Test
  void largestRowIdAndSmallestSnowflakeAreToldApart() {
    long largestRowId = (1L << 32) - 1;

    assertThat(NewWarning.builder().userId(largestRowId).modId(2).guildId(3).build().userId())
        .isEqualTo(largestRowId);
    assertThatThrownBy(() -> NewWarning.builder().userId(1L << 32).modId(2).guildId(3).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timesThePythonServerCannotReadAreRefusedAtBuild() {
    assertThatThrownBy(
            () -> NewUser.builder().discordId(42).username("u").createdAt(YEAR_10000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("createdAt must be between")
        .hasMessageContaining("years 1 to 9999");
    assertThatThrownBy(
            () ->
                NewWarning.builder()
                    .userId(1)
                    .modId(2)
                    .guildId(3)
                    .warnedAt(Instant.parse("0000-06-01T00:00:00Z"))
                    .build())
        .hasMessageContaining("warnedAt must be between");
    assertThatThrownBy(
            () -> NewGuild.builder().discordId(42).name("g").joinedAt(Instant.MAX).build())
        .hasMessageContaining("joinedAt");
    assertThatThrownBy(
            () ->
                NewModerationCase.builder()
                    .guildId(1)
                    .userId(2)
                    .modId(3)
                    .action("ban")
                    .resolvedAt(YEAR_10000)
                    .build())
        .hasMessageContaining("resolvedAt");
    assertThatThrownBy(
            () ->
                NewBytesAward.builder()
                    .giverId(1)
                    .receiverId(2)
                    .guildId(3)
                    .awardedAt(YEAR_10000)
                    .build())
        .hasMessageContaining("awardedAt");
    assertThatThrownBy(() -> CaseUpdate.builder().resolvedAt(YEAR_10000))
        .hasMessageContaining("resolvedAt");
  }

  @Test
  void timesAtTheEdgesOfTheSendableRangeAreAccepted() {
    Instant earliest = Instant.parse("0001-01-02T00:00:00Z");
    Instant latest = Instant.parse("9999-12-30T23:59:59.999999Z");

    assertThat(
            NewUser.builder().discordId(42).username("u").createdAt(earliest).build().createdAt())
        .isEqualTo(earliest);
    assertThat(NewUser.builder().discordId(42).username("u").createdAt(latest).build().createdAt())
        .isEqualTo(latest);
  }
}

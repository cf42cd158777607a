package dev.smarter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.smarter.sdk.model.BumpStat;
import dev.smarter.sdk.model.ChannelLock;
import dev.smarter.sdk.model.CommandUsage;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.GuildMember;
import dev.smarter.sdk.model.PersistentRole;
import dev.smarter.sdk.model.TemporaryRole;
import dev.smarter.sdk.model.UserNote;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelJsonTest {
  private final Moshi moshi = Json.moshi(ZoneOffset.UTC);

  static Stream<Arguments> routelessModels() {
    return Stream.of(
        Arguments.of(
            GuildMember.class,
            "{\"id\":1,\"user_id\":2,\"guild_id\":3,\"nickname\":\"Nick\","
                + "\"joined_at\":\"2026-11-24T03:10:00\",\"is_active\":true,"
                + "\"created_at\":\"2026-11-24T03:10:00.123456\"}"),
        Arguments.of(
            UserNote.class,
            "{\"id\":1,\"user_id\":2,\"mod_id\":3,\"guild_id\":4,\"content\":\"watch\","
                + "\"noted_at\":\"2026-11-24T03:10:00\"}"),
        Arguments.of(
            PersistentRole.class,
            "{\"id\":1,\"user_id\":2,\"guild_id\":3,\"role_id\":9223372036854775807,"
                + "\"role_name\":\"Muted\",\"assigned_at\":\"2026-11-24T03:10:00\"}"),
        Arguments.of(
            TemporaryRole.class,
            "{\"id\":1,\"user_id\":2,\"guild_id\":3,\"role_id\":42,\"role_name\":\"Muted\","
                + "\"assigned_at\":\"2026-11-24T03:10:00\",\"expires_at\":\"2026-11-25T03:10:00\","
                + "\"reason\":\"spam\"}"),
        Arguments.of(
            ChannelLock.class,
            "{\"id\":1,\"guild_id\":2,\"channel_id\":77,\"channel_name\":\"general\","
                + "\"locked_by\":3,\"locked_at\":\"2026-11-24T03:10:00\","
                + "\"unlock_at\":\"2026-11-24T04:10:00\",\"message\":\"cooling down\"}"),
        Arguments.of(
            BumpStat.class,
            "{\"id\":1,\"user_id\":2,\"guild_id\":3,\"bump_count\":0,"
                + "\"last_bumped_at\":\"2026-11-24T03:10:00\"}"),
        Arguments.of(
            CommandUsage.class,
            "{\"id\":1,\"user_id\":2,\"guild_id\":3,\"command_name\":\"ping\","
                + "\"usage_count\":1,\"last_used_at\":\"2026-11-24T03:10:00\"}"));
  }

  @ParameterizedTest
  @MethodSource("routelessModels")
  void routelessModelsRoundTripInFieldOrder(Class<?> type, String json) throws Exception {
    JsonAdapter<Object> adapter = moshi.adapter((java.lang.reflect.Type) type);

    Object model = adapter.fromJson(json);

    assertThat(adapter.toJson(model)).isEqualTo(json);
  }

  @Test
  void readsNullsAsEmptyAndLeavesThemOutWhenWriting() throws Exception {
    JsonAdapter<ChannelLock> adapter = moshi.adapter(ChannelLock.class);

    ChannelLock lock =
        adapter.fromJson(
            "{\"id\":1,\"guild_id\":2,\"channel_id\":77,\"channel_name\":null,\"locked_by\":null,"
                + "\"locked_at\":\"2026-11-24T03:10:00\",\"unlock_at\":null,\"message\":null}");

    assertThat(lock.channelName()).isEmpty();
    assertThat(lock.lockedBy()).isEmpty();
    assertThat(lock.unlockAt()).isEmpty();
    assertThat(adapter.toJson(lock))
        .isEqualTo(
            "{\"id\":1,\"guild_id\":2,\"channel_id\":77,\"locked_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void ignoresUnknownFields() throws Exception {
    Guild guild =
        moshi
            .adapter(Guild.class)
            .fromJson(
                "{\"id\":1,\"discord_id\":5,\"name\":\"G\",\"icon_url\":null,\"joined_at\":null,"
                    + "\"created_at\":\"2026-11-24T03:10:00\",\"new_field\":{\"a\":[1,2]}}");

    assertThat(guild.name()).isEqualTo("G");
    assertThat(guild.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  @Test
  void missingRequiredFieldNamesFieldAndPath() {
    JsonAdapter<List<Guild>> adapter =
        moshi.adapter(Types.newParameterizedType(List.class, Guild.class));

    assertThatThrownBy(() -> adapter.fromJson("[{\"id\":1,\"discord_id\":5,\"name\":\"G\"}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required value 'created_at' missing at $[0]");
  }

  @Test
  void nullRequiredFieldNamesFieldAndPath() {
    assertThatThrownBy(
            () ->
                moshi
                    .adapter(DiscordUser.class)
                    .fromJson(
                        "{\"id\":1,\"discord_id\":5,\"username\":null,"
                            + "\"created_at\":\"2026-11-24T03:10:00\",\"bytes_balance\":0}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Non-null value 'username' was null at $.username");
  }

  @Test
  void snowflakesRoundTripExactly() throws Exception {
    JsonAdapter<Guild> adapter = moshi.adapter(Guild.class);
    Guild guild =
        adapter.fromJson(
            "{\"id\":1,\"discord_id\":9223372036854775807,\"name\":\"G\","
                + "\"created_at\":\"2026-11-24T03:10:00\"}");

    assertThat(guild.discordId()).isEqualTo(Long.MAX_VALUE);
    assertThat(adapter.toJson(guild)).contains("\"discord_id\":9223372036854775807");
  }
}

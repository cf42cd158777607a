package dev.smarter.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.smarter.sdk.internal.InstantJsonAdapter;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatchResult;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The JSON baseline: the same bodies read and written with the same Moshi streaming API and the
 * same Immutables builders as the SDK, but by hand-written code instead of the SDK's reflective
 * adapter factory. With the SDK's {@link InstantJsonAdapter} (the default) the gap to the SDK is
 * the cost of its generality (reflection, boxing, per-field adapter dispatch); with {@link
 * FixedLayoutInstantAdapter} it also shows what faster datetime parsing would save. Thread-safe.
 */
final class HandWrittenJson {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonReader.Options USER_FIELDS =
      JsonReader.Options.of(
          "id",
          "discord_id",
          "username",
          "discriminator",
          "avatar_url",
          "created_at",
          "bytes_balance");
  private static final JsonReader.Options GUILD_FIELDS =
      JsonReader.Options.of("id", "discord_id", "name", "icon_url", "joined_at", "created_at");
  private static final JsonReader.Options USERS = JsonReader.Options.of("users");
  private static final JsonReader.Options BATCH_FIELDS =
      JsonReader.Options.of("users", "created", "updated", "total");

  private final JsonAdapter<Instant> instants;

  /** A baseline that reads and writes datetimes with the SDK's {@link InstantJsonAdapter}. */
  HandWrittenJson() {
    this(new InstantJsonAdapter(ZoneOffset.UTC));
  }

  /** A baseline that reads and writes datetimes with {@code instants}. */
  HandWrittenJson(JsonAdapter<Instant> instants) {
    this.instants = instants;
  }

  /** Reads a Guild. */
  Guild readGuild(BufferedSource source) throws IOException {
    try (JsonReader reader = JsonReader.of(source)) {
      Guild.Builder guild = Guild.builder();
      reader.beginObject();
      while (reader.hasNext()) {
        int field = reader.selectName(GUILD_FIELDS);
        if (field >= 0 && reader.peek() == JsonReader.Token.NULL) {
          reader.nextNull();
          continue;
        }
        switch (field) {
          case 0 -> guild.id(reader.nextLong());
          case 1 -> guild.discordId(reader.nextLong());
          case 2 -> guild.name(reader.nextString());
          case 3 -> guild.iconUrl(reader.nextString());
          case 4 -> guild.joinedAt(readInstant(reader));
          case 5 -> guild.createdAt(readInstant(reader));
          default -> {
            reader.skipName();
            reader.skipValue();
          }
        }
      }
      reader.endObject();
      return guild.build();
    }
  }

  /** Reads {@code {"users": [...]}}. */
  List<DiscordUser> readUserList(BufferedSource source) throws IOException {
    try (JsonReader reader = JsonReader.of(source)) {
      List<DiscordUser> users = null;
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(USERS) == 0) {
          users = readUsers(reader);
        } else {
          reader.skipName();
          reader.skipValue();
        }
      }
      reader.endObject();
      if (users == null) {
        throw new JsonDataException("Required value 'users' missing at $");
      }
      return users;
    }
  }

  /** Reads the response of {@code POST /api/users/batch}. */
  UserBatchResult readBatchResult(BufferedSource source) throws IOException {
    try (JsonReader reader = JsonReader.of(source)) {
      var result = UserBatchResult.builder();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(BATCH_FIELDS)) {
          case 0 -> result.users(readUsers(reader));
          case 1 -> result.created(reader.nextLong());
          case 2 -> result.updated(reader.nextLong());
          case 3 -> result.total(reader.nextLong());
          default -> {
            reader.skipName();
            reader.skipValue();
          }
        }
      }
      reader.endObject();
      return result.build();
    }
  }

  /** Writes users as the JSON array {@code POST /api/users/batch} takes. */
  RequestBody writeBatch(List<NewUser> users) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginArray();
      for (NewUser user : users) {
        writer.beginObject();
        writer.name("discord_id").value(user.discordId());
        writer.name("username").value(user.username());
        String discriminator = user.discriminator();
        if (discriminator != null) {
          writer.name("discriminator").value(discriminator);
        }
        String avatarUrl = user.avatarUrl();
        if (avatarUrl != null) {
          writer.name("avatar_url").value(avatarUrl);
        }
        Instant createdAt = user.createdAt();
        if (createdAt != null) {
          writer.name("created_at");
          instants.toJson(writer, createdAt);
        }
        writer.endObject();
      }
      writer.endArray();
    }
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  private Instant readInstant(JsonReader reader) throws IOException {
    Instant instant = instants.fromJson(reader);
    if (instant == null) {
      throw new JsonDataException("Expected a datetime at " + reader.getPath());
    }
    return instant;
  }

  private List<DiscordUser> readUsers(JsonReader reader) throws IOException {
    List<DiscordUser> users = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      users.add(readUser(reader));
    }
    reader.endArray();
    return users;
  }

  private DiscordUser readUser(JsonReader reader) throws IOException {
    DiscordUser.Builder user = DiscordUser.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      int field = reader.selectName(USER_FIELDS);
      if (field >= 0 && reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        continue;
      }
      switch (field) {
        case 0 -> user.id(reader.nextLong());
        case 1 -> user.discordId(reader.nextLong());
        case 2 -> user.username(reader.nextString());
        case 3 -> user.discriminator(reader.nextString());
        case 4 -> user.avatarUrl(reader.nextString());
        case 5 -> user.createdAt(readInstant(reader));
        case 6 -> user.bytesBalance(reader.nextLong());
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return user.build();
  }
}

package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the server's datetimes.
 *
 * <p>The server sends ISO-8601 local times without an offset ({@code 2026-11-24T03:10:00}, plus
 * {@code .123456} when the microseconds are not zero); they are read in the server's zone. A value
 * that does carry an offset ({@code Z}, {@code +02:00}) is honoured. The server parses what it
 * receives with Python's {@code datetime.fromisoformat} and drops any offset without converting, so
 * values are written in the server's zone with no offset, truncated to microseconds, with the
 * fraction only when it is not zero.
 */
public final class InstantJsonAdapter extends JsonAdapter<Instant> {
  private static final DateTimeFormatter READ =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter();
  private static final DateTimeFormatter WRITE_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final DateTimeFormatter WRITE_MICROS =
      new DateTimeFormatterBuilder()
          .append(WRITE_SECONDS)
          .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
          .toFormatter();

  private final ZoneId serverZone;

  /**
   * Creates an adapter for a server running in {@code serverZone}.
   *
   * @param serverZone the zone of the server's naive datetimes
   */
  public InstantJsonAdapter(ZoneId serverZone) {
    this.serverZone = Objects.requireNonNull(serverZone, "serverZone == null");
  }

  @Override
  public @Nullable Instant fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString();
    try {
      return parse(text);
    } catch (DateTimeException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 datetime but was \"" + text + "\" at path " + reader.getPath(), e);
    }
  }

  Instant parse(String text) {
    var parsed = READ.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime) {
      return ((OffsetDateTime) parsed).toInstant();
    }
    return ((LocalDateTime) parsed).atZone(serverZone).toInstant();
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.value(format(value));
  }

  /**
   * Formats {@code instant} as the server expects to receive it.
   *
   * @param instant the time to format
   * @return a naive local time in the server's zone
   */
  public String format(Instant instant) {
    LocalDateTime local =
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), serverZone);
    return (local.get(ChronoField.NANO_OF_SECOND) == 0 ? WRITE_SECONDS : WRITE_MICROS)
        .format(local);
  }

  @Override
  public String toString() {
    return "JsonAdapter(Instant, server zone " + serverZone + ")";
  }
}

package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the server's datetimes.
 *
 * <p>The server sends ISO-8601 local times without an offset ({@code 2026-11-24T03:10:00}, plus
 * {@code .123456} when the microseconds are not zero); they are read in the server's zone, digit by
 * digit on this hot path. A value that does carry an offset ({@code Z}, {@code +02:00}) is
 * honoured. The server parses what it receives with Python's {@code datetime.fromisoformat} and
 * drops any offset without converting, so values are written in the server's zone with no offset,
 * truncated to microseconds, with the fraction only when it is not zero.
 */
public final class InstantJsonAdapter extends JsonAdapter<Instant> {
  private static final int SECONDS_END = 19;
  private static final long SECONDS_PER_DAY = 86_400;

  private final ZoneId serverZone;
  private final @Nullable ZoneOffset fixedOffset;

  /**
   * Creates an adapter for a server running in {@code serverZone}.
   *
   * @param serverZone the zone of the server's naive datetimes
   */
  public InstantJsonAdapter(ZoneId serverZone) {
    this.serverZone = Objects.requireNonNull(serverZone, "serverZone == null");
    this.fixedOffset = serverZone instanceof ZoneOffset ? (ZoneOffset) serverZone : null;
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
    Instant naive = parseServerLayout(text);
    if (naive != null) {
      return naive;
    }
    return hasOffset(text)
        ? OffsetDateTime.parse(text, Formatters.READ).toInstant()
        : LocalDateTime.parse(text, Formatters.READ).atZone(serverZone).toInstant();
  }

  /**
   * Reads the server's own layout, {@code uuuu-MM-ddTHH:mm:ss} with an optional fraction of 1 to 9
   * digits and no offset, digit by digit; returns {@code null} for anything else.
   */
  private @Nullable Instant parseServerLayout(String text) {
    int length = text.length();
    if (length < SECONDS_END
        || length == SECONDS_END + 1
        || length > SECONDS_END + 10
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || (length > SECONDS_END && text.charAt(SECONDS_END) != '.')) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, SECONDS_END);
    int nanos = length > SECONDS_END ? digits(text, SECONDS_END + 1, length) : 0;
    if ((year | month | day | hour | minute | second | nanos) < 0) {
      return null;
    }
    for (int i = length - SECONDS_END - 1; i < 9 && length > SECONDS_END; i++) {
      nanos *= 10;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException outOfRange) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    if (fixedOffset != null) {
      long secondOfDay = hour * 3_600L + minute * 60L + second;
      return Instant.ofEpochSecond(
          date.toEpochDay() * SECONDS_PER_DAY + secondOfDay - fixedOffset.getTotalSeconds(), nanos);
    }
    return LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos))
        .atZone(serverZone)
        .toInstant();
  }

  /** The non-negative number written by the ASCII digits {@code text[from, to)}, or -1. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Whether the text after the time of day carries {@code Z} or a {@code +hh:mm}/{@code -hh:mm}.
   */
  private static boolean hasOffset(String text) {
    int time = text.indexOf('T');
    return time >= 0
        && (text.endsWith("Z") || text.indexOf('+', time) >= 0 || text.indexOf('-', time) >= 0);
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
   * @throws IllegalArgumentException if the year in the server's zone is not in 1..9999, which
   *     Python's {@code datetime} cannot hold
   */
  public String format(Instant instant) {
    LocalDateTime local =
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), serverZone);
    if (local.getYear() < 1 || local.getYear() > 9999) {
      throw new IllegalArgumentException(
          "the server reads years 1 to 9999 only, so " + instant + " cannot be sent");
    }
    return (local.get(ChronoField.NANO_OF_SECOND) == 0
            ? Formatters.WRITE_SECONDS
            : Formatters.WRITE_MICROS)
        .format(local);
  }

  @Override
  public String toString() {
    return "JsonAdapter(Instant, server zone " + serverZone + ")";
  }

  /**
   * The formatters, built on first use: reading the server's own layout needs none, and building
   * them costs a client's start-up several milliseconds.
   */
  private static final class Formatters {
    static final DateTimeFormatter READ =
        new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter WRITE_SECONDS =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    static final DateTimeFormatter WRITE_MICROS =
        new DateTimeFormatterBuilder()
            .append(WRITE_SECONDS)
            .appendFraction(ChronoField.MICRO_OF_SECOND, 6, 6, true)
            .toFormatter();
  }
}

package dev.smarter.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.smarter.sdk.internal.InstantJsonAdapter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A prototype of a faster datetime reader for the SDK, measured against its {@link
 * InstantJsonAdapter}: the server's own layout ({@code 2026-11-24T03:10:00} or {@code
 * 2026-11-24T03:10:00.123456}, no offset) is read digit by digit; anything else (an offset, an
 * unusual layout) goes to {@link InstantJsonAdapter}, which also does all the writing. The SDK's
 * adapter uses {@code DateTimeFormatter.parseBest(OffsetDateTime, LocalDateTime)}, which throws and
 * catches a {@link DateTimeException} for every value without an offset.
 */
final class FixedLayoutInstantAdapter extends JsonAdapter<Instant> {
  private static final int SECONDS_END = 19;

  private final ZoneOffset serverZone;
  private final InstantJsonAdapter fallback;

  FixedLayoutInstantAdapter(ZoneOffset serverZone) {
    this.serverZone = serverZone;
    this.fallback = new InstantJsonAdapter(serverZone);
  }

  @Override
  public @Nullable Instant fromJson(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      return fallback.fromJson(reader);
    }
    String text = reader.nextString();
    Instant fast = parseNaive(text);
    return fast != null ? fast : fallback.fromJsonValue(text);
  }

  /** Parses {@code uuuu-MM-ddTHH:mm:ss[.f...]} in the server's zone, or returns null. */
  @Nullable Instant parseNaive(String text) {
    int length = text.length();
    if (length < SECONDS_END
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int nanos = 0;
    if (length > SECONDS_END) {
      if (text.charAt(SECONDS_END) != '.'
          || length > SECONDS_END + 10
          || length == SECONDS_END + 1) {
        return null;
      }
      int digits = number(text, SECONDS_END + 1, length);
      if (digits < 0) {
        return null;
      }
      nanos = digits;
      for (int i = length - SECONDS_END - 1; i < 9; i++) {
        nanos *= 10;
      }
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 7);
    int day = number(text, 8, 10);
    int hour = number(text, 11, 13);
    int minute = number(text, 14, 16);
    int second = number(text, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(serverZone);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
    fallback.toJson(writer, value);
  }

  @Override
  public String toString() {
    return "JsonAdapter(Instant, fixed layout, server zone " + serverZone + ")";
  }
}

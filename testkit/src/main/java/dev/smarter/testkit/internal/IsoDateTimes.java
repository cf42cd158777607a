package dev.smarter.testkit.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server's datetime text formats: CPython 3.11's {@code datetime.fromisoformat} for requests
 * (the offset, if any, is parsed and then dropped, as the server's SQLite storage does) and {@code
 * datetime.isoformat()} for responses (microseconds only when non-zero, never an offset).
 */
final class IsoDateTimes {
  private IsoDateTimes() {}

  /** {@code isoformat()} of a naive datetime. */
  static String format(LocalDateTime value) {
    StringBuilder out = new StringBuilder(26);
    pad(out, value.getYear(), 4).append('-');
    pad(out, value.getMonthValue(), 2).append('-');
    pad(out, value.getDayOfMonth(), 2).append('T');
    pad(out, value.getHour(), 2).append(':');
    pad(out, value.getMinute(), 2).append(':');
    pad(out, value.getSecond(), 2);
    int micros = value.getNano() / 1000;
    if (micros != 0) {
      out.append('.');
      pad(out, micros, 6);
    }
    return out.toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  /**
   * {@code datetime.fromisoformat(text)} with the offset dropped; empty when Python raises {@code
   * ValueError}. Truncated to microseconds.
   */
  static Optional<LocalDateTime> parse(String text) {
    try {
      return Optional.ofNullable(parseOrNull(text));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static @Nullable LocalDateTime parseOrNull(String input) {
    String text = withAsciiSeparator(input);
    if (text == null) {
      return null;
    }
    int dateLength = dateLength(text);
    if (dateLength < 0 || dateLength > text.length()) {
      return null;
    }
    LocalDate date = parseDate(text.substring(0, dateLength));
    if (date == null) {
      return null;
    }
    if (text.length() == dateLength) {
      return date.atStartOfDay();
    }
    String time = text.substring(dateLength + 1);
    if (time.isEmpty()) {
      return null;
    }
    LocalTime localTime = parseTimeWithOffset(time);
    return localTime == null ? null : LocalDateTime.of(date, localTime);
  }

  /**
   * {@code text} with its one non-ASCII character, if any, replaced by {@code T}; {@code null} when
   * it has more. CPython takes any one character as the date-time separator, a non-ASCII one (a
   * lone surrogate included) too, and nothing else non-ASCII: where {@code T} cannot stand, the
   * parse fails as Python's does.
   */
  private static @Nullable String withAsciiSeparator(String text) {
    if (allAscii(text)) {
      return text;
    }
    int[] codePoints = text.codePoints().toArray();
    int nonAscii = -1;
    for (int i = 0; i < codePoints.length; i++) {
      if (codePoints[i] >= 0x80) {
        if (nonAscii >= 0) {
          return null;
        }
        nonAscii = i;
      }
    }
    codePoints[nonAscii] = 'T';
    return new String(codePoints, 0, codePoints.length);
  }

  /** Python's {@code _find_isoformat_datetime_separator}, simplified to the accepted shapes. */
  private static int dateLength(String s) {
    int len = s.length();
    if (len == 7) {
      return 7;
    }
    if (len < 7) {
      return -1;
    }
    if (s.charAt(4) == '-') {
      if (s.charAt(5) != 'W') {
        return 10;
      }
      if (len > 8 && s.charAt(8) == '-') {
        if (len == 9) {
          return -1;
        }
        return len > 10 && isDigit(s.charAt(10)) ? 8 : 10;
      }
      return 8;
    }
    if (s.charAt(4) == 'W') {
      int idx = 7;
      while (idx < len && isDigit(s.charAt(idx))) {
        idx++;
      }
      return idx < 9 ? idx : (idx % 2 == 0 ? 7 : 8);
    }
    return 8;
  }

  private static @Nullable LocalDate parseDate(String d) {
    if (!allAscii(d) || d.length() < 7 || !digits(d, 0, 4)) {
      return null;
    }
    int year = Integer.parseInt(d.substring(0, 4));
    boolean extended = d.charAt(4) == '-';
    int pos = extended ? 5 : 4;
    if (pos < d.length() && d.charAt(pos) == 'W') {
      pos++;
      if (!digits(d, pos, pos + 2)) {
        return null;
      }
      int week = Integer.parseInt(d.substring(pos, pos + 2));
      pos += 2;
      int day = 1;
      if (pos < d.length()) {
        if (extended) {
          if (d.charAt(pos) != '-') {
            return null;
          }
          pos++;
        }
        if (pos + 1 != d.length() || !digits(d, pos, pos + 1)) {
          return null;
        }
        day = d.charAt(pos) - '0';
      }
      if (year < 1 || week < 1 || day < 1 || day > 7) {
        return null;
      }
      LocalDate base = LocalDate.of(year, 6, 1);
      if (week > base.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return null;
      }
      return base.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(WeekFields.ISO.dayOfWeek(), day);
    }
    String month;
    String day;
    if (extended) {
      if (d.length() != 10 || d.charAt(7) != '-') {
        return null;
      }
      month = d.substring(5, 7);
      day = d.substring(8, 10);
    } else {
      if (d.length() != 8) {
        return null;
      }
      month = d.substring(4, 6);
      day = d.substring(6, 8);
    }
    if (!digits(month, 0, 2) || !digits(day, 0, 2) || year < 1) {
      return null;
    }
    return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  /** CPython's {@code parse_isoformat_time}; the offset is validated, then dropped. */
  private static @Nullable LocalTime parseTimeWithOffset(String t) {
    int tzAt = 0;
    while (tzAt < t.length()) {
      char c = t.charAt(tzAt);
      if (c == 'Z' || c == '+' || c == '-') {
        break;
      }
      tzAt++;
    }
    int[] time = new int[4];
    int rv = parseHhMmSsFf(t, 0, tzAt, time);
    if (rv < 0) {
      return null;
    }
    if (tzAt == t.length()) {
      return rv == 1 ? null : toTime(time);
    }
    if (t.charAt(tzAt) == 'Z') {
      return tzAt + 1 == t.length() ? toTime(time) : null;
    }
    int[] offset = new int[4];
    if (parseHhMmSsFf(t, tzAt + 1, t.length(), offset) != 0) {
      return null;
    }
    long offsetMicros =
        ((offset[0] * 3600L) + (offset[1] * 60L) + offset[2]) * 1_000_000L + offset[3];
    return offsetMicros < 86_400_000_000L ? toTime(time) : null;
  }

  private static @Nullable LocalTime toTime(int[] c) {
    if (c[0] > 23 || c[1] > 59 || c[2] > 59) {
      return null;
    }
    return LocalTime.of(c[0], c[1], c[2], c[3] * 1000);
  }

  /**
   * CPython's {@code parse_hh_mm_ss_ff}: 0 at the end of the text, 1 if more follows, &lt;0 on
   * error.
   */
  @SuppressWarnings("RedundantControlFlow") // mirrors CPython's branch structure
  private static int parseHhMmSsFf(String s, int from, int until, int[] out) {
    int p = from;
    boolean hasSeparator = true;
    for (int i = 0; i < 3; i++) {
      if (!digits(s, p, p + 2)) {
        return -3;
      }
      out[i] = Integer.parseInt(s.substring(p, p + 2));
      p += 2;
      char c = charAt(s, p++);
      if (i == 0) {
        hasSeparator = c == ':';
      }
      if (p >= until) {
        return c != 0 ? 1 : 0;
      } else if (hasSeparator && c == ':') {
        continue;
      } else if (c == '.' || c == ',') {
        break;
      } else if (!hasSeparator) {
        p--;
      } else {
        return -4;
      }
    }
    int toParse = Math.min(until - p, 6);
    if (toParse <= 0 || !digits(s, p, p + toParse)) {
      return -3;
    }
    int micros = Integer.parseInt(s.substring(p, p + toParse));
    for (int i = toParse; i < 6; i++) {
      micros *= 10;
    }
    out[3] = micros;
    p += toParse;
    while (isDigit(charAt(s, p))) {
      p++;
    }
    return charAt(s, p) != 0 ? 1 : 0;
  }

  private static char charAt(String s, int index) {
    return index < s.length() ? s.charAt(index) : 0;
  }

  private static boolean digits(String s, int from, int to) {
    if (to > s.length() || from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }
}

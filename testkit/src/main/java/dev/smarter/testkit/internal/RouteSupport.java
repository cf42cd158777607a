package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the route classes: the server's {@code parse_datetime}, ids, list bodies. */
final class RouteSupport {
  private RouteSupport() {}

  /**
   * The server's {@code parse_datetime}: falsy → {@code None}; a string → {@code fromisoformat}, or
   * now if that fails; anything else is passed through unchanged (and rejected by SQLAlchemy when
   * stored).
   */
  static @Nullable Object parseDatetime(@Nullable Object value, ServerTime time) {
    if (!Py.truthy(value)) {
      return null;
    }
    if (value instanceof String) {
      Optional<LocalDateTime> parsed = IsoDateTimes.parse((String) value);
      return parsed.isPresent() ? parsed.get() : time.localNow();
    }
    return value;
  }

  /** A path id as the SQL parameter it becomes (too large → Python's OverflowError). */
  static long pathId(ApiRequest request, int index) {
    return (Long) SqlValues.bind(request.pathInt(index), 1);
  }

  static Map<String, @Nullable Object> wrap(String key, List<Row> rows) {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put(key, maps(rows));
    return body;
  }

  static List<Map<String, @Nullable Object>> maps(List<Row> rows) {
    List<Map<String, @Nullable Object>> result = new ArrayList<>(rows.size());
    for (Row row : rows) {
      result.add(row.toMap());
    }
    return result;
  }

  /**
   * {@code order_by(desc(column))} as SQLite answers it: rows with equal values keep the order of
   * the scan, lowest id first.
   */
  static List<Row> newestFirst(List<Row> rows, String column) {
    return Table.orderBy(rows, column, true);
  }

  /** Python's {@code items[:limit]}. */
  static <T> List<T> slice(List<T> items, BigInteger limit) {
    int size = items.size();
    BigInteger end = limit.signum() >= 0 ? limit : limit.add(BigInteger.valueOf(size));
    int to = end.max(BigInteger.ZERO).min(BigInteger.valueOf(size)).intValue();
    return items.subList(0, to);
  }

  /** {@code (now - then).total_seconds()} for two naive datetimes. */
  static double secondsBetween(LocalDateTime then, LocalDateTime now) {
    return ChronoUnit.MICROS.between(then, now) / 1e6;
  }

  static Map<String, @Nullable Object> fields(@Nullable Object... keysAndValues) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The "Missing required field: X" check of the create routes. */
  static void requireFields(@Nullable Object data, String... fields) {
    for (String field : fields) {
      if (!Py.contains(data, field)) {
        throw ResponseException.error(400, "Missing required field: " + field);
      }
    }
  }

  /** Starlette's {@code if value:} on a query parameter. */
  static boolean present(@Nullable String value) {
    return value != null && !value.isEmpty();
  }
}

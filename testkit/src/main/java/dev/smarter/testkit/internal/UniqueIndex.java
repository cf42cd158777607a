package dev.smarter.testkit.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hash indexes on a table's UNIQUE columns of INTEGER or TEXT affinity, so {@code column == value}
 * lookups and UNIQUE checks need not scan every row.
 *
 * <p>Guarantee: for an indexed column and a <em>key</em> {@code v} (a stored-form {@link Long} or
 * {@link String}, see {@link #answers}), {@link #get} returns the one row {@code r} with {@code
 * SqlValues.matches(r.values[column], b, affinity)} for every bound {@code b} whose {@code
 * SqlValues.store(b, affinity)} is {@code v}, or {@code null} if no row matches. That holds because
 * {@code matches} compares {@code store(b)} with the stored value by SQL comparison within one
 * storage class, which for a Long or String is Java equality with a stored Long or String: an
 * INTEGER column never stores a Double equal to a long other than -2^63 ({@code store} shrinks the
 * others to Long, as SQLite does; so {@link Long#MIN_VALUE} is not a key), a TEXT column stores no
 * numbers, and a datetime never matches text. UNIQUE admits at most one row per key. Values that
 * are not keys ({@code null}, Double, datetime) are not indexed: callers must scan for them.
 *
 * <p>The table keeps the index in step on insert, update, delete, clear and in the undo actions it
 * logs, so a rolled-back transaction leaves the index as it was.
 */
final class UniqueIndex {
  /** Column position to (key to row), for the indexed columns only. */
  private final Map<Integer, Map<Object, Row>> byColumn = new HashMap<>();

  UniqueIndex(TableSchema schema) {
    for (int i = 0; i < schema.columns.size(); i++) {
      Column column = schema.columns.get(i);
      boolean keyed = column.affinity == Affinity.INTEGER || column.affinity == Affinity.TEXT;
      if (column.unique && keyed) {
        byColumn.put(i, new HashMap<>());
      }
    }
  }

  /** Whether {@link #get} gives the exact answer for stored-form {@code value} in that column. */
  boolean answers(int position, @Nullable Object value) {
    return byColumn.containsKey(position) && isKey(value);
  }

  /** The row holding {@code key} in that column; only meaningful when {@link #answers} is true. */
  @Nullable Row get(int position, Object key) {
    return byColumn.get(position).get(key);
  }

  void add(Row row) {
    byColumn.forEach(
        (position, index) -> {
          Object value = row.values[position];
          if (isKey(value)) {
            index.put(value, row);
          }
        });
  }

  void remove(Row row) {
    byColumn.forEach((position, index) -> index.remove(row.values[position], row));
  }

  void clear() {
    byColumn.values().forEach(Map::clear);
  }

  private static boolean isKey(@Nullable Object value) {
    return (value instanceof Long && (Long) value != Long.MIN_VALUE) || value instanceof String;
  }
}

package dev.smarter.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One stored row. Mutated only by its {@link Table}, under the database lock. */
final class Row {
  final long id;
  final TableSchema schema;
  final @Nullable Object[] values;

  /**
   * Which datetime values SQLite wrote itself ({@code func.now()}: {@code CURRENT_TIMESTAMP}, text
   * {@code 2026-11-24 03:10:00}); the others were bound from Python datetimes, which SQLAlchemy
   * stores with six fraction digits ({@code 2026-11-24 03:10:00.000000}). Both read back as the
   * same time, but SQLite sorts the text, and the shorter one first.
   */
  final boolean[] databaseTimes;

  Row(long id, TableSchema schema, @Nullable Object[] values, boolean[] databaseTimes) {
    this.id = id;
    this.schema = schema;
    this.values = values;
    this.databaseTimes = databaseTimes;
  }

  @Nullable Object get(String column) {
    return values[schema.indexOf(column)];
  }

  /** Whether {@code column} holds a time SQLite wrote as {@code CURRENT_TIMESTAMP}. */
  boolean hasDatabaseTime(String column) {
    return databaseTimes[schema.indexOf(column)];
  }

  /** {@code model_to_dict(row)}: every column in order, {@code null} included. */
  Map<String, @Nullable Object> toMap() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", id);
    for (int i = 0; i < schema.columns.size(); i++) {
      map.put(schema.columns.get(i).name, values[i]);
    }
    return map;
  }
}

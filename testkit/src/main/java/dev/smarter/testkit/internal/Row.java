package dev.smarter.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One stored row. Mutated only by its {@link Table}, under the database lock. */
final class Row {
  final long id;
  final TableSchema schema;
  final @Nullable Object[] values;

  Row(long id, TableSchema schema, @Nullable Object[] values) {
    this.id = id;
    this.schema = schema;
    this.values = values;
  }

  @Nullable Object get(String column) {
    return values[schema.indexOf(column)];
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

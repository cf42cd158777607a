package dev.smarter.testkit.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A table held in memory with SQLite's rules: rowids are {@code max(id) + 1}, values take the
 * column's affinity, and NOT NULL / UNIQUE violations fail the statement with SQLAlchemy's error
 * text. Every change is recorded in the database's undo log so a failed transaction leaves
 * nothing behind.
 */
final class Table {
  private static final String DATETIME_ERROR =
      "(builtins.TypeError) SQLite DateTime type only accepts Python datetime and date objects as"
          + " input.";

  final TableSchema schema;
  private final Database database;
  private final TreeMap<Long, Row> rows = new TreeMap<>();

  Table(TableSchema schema, Database database) {
    this.schema = schema;
    this.database = database;
  }

  Collection<Row> all() {
    return rows.values();
  }

  int size() {
    return rows.size();
  }

  Optional<Row> byId(long id) {
    return Optional.ofNullable(rows.get(id));
  }

  Optional<Row> first(Predicate<Row> predicate) {
    return rows.values().stream().filter(predicate).findFirst();
  }

  List<Row> where(Predicate<Row> predicate) {
    List<Row> result = new ArrayList<>();
    for (Row row : rows.values()) {
      if (predicate.test(row)) {
        result.add(row);
      }
    }
    return result;
  }

  /** {@code column == value} with SQLAlchemy/SQLite semantics; binding errors name {@code index}. */
  Predicate<Row> eq(String column, @Nullable Object pythonValue, int index) {
    Object bound = SqlValues.bind(pythonValue, index);
    int position = schema.indexOf(column);
    Affinity affinity = schema.columns.get(position).affinity;
    return row -> SqlValues.matches(row.values[position], bound, affinity);
  }

  /** {@code Model.id == value}: the integer primary key compared with a bound Python value. */
  Predicate<Row> idEq(@Nullable Object pythonValue, int index) {
    Object bound = SqlValues.bind(pythonValue, index);
    return row -> SqlValues.matches(row.id, bound, Affinity.INTEGER);
  }

  /** Inserts a row built from Python values; {@code null} means "not given" (defaults apply). */
  Row insert(Map<String, @Nullable Object> pythonValues) {
    List<Column> columns = schema.columns;
    @Nullable Object[] given = new Object[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Object value = pythonValues.get(column.name);
      if (value == null && column.hasDefault()) {
        value = column.defaultValue(database.time());
      }
      given[i] = value;
    }
    for (String key : pythonValues.keySet()) {
      schema.indexOf(key);
    }
    @Nullable Object[] stored = convert(given, allColumns());
    checkUnique(stored, null);
    long id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
    Row row = new Row(id, schema, stored);
    rows.put(id, row);
    database.onUndo(() -> rows.remove(id));
    return row;
  }

  /**
   * Sets columns of {@code row} to Python values, like assigning ORM attributes and committing:
   * values equal (in Python) to the current ones are no change; if anything changed, {@code
   * onupdate} columns are set to now. Returns whether an UPDATE happened.
   */
  boolean update(Row row, Map<String, @Nullable Object> pythonValues) {
    Map<Integer, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> entry : pythonValues.entrySet()) {
      int position = schema.indexOf(entry.getKey());
      if (!Py.pyEquals(row.values[position], entry.getValue())) {
        changed.put(position, entry.getValue());
      }
    }
    if (changed.isEmpty()) {
      return false;
    }
    for (int i = 0; i < schema.columns.size(); i++) {
      if (schema.columns.get(i).touchOnUpdate && !changed.containsKey(i)) {
        changed.put(i, database.time().databaseNow());
      }
    }
    @Nullable Object[] candidate = row.values.clone();
    boolean[] include = new boolean[candidate.length];
    for (Map.Entry<Integer, Object> entry : changed.entrySet()) {
      candidate[entry.getKey()] = entry.getValue();
      include[entry.getKey()] = true;
    }
    @Nullable Object[] stored = convert(candidate, include);
    checkUnique(stored, row);
    @Nullable Object[] before = row.values.clone();
    System.arraycopy(stored, 0, row.values, 0, stored.length);
    database.onUndo(() -> System.arraycopy(before, 0, row.values, 0, before.length));
    return true;
  }

  void delete(Row row) {
    rows.remove(row.id);
    database.onUndo(() -> rows.put(row.id, row));
  }

  void clear() {
    rows.clear();
  }

  private boolean[] allColumns() {
    boolean[] all = new boolean[schema.columns.size()];
    Arrays.fill(all, true);
    return all;
  }

  /** Type processing, binding, affinity and NOT NULL, in the order SQLAlchemy/SQLite fail. */
  private @Nullable Object[] convert(@Nullable Object[] values, boolean[] include) {
    List<Column> columns = schema.columns;
    for (int i = 0; i < values.length; i++) {
      if (include[i] && columns.get(i).affinity == Affinity.DATETIME
          && values[i] != null && !(values[i] instanceof LocalDateTime)) {
        throw new PyException(DATETIME_ERROR);
      }
    }
    @Nullable Object[] stored = values.clone();
    int parameter = 0;
    for (int i = 0; i < values.length; i++) {
      if (!include[i]) {
        continue;
      }
      parameter++;
      stored[i] = SqlValues.store(SqlValues.bind(values[i], parameter), columns.get(i).affinity);
    }
    for (int i = 0; i < values.length; i++) {
      if (include[i] && stored[i] == null && !columns.get(i).nullable) {
        throw new PyException(
            "(sqlite3.IntegrityError) NOT NULL constraint failed: "
                + schema.name
                + "."
                + columns.get(i).name);
      }
    }
    return stored;
  }

  private void checkUnique(@Nullable Object[] stored, @Nullable Row self) {
    for (int i = 0; i < stored.length; i++) {
      Column column = schema.columns.get(i);
      if (!column.unique || stored[i] == null) {
        continue;
      }
      int position = i;
      Object value = stored[i];
      boolean clash =
          rows.values().stream()
              .anyMatch(
                  other -> other != self
                      && SqlValues.matches(other.values[position], value, column.affinity));
      if (clash) {
        throw new PyException(
            "(sqlite3.IntegrityError) UNIQUE constraint failed: " + schema.name + "." + column.name);
      }
    }
  }
}

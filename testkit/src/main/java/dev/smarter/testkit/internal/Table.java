package dev.smarter.testkit.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A table held in memory with SQLite's rules: rowids are {@code max(id) + 1}, values take the
 * column's affinity, and NOT NULL / UNIQUE violations fail the statement with SQLAlchemy's error
 * text. Every change is recorded in the database's undo log so a failed transaction leaves nothing
 * behind.
 *
 * <p>{@link #first} and {@link #where} answer an {@link #eq} on a UNIQUE column, or an {@link
 * #idEq}, from a hash index when that gives exactly the scan's answer (see {@link UniqueIndex});
 * any other predicate, or a value the index cannot key, is answered by scanning in rowid order.
 */
final class Table {
  private static final String DATETIME_ERROR =
      "(builtins.TypeError) SQLite DateTime type only accepts Python datetime and date objects as"
          + " input.";

  /** {@link ColumnEquals#position} of the integer primary key. */
  private static final int ID = -1;

  final TableSchema schema;
  private final Database database;
  private final TreeMap<Long, Row> rows = new TreeMap<>();
  private final UniqueIndex unique;

  Table(TableSchema schema, Database database) {
    this.schema = schema;
    this.database = database;
    this.unique = new UniqueIndex(schema);
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
    return select(predicate).findFirst();
  }

  List<Row> where(Predicate<Row> predicate) {
    return select(predicate).collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * {@code column == value} with SQLAlchemy/SQLite semantics; binding errors name {@code index}.
   */
  Predicate<Row> eq(String column, @Nullable Object pythonValue, int index) {
    return new ColumnEquals(schema.indexOf(column), SqlValues.bind(pythonValue, index));
  }

  /**
   * {@code query(Model).filter(column == value, ...)[.order_by(desc(order))].first()}. A value the
   * driver cannot bind (a list, a dict) fails as SQLAlchemy reports it, with the {@code SELECT}
   * ({@link OrmStatement#firstWhere}); the column {@code id} is the primary key.
   *
   * @param descendingOrder the column of an {@code order_by(desc(...))}, or {@code null}
   * @param columnsAndValues column names and Python values, in the filter's order
   */
  Optional<Row> firstWhere(@Nullable String descendingOrder, @Nullable Object... columnsAndValues) {
    List<String> columns = new ArrayList<>();
    List<@Nullable Object> values = new ArrayList<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      columns.add((String) columnsAndValues[i]);
      values.add(columnsAndValues[i + 1]);
    }
    Predicate<Row> filter = null;
    try {
      for (int i = 0; i < columns.size(); i++) {
        Predicate<Row> condition =
            columns.get(i).equals("id")
                ? idEq(values.get(i), i + 1)
                : eq(columns.get(i), values.get(i), i + 1);
        filter = filter == null ? condition : filter.and(condition);
      }
    } catch (PyException e) {
      throw OrmStatement.firstWhere(schema, columns, values, descendingOrder).explain(e);
    }
    Objects.requireNonNull(filter, "no condition");
    return descendingOrder == null
        ? first(filter)
        : orderBy(where(filter), descendingOrder, true).stream().findFirst();
  }

  /**
   * {@code order_by(column)} (ascending, ties by id) or its descending variant. SQLite sorts
   * datetimes as their text: a time it wrote itself ({@code 03:10:00}) comes before the same time
   * bound from Python ({@code 03:10:00.000000}), so newest first lists the bound one first.
   */
  static List<Row> orderBy(List<Row> rows, String column, boolean descending) {
    List<Row> sorted = new ArrayList<>(rows);
    Comparator<Row> byColumn =
        Comparator.comparing((Row row) -> row.get(column), SqlValues.ORDER)
            .thenComparing(row -> !row.hasDatabaseTime(column));
    sorted.sort((descending ? byColumn.reversed() : byColumn).thenComparingLong(row -> row.id));
    return sorted;
  }

  /** {@code Model.id == value}: the integer primary key compared with a bound Python value. */
  Predicate<Row> idEq(@Nullable Object pythonValue, int index) {
    return new ColumnEquals(ID, SqlValues.bind(pythonValue, index));
  }

  /** {@code column == bound}; {@link #first} and {@link #where} may answer it from an index. */
  private final class ColumnEquals implements Predicate<Row> {
    final int position;
    final @Nullable Object bound;
    final Affinity affinity;

    /** The stored form of {@code bound}: what {@link SqlValues#matches} compares values with. */
    final @Nullable Object key;

    ColumnEquals(int position, @Nullable Object bound) {
      this.position = position;
      this.bound = bound;
      this.affinity = position == ID ? Affinity.INTEGER : schema.columns.get(position).affinity;
      this.key = SqlValues.store(bound, affinity);
    }

    @Override
    public boolean test(Row row) {
      return SqlValues.matches(position == ID ? row.id : row.values[position], bound, affinity);
    }

    Table table() {
      return Table.this;
    }
  }

  /**
   * The rows {@code predicate} selects, in rowid order: by the primary key or a {@link UniqueIndex}
   * when that gives exactly the scan's answer, else by scanning.
   */
  private Stream<Row> select(Predicate<Row> predicate) {
    if (predicate instanceof ColumnEquals && ((ColumnEquals) predicate).table() == this) {
      ColumnEquals eq = (ColumnEquals) predicate;
      // the row found is re-tested, so an index can never add a row the scan would not select
      if (eq.position == ID && eq.key instanceof Long) {
        // ids are Longs, and a Long key matches exactly the equal id
        return Stream.ofNullable(rows.get(eq.key)).filter(eq);
      } else if (eq.position != ID && unique.answers(eq.position, eq.key)) {
        return Stream.ofNullable(unique.get(eq.position, eq.key)).filter(eq);
      }
    }
    return rows.values().stream().filter(predicate);
  }

  /** Inserts a row built from Python values; {@code null} means "not given" (defaults apply). */
  Row insert(Map<String, @Nullable Object> pythonValues) {
    return insertAll(List.of(pythonValues)).get(0);
  }

  /**
   * Inserts rows in order as one flush does: rows that follow each other with the same columns
   * given form one {@code executemany}, whose values are all type-processed before its first row is
   * sent (a type error names every row of it), and which returns the new ids ({@code RETURNING id})
   * when it has more than one row.
   */
  List<Row> insertAll(List<Map<String, @Nullable Object>> pythonValuesOfRows) {
    List<PlannedInsert> plans = new ArrayList<>();
    for (Map<String, @Nullable Object> pythonValues : pythonValuesOfRows) {
      plans.add(planInsert(pythonValues));
    }
    List<Row> inserted = new ArrayList<>(plans.size());
    for (List<PlannedInsert> batch :
        executemanyGroups(plans, (a, b) -> Arrays.equals(a.databaseTimes, b.databaseTimes))) {
      boolean manyRows = batch.size() > 1;
      for (PlannedInsert plan : batch) {
        try {
          checkTypes(plan.pythonValues, allColumns());
        } catch (PyException e) {
          throw OrmStatement.insert(schema, batch, manyRows).explain(e);
        }
      }
      for (PlannedInsert plan : batch) {
        try {
          inserted.add(apply(plan));
        } catch (PyException e) {
          throw OrmStatement.insert(schema, List.of(plan), manyRows).explain(e);
        }
      }
    }
    return inserted;
  }

  /**
   * The runs of consecutive rows that SQLAlchemy sends as one {@code executemany}: rows that give
   * the same columns ({@code sameColumns}).
   */
  private static <T> List<List<T>> executemanyGroups(List<T> rows, BiPredicate<T, T> sameColumns) {
    List<List<T>> groups = new ArrayList<>();
    for (int start = 0; start < rows.size(); ) {
      int end = start + 1;
      while (end < rows.size() && sameColumns.test(rows.get(start), rows.get(end))) {
        end++;
      }
      groups.add(rows.subList(start, end));
      start = end;
    }
    return groups;
  }

  private PlannedInsert planInsert(Map<String, @Nullable Object> pythonValues) {
    List<Column> columns = schema.columns;
    @Nullable Object[] given = new Object[columns.size()];
    boolean[] databaseTimes = new boolean[columns.size()];
    boolean[] defaulted = new boolean[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      Object value = pythonValues.get(column.name);
      if (value == null && column.hasDefault()) {
        value = column.defaultValue(database.time());
        databaseTimes[i] = column.affinity == Affinity.DATETIME;
        defaulted[i] = true;
      }
      given[i] = value;
    }
    for (String key : pythonValues.keySet()) {
      schema.indexOf(key);
    }
    return new PlannedInsert(given, databaseTimes, defaulted);
  }

  private Row apply(PlannedInsert plan) {
    @Nullable Object[] stored = convert(plan.pythonValues, allColumns(), plan.databaseTimes);
    checkUnique(stored, null);
    long id = rows.isEmpty() ? 1 : rows.lastKey() + 1;
    Row row = new Row(id, schema, stored, plan.databaseTimes.clone());
    rows.put(id, row);
    unique.add(row);
    database.onUndo(
        () -> {
          rows.remove(id);
          unique.remove(row);
        });
    return row;
  }

  /** One new row: its values as Python gives them, the database's times, the defaulted columns. */
  static final class PlannedInsert {
    final @Nullable Object[] pythonValues;
    final boolean[] databaseTimes;
    final boolean[] defaulted;

    PlannedInsert(@Nullable Object[] pythonValues, boolean[] databaseTimes, boolean[] defaulted) {
      this.pythonValues = pythonValues;
      this.databaseTimes = databaseTimes;
      this.defaulted = defaulted;
    }
  }

  /**
   * Sets columns of {@code row} to Python values, like assigning ORM attributes and committing:
   * values equal (in Python) to the current ones are no change; if anything changed, {@code
   * onupdate} columns are set to now. Returns whether an UPDATE happened.
   */
  boolean update(Row row, Map<String, @Nullable Object> pythonValues) {
    return updateAll(Map.of(row, pythonValues)) > 0;
  }

  /**
   * Sets columns of several rows in one flush, as SQLAlchemy emits it: the rows that change, in id
   * order, and those that change the same columns one after another in one {@code executemany},
   * whose error names every row of it. Returns how many rows changed.
   */
  int updateAll(Map<Row, Map<String, @Nullable Object>> pythonValuesByRow) {
    List<Row> ordered = new ArrayList<>(pythonValuesByRow.keySet());
    ordered.sort(Comparator.comparingLong(row -> row.id));
    List<PlannedUpdate> plans = new ArrayList<>();
    for (Row row : ordered) {
      PlannedUpdate plan = plan(row, pythonValuesByRow.get(row));
      if (plan != null) {
        plans.add(plan);
      }
    }
    for (List<PlannedUpdate> batch :
        executemanyGroups(plans, (a, b) -> Arrays.equals(a.include, b.include))) {
      for (PlannedUpdate plan : batch) {
        try {
          checkTypes(plan.pythonValues, plan.include);
        } catch (PyException e) {
          throw OrmStatement.update(schema, batch).explain(e);
        }
      }
      for (PlannedUpdate plan : batch) {
        try {
          apply(plan);
        } catch (PyException e) {
          throw OrmStatement.update(schema, batch).explain(e);
        }
      }
    }
    return plans.size();
  }

  /** The new values of one row's UPDATE, or {@code null} when nothing changes. */
  private @Nullable PlannedUpdate plan(Row row, Map<String, @Nullable Object> pythonValues) {
    Map<Integer, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, @Nullable Object> entry : pythonValues.entrySet()) {
      int position = schema.indexOf(entry.getKey());
      if (!Py.pyEquals(row.values[position], entry.getValue())) {
        changed.put(position, entry.getValue());
      }
    }
    if (changed.isEmpty()) {
      return null;
    }
    for (int i = 0; i < schema.columns.size(); i++) {
      if (schema.columns.get(i).touchOnUpdate && !changed.containsKey(i)) {
        changed.put(i, database.time().databaseNow());
      }
    }
    @Nullable Object[] candidate = row.values.clone();
    boolean[] databaseTimes = row.databaseTimes.clone();
    boolean[] include = new boolean[candidate.length];
    for (Map.Entry<Integer, Object> entry : changed.entrySet()) {
      int position = entry.getKey();
      candidate[position] = entry.getValue();
      include[position] = true;
      databaseTimes[position] = schema.columns.get(position).touchOnUpdate;
    }
    return new PlannedUpdate(row, candidate, include, databaseTimes);
  }

  private void apply(PlannedUpdate plan) {
    Row row = plan.row;
    @Nullable Object[] stored = convert(plan.pythonValues, plan.include, plan.databaseTimes);
    checkUnique(stored, row);
    @Nullable Object[] before = row.values.clone();
    boolean[] databaseTimesBefore = row.databaseTimes.clone();
    setValues(row, stored, plan.databaseTimes);
    database.onUndo(() -> setValues(row, before, databaseTimesBefore));
  }

  /** One row's UPDATE: its values as Python gives them, the changed columns, the database times. */
  static final class PlannedUpdate {
    final Row row;
    final @Nullable Object[] pythonValues;
    final boolean[] include;
    final boolean[] databaseTimes;

    PlannedUpdate(
        Row row, @Nullable Object[] pythonValues, boolean[] include, boolean[] databaseTimes) {
      this.row = row;
      this.pythonValues = pythonValues;
      this.include = include;
      this.databaseTimes = databaseTimes;
    }
  }

  private void setValues(Row row, @Nullable Object[] values, boolean[] databaseTimes) {
    unique.remove(row);
    System.arraycopy(values, 0, row.values, 0, values.length);
    System.arraycopy(databaseTimes, 0, row.databaseTimes, 0, databaseTimes.length);
    unique.add(row);
  }

  void delete(Row row) {
    rows.remove(row.id);
    unique.remove(row);
    database.onUndo(
        () -> {
          rows.put(row.id, row);
          unique.add(row);
        });
  }

  void clear() {
    rows.clear();
    unique.clear();
  }

  private boolean[] allColumns() {
    boolean[] all = new boolean[schema.columns.size()];
    Arrays.fill(all, true);
    return all;
  }

  /**
   * Binding, affinity and NOT NULL, in the order SQLite fails, for values whose types the caller
   * checked ({@link #checkTypes}, which SQLAlchemy runs over a whole executemany first). Times the
   * database writes are rendered into the SQL, so they are not numbered as parameters.
   */
  private @Nullable Object[] convert(
      @Nullable Object[] values, boolean[] include, boolean[] databaseTimes) {
    List<Column> columns = schema.columns;
    @Nullable Object[] stored = values.clone();
    int parameter = 0;
    for (int i = 0; i < values.length; i++) {
      if (!include[i]) {
        continue;
      }
      if (!databaseTimes[i]) {
        parameter++;
      }
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

  /** SQLAlchemy's type processing: its DateTime type takes only datetimes (or None). */
  private void checkTypes(@Nullable Object[] values, boolean[] include) {
    for (int i = 0; i < values.length; i++) {
      if (include[i]
          && schema.columns.get(i).affinity == Affinity.DATETIME
          && values[i] != null
          && !(values[i] instanceof LocalDateTime)) {
        throw new PyException(DATETIME_ERROR);
      }
    }
  }

  private void checkUnique(@Nullable Object[] stored, @Nullable Row self) {
    for (int i = 0; i < stored.length; i++) {
      Column column = schema.columns.get(i);
      if (!column.unique || stored[i] == null) {
        continue;
      }
      int position = i;
      Object value = stored[i];
      boolean clash;
      if (unique.answers(position, value)) {
        Row holder = unique.get(position, value);
        clash = holder != null && holder != self;
      } else {
        clash =
            rows.values().stream()
                .anyMatch(
                    other ->
                        other != self
                            && SqlValues.matches(other.values[position], value, column.affinity));
      }
      if (clash) {
        throw new PyException(
            "(sqlite3.IntegrityError) UNIQUE constraint failed: "
                + schema.name
                + "."
                + column.name);
      }
    }
  }
}

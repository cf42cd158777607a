package dev.smarter.testkit.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One INSERT or UPDATE that SQLAlchemy 2.0's unit of work emits for a row, as its error messages
 * show it: {@code str(e)} of a statement error is the driver's message followed by the SQL, the
 * parameters and, for a driver error, a link to SQLAlchemy's error page. Columns whose time the
 * database writes ({@code func.now()}) are rendered inline as {@code CURRENT_TIMESTAMP} and are not
 * parameters; an INSERT returns them ({@code RETURNING}) when it has any.
 */
final class OrmStatement {
  /** SQLAlchemy's {@code max_chars} for one parameter's repr in a message. */
  private static final int MAX_CHARS = 300;

  /** SQLAlchemy's {@code max_params}: how many parameter sets of an executemany it shows. */
  private static final int MAX_PARAMS = 10;

  private final String sql;
  private final List<String> names;

  /**
   * Which parameters a Python-side column default filled in: SQLAlchemy sends them, but a type
   * error raised while it processes the given values shows the values as given, without them.
   */
  private final List<Boolean> defaulted;

  /** One list of values per row: one for an INSERT, one per row of an executemany UPDATE. */
  private final List<List<@Nullable Object>> rows;

  private OrmStatement(
      String sql, List<String> names, List<Boolean> defaulted, List<List<@Nullable Object>> rows) {
    this.sql = sql;
    this.names = names;
    this.defaulted = defaulted;
    this.rows = rows;
  }

  /**
   * The INSERT of new rows that give the same columns: every column but the id, in the table's
   * order. It returns what the database writes ({@code RETURNING id, created_at}), or only the new
   * ids when it is an {@code executemany} of several rows ({@code manyRows}); a single row's id
   * SQLAlchemy reads from the cursor.
   */
  static OrmStatement insert(
      TableSchema schema, List<Table.PlannedInsert> batch, boolean manyRows) {
    Table.PlannedInsert first = batch.get(0);
    List<String> columns = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<String> returning = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Boolean> defaulted = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < schema.columns.size(); i++) {
      String name = schema.columns.get(i).name;
      columns.add(name);
      if (first.databaseTimes[i]) {
        placeholders.add("CURRENT_TIMESTAMP");
        returning.add(name);
      } else {
        placeholders.add("?");
        names.add(name);
        defaulted.add(first.defaulted[i]);
        positions.add(i);
      }
    }
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Table.PlannedInsert plan : batch) {
      rows.add(valuesAt(positions, plan.pythonValues));
    }
    String sql =
        "INSERT INTO "
            + schema.name
            + " ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", placeholders)
            + ")"
            + (!returning.isEmpty()
                ? " RETURNING id, " + String.join(", ", returning)
                : manyRows ? " RETURNING id" : "");
    return new OrmStatement(sql, names, defaulted, rows);
  }

  /**
   * The UPDATE of rows that change the same columns, by id: one statement, run as an {@code
   * executemany} when there are several rows.
   */
  static OrmStatement update(TableSchema schema, List<Table.PlannedUpdate> batch) {
    Table.PlannedUpdate first = batch.get(0);
    List<String> assignments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < schema.columns.size(); i++) {
      if (!first.include[i]) {
        continue;
      }
      String name = schema.columns.get(i).name;
      if (first.databaseTimes[i]) {
        assignments.add(name + "=CURRENT_TIMESTAMP");
      } else {
        assignments.add(name + "=?");
        names.add(name);
        positions.add(i);
      }
    }
    names.add(schema.name + "_id");
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Table.PlannedUpdate plan : batch) {
      List<@Nullable Object> values = valuesAt(positions, plan.pythonValues);
      values.add(plan.row.id);
      rows.add(values);
    }
    String sql =
        "UPDATE "
            + schema.name
            + " SET "
            + String.join(", ", assignments)
            + " WHERE "
            + schema.name
            + ".id = ?";
    return new OrmStatement(sql, names, noneDefaulted(names.size()), rows);
  }

  /**
   * {@code session.query(Model).filter(column == value, ...)[.order_by(desc(...))].first()}: the
   * row's columns, the conditions joined by {@code AND}, and the {@code LIMIT ? OFFSET ?} that
   * {@code first()} adds.
   */
  static OrmStatement firstWhere(
      TableSchema schema,
      List<String> columns,
      List<@Nullable Object> pythonValues,
      @Nullable String descendingOrder) {
    List<String> selected = new ArrayList<>();
    selected.add(schema.name + ".id AS " + schema.name + "_id");
    for (Column column : schema.columns) {
      selected.add(schema.name + "." + column.name + " AS " + schema.name + "_" + column.name);
    }
    List<String> conditions = new ArrayList<>();
    for (String column : columns) {
      conditions.add(schema.name + "." + column + " = ?");
    }
    String sql =
        "SELECT "
            + String.join(", ", selected)
            + " \nFROM "
            + schema.name
            + " \nWHERE "
            + String.join(" AND ", conditions)
            + (descendingOrder == null
                ? ""
                : " ORDER BY " + schema.name + "." + descendingOrder + " DESC")
            + "\n LIMIT ? OFFSET ?";
    List<String> names = new ArrayList<>(columns);
    List<@Nullable Object> values = new ArrayList<>(pythonValues);
    names.add("param_limit");
    values.add(1L);
    names.add("param_offset");
    values.add(0L);
    return new OrmStatement(sql, names, noneDefaulted(names.size()), List.of(values));
  }

  private static List<@Nullable Object> valuesAt(
      List<Integer> positions, @Nullable Object[] pythonValues) {
    List<@Nullable Object> values = new ArrayList<>(positions.size() + 1);
    for (int position : positions) {
      values.add(pythonValues[position]);
    }
    return values;
  }

  private static List<Boolean> noneDefaulted(int parameters) {
    return new ArrayList<>(Collections.nCopies(parameters, false));
  }

  /** {@code db.query(func.sum(Bytes.amount)).filter(Bytes.<column> == userId).scalar()}. */
  static OrmStatement sumOfAmounts(String column, long userId) {
    String sql = "SELECT sum(bytes.amount) AS sum_1 \nFROM bytes \nWHERE bytes." + column + " = ?";
    return new OrmStatement(
        sql, List.of(column + "_1"), List.of(false), List.of(List.of((Object) userId)));
  }

  /**
   * {@code failure} as SQLAlchemy reports it for this statement: a driver error ({@code
   * (sqlite3.IntegrityError)}, {@code (sqlite3.ProgrammingError)}) with the SQL, the parameters as
   * sent and the link; a {@code TypeError} of a type's bind processor with the SQL and the
   * parameters as given (in column order: SQLAlchemy's own order there depends on Python's hash
   * seed). Anything else (an {@code OverflowError} or a {@code UnicodeEncodeError} the driver
   * raises) SQLAlchemy does not wrap: it is returned as it is.
   */
  PyException explain(PyException failure) {
    String message = failure.getMessage();
    String code;
    if (message.startsWith("(sqlite3.IntegrityError)")) {
      code = "gkpj";
    } else if (message.startsWith("(sqlite3.ProgrammingError)")) {
      code = "f405";
    } else if (message.startsWith("(sqlite3.OperationalError)")) {
      code = "e3q8";
    } else if (message.startsWith("(builtins.TypeError)")) {
      List<String> sets = new ArrayList<>();
      for (List<@Nullable Object> row : rows) {
        sets.add(givenParameters(row));
      }
      return new PyException(
          message + "\n[SQL: " + sql + "]\n[parameters: [" + String.join(", ", sets) + "]]");
    } else {
      return failure;
    }
    return new PyException(
        message
            + "\n[SQL: "
            + sql
            + "]\n[parameters: "
            + sentParameters()
            + "]\n(Background on this error at: https://sqlalche.me/e/20/"
            + code
            + ")");
  }

  /** The parameters as sent: a tuple, or for an executemany a list of tuples. */
  private String sentParameters() {
    List<String> tuples = new ArrayList<>();
    for (List<@Nullable Object> row : rows) {
      List<String> reprs = new ArrayList<>();
      for (Object value : row) {
        reprs.add(truncated(Py.reprOf(value instanceof LocalDateTime ? sqliteText(value) : value)));
      }
      tuples.add(
          reprs.size() == 1 ? "(" + reprs.get(0) + ",)" : "(" + String.join(", ", reprs) + ")");
    }
    return tuples.size() == 1 ? tuples.get(0) : list(tuples);
  }

  /** One set of given parameters as a dict, whose repr is cut as a whole. */
  private String givenParameters(List<@Nullable Object> row) {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!defaulted.get(i)) {
        entries.add(Py.repr(names.get(i)) + ": " + Py.reprOf(row.get(i)));
      }
    }
    return truncated("{" + String.join(", ", entries) + "}");
  }

  /** A list of parameter sets, cut as SQLAlchemy cuts one longer than {@link #MAX_PARAMS}. */
  private static String list(List<String> sets) {
    if (sets.size() <= MAX_PARAMS) {
      return "[" + String.join(", ", sets) + "]";
    }
    return "["
        + String.join(", ", sets.subList(0, MAX_PARAMS - 2))
        + "  ... displaying "
        + MAX_PARAMS
        + " of "
        + sets.size()
        + " total bound parameter sets ...  "
        + String.join(", ", sets.subList(sets.size() - 2, sets.size()))
        + "]";
  }

  /** SQLAlchemy's DateTime bind processor for SQLite: six fraction digits, always. */
  private static String sqliteText(Object dateTime) {
    String iso = IsoDateTimes.format((LocalDateTime) dateTime).replace('T', ' ');
    return iso.length() == 19 ? iso + ".000000" : iso;
  }

  private static String truncated(String repr) {
    if (repr.length() <= MAX_CHARS) {
      return repr;
    }
    int segment = MAX_CHARS / 2;
    return repr.substring(0, segment)
        + " ... ("
        + (repr.length() - MAX_CHARS)
        + " characters truncated) ... "
        + repr.substring(repr.length() - segment);
  }
}

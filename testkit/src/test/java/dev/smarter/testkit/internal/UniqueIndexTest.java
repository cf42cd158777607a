package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The unique indexes must give exactly what the scan gives: {@link Table#first} and {@link
 * Table#where} are compared with filtering {@link Table#all} by the same predicate, over values of
 * every type and under inserts, updates, deletes and rolled-back transactions.
 */
class UniqueIndexTest {
  private static final TableSchema SCHEMA =
      new TableSchema(
          "t",
          Column.of("num", Affinity.INTEGER).unique(),
          Column.of("text", Affinity.TEXT).unique(),
          Column.of("other", Affinity.INTEGER));

  /** Python values that bind, in every storage class and affinity-converted spelling. */
  @SuppressWarnings("FloatingPointLiteralPrecision") // the literals are the exact doubles meant
  private static final List<@Nullable Object> VALUES =
      Arrays.asList(
          null,
          0L,
          1L,
          -1L,
          123L,
          "123",
          " 123 ",
          "+123",
          "123.0",
          "1.23e2",
          123.0,
          123.5,
          "123.5",
          1e19,
          "1e19",
          "10000000000000000000",
          new BigInteger("9223372036854775807"),
          Long.MIN_VALUE,
          -0x1p63,
          Double.POSITIVE_INFINITY,
          "1e400",
          "Inf",
          "abc",
          "",
          "0.0",
          0.0,
          -0.0,
          true,
          false,
          Double.NaN,
          LocalDateTime.of(2020, 1, 2, 3, 4, 5),
          "2020-01-02 03:04:05");

  private final Database db =
      new Database(
          new ServerTime(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));
  private final Table table = new Table(SCHEMA, db);

  @Test
  void lookupsMatchTheScanForEveryStoredAndBoundValue() {
    for (Object value : VALUES) {
      tryInsert(fields("num", value, "text", value));
      assertLookupsMatchScan();
    }
    assertThat(table.size()).isGreaterThan(10);
  }

  @Test
  void numericTextAndNumbersFindTheSameIntegerRowAndNumbersFindTheirText() {
    Row row = insert(fields("num", 123L, "text", 123L));

    for (Object probe : List.of(123L, "123", " 123 ", "123.0", 123.0, new BigInteger("123"))) {
      assertThat(table.first(table.eq("num", probe, 1))).as("num == %s", probe).contains(row);
    }
    assertThat(table.first(table.eq("text", "123", 1))).contains(row);
    assertThat(table.first(table.eq("text", 123L, 1))).contains(row);
    assertThat(table.first(table.eq("text", 123.0, 1))).isEmpty(); // stored text would be "123.0"
    assertThat(table.where(table.eq("num", "0123", 1))).containsExactly(row);
    assertThat(table.first(table.idEq("1", 1))).contains(row);
  }

  @Test
  void uniqueViolationsKeepSqlAlchemysTextWhateverTheSpelling() {
    insert(fields("num", 5L, "text", "five"));

    for (Object spelling : List.of(5L, "5", "5.0", 5.0, " 5")) {
      assertThatThrownBy(() -> insert(fields("num", spelling)))
          .hasMessageStartingWith(
              "(sqlite3.IntegrityError) UNIQUE constraint failed: t.num\n[SQL: ");
    }
    assertThatThrownBy(() -> insert(fields("num", 6L, "text", "five")))
        .hasMessageStartingWith(
            "(sqlite3.IntegrityError) UNIQUE constraint failed: t.text\n[SQL: ");
    assertThat(table.size()).isEqualTo(1);
  }

  @Test
  void aRolledBackTransactionLeavesDataAndIndexesAsBefore() {
    Row kept = insert(fields("num", 1L, "text", "one"));
    Row deleted = insert(fields("num", 2L, "text", "two"));

    assertThatThrownBy(
            () ->
                db.locked(
                    () ->
                        db.transaction(
                            () -> {
                              table.update(kept, fields("num", 10L, "text", "ten"));
                              table.delete(deleted);
                              table.insert(fields("num", 3L, "text", "three"));
                              return table.insert(fields("num", "3"));
                            })))
        .hasMessageStartingWith("(sqlite3.IntegrityError) UNIQUE constraint failed: t.num\n[SQL: ");

    assertThat(table.all()).containsExactly(kept, deleted);
    assertThat(table.first(table.eq("num", 1L, 1))).contains(kept);
    assertThat(table.first(table.eq("text", "two", 1))).contains(deleted);
    assertThat(table.first(table.eq("num", 10L, 1))).isEmpty();
    assertThat(table.first(table.eq("num", 3L, 1))).isEmpty();
    assertLookupsMatchScan();
    assertThat(insert(fields("num", 3L, "text", "three")).id).isEqualTo(3);
  }

  @Test
  void randomChangesWithRollbacksKeepIndexesEqualToTheScan() {
    Random random = new Random(42);
    for (int step = 0; step < 400; step++) {
      boolean fail = random.nextInt(4) == 0;
      Object num = VALUES.get(random.nextInt(VALUES.size()));
      Object text = VALUES.get(random.nextInt(VALUES.size()));
      List<Row> rows = List.copyOf(table.all());
      Row target = rows.isEmpty() ? null : rows.get(random.nextInt(rows.size()));
      int kind = random.nextInt(3);
      try {
        db.locked(
            () ->
                db.transaction(
                    () -> {
                      if (kind == 0 || target == null) {
                        table.insert(fields("num", num, "text", text, "other", num));
                      } else if (kind == 1) {
                        table.update(target, fields("num", num, "text", text));
                      } else {
                        table.delete(target);
                      }
                      if (fail) {
                        throw new IllegalStateException("rollback");
                      }
                      return null;
                    }));
      } catch (PyException | IllegalStateException e) {
        // a UNIQUE violation, an unsupported value or the forced rollback: nothing changed
      }
      assertLookupsMatchScan();
    }
  }

  private void assertLookupsMatchScan() {
    for (Object value : VALUES) {
      for (String column : List.of("num", "text", "other")) {
        assertMatchesScan(table.eq(column, value, 1), column + " == " + value);
      }
      assertMatchesScan(table.idEq(value, 1), "id == " + value);
    }
    for (Row row : table.all()) {
      assertThat(table.first(table.idEq(row.id, 1))).contains(row);
      for (String column : List.of("num", "text")) {
        Object stored = row.get(column);
        if (stored != null) {
          assertThat(table.first(table.eq(column, stored, 1)))
              .as("%s of row %s", column, row.id)
              .contains(row);
        }
      }
    }
  }

  private void assertMatchesScan(Predicate<Row> predicate, String description) {
    List<Row> scanned = table.all().stream().filter(predicate).collect(Collectors.toList());
    assertThat(table.where(predicate)).as(description).isEqualTo(scanned);
    assertThat(table.first(predicate)).as(description).isEqualTo(scanned.stream().findFirst());
  }

  private void tryInsert(Map<String, @Nullable Object> values) {
    try {
      insert(values);
    } catch (PyException e) {
      // duplicate or unbindable: the scan comparison below still applies
    }
  }

  private Row insert(Map<String, @Nullable Object> values) {
    return db.locked(() -> db.transaction(() -> table.insert(values)));
  }

  private static Map<String, @Nullable Object> fields(Object... namesAndValues) {
    Map<String, @Nullable Object> map = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}

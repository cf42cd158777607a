package dev.smarter.testkit.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One column of a {@link TableSchema}. */
final class Column {
  final String name;
  final Affinity affinity;
  final boolean nullable;
  final boolean unique;
  final boolean touchOnUpdate;
  private final @Nullable Function<ServerTime, Object> defaultValue;

  private Column(
      String name,
      Affinity affinity,
      boolean nullable,
      boolean unique,
      boolean touchOnUpdate,
      @Nullable Function<ServerTime, Object> defaultValue) {
    this.name = name;
    this.affinity = affinity;
    this.nullable = nullable;
    this.unique = unique;
    this.touchOnUpdate = touchOnUpdate;
    this.defaultValue = defaultValue;
  }

  static Column of(String name, Affinity affinity) {
    return new Column(name, affinity, true, false, false, null);
  }

  Column notNull() {
    return new Column(name, affinity, false, unique, touchOnUpdate, defaultValue);
  }

  Column unique() {
    return new Column(name, affinity, nullable, true, touchOnUpdate, defaultValue);
  }

  Column defaultsTo(long value) {
    return new Column(name, affinity, nullable, unique, touchOnUpdate, time -> value);
  }

  /** {@code default=func.now()}: SQLite's {@code CURRENT_TIMESTAMP}. */
  Column defaultsToNow() {
    return new Column(name, affinity, nullable, unique, touchOnUpdate, ServerTime::databaseNow);
  }

  /** {@code onupdate=func.now()}. */
  Column touchedOnUpdate() {
    return new Column(name, affinity, nullable, unique, true, defaultValue);
  }

  boolean hasDefault() {
    return defaultValue != null;
  }

  Object defaultValue(ServerTime time) {
    if (defaultValue == null) {
      throw new IllegalStateException(name + " has no default");
    }
    return defaultValue.apply(time);
  }
}

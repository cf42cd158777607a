package dev.smarter.testkit.internal;

import java.util.List;

/** A table of the server's database: its name and its columns in declaration order (after id). */
final class TableSchema {
  final String name;
  final List<Column> columns;

  TableSchema(String name, Column... columns) {
    this.name = name;
    this.columns = List.of(columns);
  }

  int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name.equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + column);
  }
}

package dev.smarter.testkit.internal;

import java.util.List;
import java.util.function.Predicate;

/** The optional {@code ?column=value} filters of the list routes (an empty value is ignored). */
final class ListFilters {
  private ListFilters() {}

  static List<Row> apply(Table table, ApiRequest request, String... columns) {
    Predicate<Row> filter = row -> true;
    for (String column : columns) {
      String value = request.query(column);
      if (RouteSupport.present(value)) {
        filter = filter.and(table.eq(column, value, 1));
      }
    }
    return table.where(filter);
  }
}

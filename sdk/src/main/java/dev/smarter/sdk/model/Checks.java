package dev.smarter.sdk.model;

import dev.smarter.sdk.internal.RowIds;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the request types; each message names the offending field. */
final class Checks {
  private Checks() {}

  static void snowflake(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(
          field + " must be a positive Discord snowflake but was " + value);
    }
  }

  static void rowId(long value, String field) {
    RowIds.check(value, field);
  }

  static void rowIdIfSet(@Nullable Long value, String field) {
    if (value != null) {
      rowId(value, field);
    }
  }

  static void nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
    }
  }

  static void nonNegativeIfSet(@Nullable Long value, String field) {
    if (value != null) {
      nonNegative(value, field);
    }
  }

  /**
   * The earliest and latest instants that are years 1 to 9999 (what the server's Python datetime
   * reads) in every zone, so that a value valid here is sendable whatever the client's server zone.
   */
  private static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-30T23:59:59.999999Z");

  static void sendable(@Nullable Instant value, String field) {
    if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
      throw new IllegalArgumentException(
          field
              + " must be between "
              + EARLIEST
              + " and "
              + LATEST
              + " (the server reads years 1 to 9999 only) but was "
              + value);
    }
  }

  static String notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}

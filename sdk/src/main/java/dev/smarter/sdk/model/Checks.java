package dev.smarter.sdk.model;

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
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be a row id >= 0 but was " + value);
    }
  }

  static void nonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
    }
  }

  static String notBlank(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}

package dev.smarter.sdk.internal;

/**
 * Checks that a value is a server row id. Row ids and Discord snowflakes are both {@code long}s,
 * and passing one for the other is the easiest mistake to make with this API: the server stores any
 * number without complaint. Row ids are small counters; snowflakes of any Discord object are at
 * least 2^32 (a millisecond timestamp shifted left by 22 bits), so the two ranges do not meet.
 */
public final class RowIds {
  /** The first value that cannot be a row id; every Discord snowflake is at least this. */
  public static final long LIMIT = 1L << 32;

  private RowIds() {}

  /**
   * Returns {@code value} if it can be a row id.
   *
   * @param value the value to check
   * @param name the name of the field or parameter, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if {@code value} is negative or looks like a Discord snowflake
   */
  public static long check(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be a row id >= 0 but was " + value);
    }
    if (value >= LIMIT) {
      throw new IllegalArgumentException(
          name
              + " must be the server's row id of the row (such as Guild.id() or DiscordUser.id(),"
              + " below "
              + LIMIT
              + ") but was "
              + value
              + ", which looks like a Discord snowflake; find the row by its Discord id first"
              + " (users().findByDiscordId(...), or the guild in guilds().list())");
    }
    return value;
  }
}

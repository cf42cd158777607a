package dev.smarter.testkit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How Python values reach SQLite through SQLAlchemy and {@code sqlite3}: binding (with the driver's
 * errors), column affinity (so {@code "123"} in an integer column comes back as {@code 123} and
 * {@code "abc"} as {@code "abc"}), and SQL comparison and ordering of the stored values. Stored
 * values are {@code null}, {@link Long}, {@link Double}, {@link String} or {@link LocalDateTime}.
 */
final class SqlValues {
  private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern REAL_TEXT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);
  private static final double TWO_POW_63 = 0x1p63;

  private SqlValues() {}

  /** What {@code sqlite3} does with a bound Python value; {@code index} is 1-based. */
  static @Nullable Object bind(@Nullable Object value, int index) {
    if (value instanceof Double && ((Double) value).isNaN()) {
      return null;
    }
    if (value instanceof String) {
      String unencodable = Py.utf8EncodeError((String) value);
      if (unencodable != null) {
        // sqlite3 encodes each text parameter as it binds it; SQLAlchemy does not wrap the error
        throw new PyException(unencodable);
      }
      return value;
    }
    if (value == null
        || value instanceof Double
        || value instanceof Long
        || value instanceof LocalDateTime) {
      return value;
    } else if (value instanceof Boolean) {
      return (Boolean) value ? 1L : 0L;
    } else if (value instanceof BigInteger) {
      BigInteger big = (BigInteger) value;
      if (big.compareTo(MIN_LONG) < 0 || big.compareTo(MAX_LONG) > 0) {
        throw new PyException("Python int too large to convert to SQLite INTEGER");
      }
      return big.longValue();
    } else if (value instanceof List || value instanceof Map) {
      throw new PyException(
          "(sqlite3.ProgrammingError) Error binding parameter "
              + index
              + ": type '"
              + Py.typeName(value)
              + "' is not supported");
    }
    throw new IllegalArgumentException("unexpected value " + value.getClass());
  }

  /** The value a column of {@code affinity} stores for a bound value. */
  static @Nullable Object store(@Nullable Object bound, Affinity affinity) {
    if (bound == null) {
      return null;
    }
    switch (affinity) {
      case INTEGER:
        return numeric(bound);
      case TEXT:
        if (bound instanceof Long) {
          return bound.toString();
        } else if (bound instanceof Double) {
          return PyFloat.sqliteText((Double) bound);
        }
        return bound;
      case DATETIME:
      default:
        return bound;
    }
  }

  /** NUMERIC/INTEGER affinity: well-formed numeric text becomes a number; integral reals shrink. */
  private static Object numeric(Object bound) {
    if (bound instanceof String) {
      String text = sqliteTrim((String) bound);
      if (INTEGER_TEXT.matcher(text).matches()) {
        BigInteger big = new BigInteger(text);
        if (big.compareTo(MIN_LONG) >= 0 && big.compareTo(MAX_LONG) <= 0) {
          return big.longValue();
        }
        return shrink(big.doubleValue());
      }
      if (REAL_TEXT.matcher(text).matches()) {
        return shrink(Double.parseDouble(text));
      }
      return bound;
    }
    if (bound instanceof Double) {
      return shrink((Double) bound);
    }
    return bound;
  }

  /** The text SQLite's numeric affinity looks at: only ASCII space and \t \n \v \f \r trimmed. */
  private static String sqliteTrim(String text) {
    return Py.strip(text, c -> isSqliteSpace((char) c));
  }

  private static boolean isSqliteSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** A real that is an integer strictly between -2^63 and 2^63 is stored as an integer. */
  private static Object shrink(double value) {
    if (Double.isNaN(value)) {
      return value;
    }
    if (value == Math.rint(value) && value > -TWO_POW_63 && value < TWO_POW_63) {
      return (long) value;
    }
    return value;
  }

  /** SQLAlchemy's {@code column == param}: {@code == None} is {@code IS NULL}. */
  static boolean matches(@Nullable Object stored, @Nullable Object bound, Affinity affinity) {
    if (bound == null) {
      return stored == null;
    }
    if (stored == null) {
      return false;
    }
    Object param = affinity == Affinity.DATETIME ? bound : store(bound, affinity);
    return compare(stored, param) == 0 && sameClass(stored, param);
  }

  private static boolean sameClass(Object a, Object b) {
    boolean aNumber = a instanceof Long || a instanceof Double;
    boolean bNumber = b instanceof Long || b instanceof Double;
    return aNumber == bNumber && (aNumber || a.getClass() == b.getClass());
  }

  /** SQL's {@code stored <= bound} for non-null operands (numbers sort before text). */
  static boolean lessOrEqual(@Nullable Object stored, @Nullable Object bound) {
    return stored != null && bound != null && compare(stored, bound) <= 0;
  }

  /** SQLite's ordering: NULL, then numbers, then text; datetimes chronologically. */
  static final Comparator<@Nullable Object> ORDER = SqlValues::compareNullsFirst;

  private static int compareNullsFirst(@Nullable Object a, @Nullable Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return compare(a, b);
  }

  private static int compare(Object a, Object b) {
    int rankA = rank(a);
    int rankB = rank(b);
    if (rankA != rankB) {
      return Integer.compare(rankA, rankB);
    }
    if (rankA == 1) {
      return toBigDecimal(a).compareTo(toBigDecimal(b));
    } else if (a instanceof LocalDateTime && b instanceof LocalDateTime) {
      return ((LocalDateTime) a).compareTo((LocalDateTime) b);
    }
    return a.toString().compareTo(b.toString());
  }

  private static int rank(Object value) {
    return (value instanceof Long || value instanceof Double) ? 1 : 2;
  }

  private static BigDecimal toBigDecimal(Object number) {
    if (number instanceof Long) {
      return BigDecimal.valueOf((Long) number);
    }
    double d = (Double) number;
    if (Double.isInfinite(d)) {
      return d > 0 ? new BigDecimal("1e400") : new BigDecimal("-1e400");
    }
    return Double.isNaN(d) ? BigDecimal.ZERO : new BigDecimal(d);
  }

  /** SQLite's {@code sum()}: integer while every input is an integer, else a float. */
  static @Nullable Object sum(List<@Nullable Object> values) {
    long total = 0;
    double realTotal = 0;
    boolean real = false;
    boolean any = false;
    for (Object value : values) {
      if (value == null) {
        continue;
      }
      any = true;
      if (value instanceof Long && !real) {
        try {
          total = Math.addExact(total, (Long) value);
        } catch (ArithmeticException e) {
          throw new PyException("(sqlite3.OperationalError) integer overflow");
        }
      } else {
        if (!real) {
          realTotal = total;
          real = true;
        }
        realTotal +=
            value instanceof Long ? (Long) value : value instanceof Double ? (Double) value : 0.0;
      }
    }
    if (!any) {
      return null;
    }
    return real ? (Object) realTotal : (Object) total;
  }
}

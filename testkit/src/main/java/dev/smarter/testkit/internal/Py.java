package dev.smarter.testkit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Python semantics for the values a JSON body parses to: {@code null} (None), {@link Boolean},
 * {@link BigInteger} or {@link Long} (int), {@link Double} (float), {@link String}, {@link List}
 * and {@link Map}. Error texts are those of CPython 3.11.
 */
final class Py {
  private Py() {}

  static String typeName(@Nullable Object value) {
    if (value == null) {
      return "NoneType";
    } else if (value instanceof Boolean) {
      return "bool";
    } else if (value instanceof BigInteger || value instanceof Long) {
      return "int";
    } else if (value instanceof Double) {
      return "float";
    } else if (value instanceof String) {
      return "str";
    } else if (value instanceof List) {
      return "list";
    } else if (value instanceof Map) {
      return "dict";
    }
    return value.getClass().getSimpleName();
  }

  static boolean isNumber(@Nullable Object value) {
    return value instanceof Boolean
        || value instanceof BigInteger
        || value instanceof Long
        || value instanceof Double;
  }

  /** Python's {@code bool(value)}. */
  static boolean truthy(@Nullable Object value) {
    if (value == null) {
      return false;
    } else if (value instanceof Boolean) {
      return (Boolean) value;
    } else if (value instanceof Double) {
      return (Double) value != 0.0;
    } else if (isNumber(value)) {
      return toBigInteger(value).signum() != 0;
    } else if (value instanceof String) {
      return !((String) value).isEmpty();
    } else if (value instanceof List) {
      return !((List<?>) value).isEmpty();
    } else if (value instanceof Map) {
      return !((Map<?, ?>) value).isEmpty();
    }
    return true;
  }

  /** Python's {@code key in container} for a string key. */
  static boolean contains(@Nullable Object container, String key) {
    if (container instanceof Map) {
      return ((Map<?, ?>) container).containsKey(key);
    } else if (container instanceof List) {
      for (Object element : (List<?>) container) {
        if (pyEquals(element, key)) {
          return true;
        }
      }
      return false;
    } else if (container instanceof String) {
      return ((String) container).contains(key);
    }
    throw PyException.typeError("argument of type '" + typeName(container) + "' is not iterable");
  }

  /** Python's {@code container[key]} for a string key. */
  static @Nullable Object getItem(@Nullable Object container, String key) {
    if (container instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) container;
      if (!map.containsKey(key)) {
        throw PyException.keyError(key);
      }
      return map.get(key);
    } else if (container instanceof List) {
      throw PyException.typeError("list indices must be integers or slices, not str");
    } else if (container instanceof String) {
      throw PyException.typeError("string indices must be integers, not 'str'");
    }
    throw PyException.typeError("'" + typeName(container) + "' object is not subscriptable");
  }

  /** Python's {@code container.get(key, fallback)}. */
  static @Nullable Object get(@Nullable Object container, String key, @Nullable Object fallback) {
    if (container instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) container;
      return map.containsKey(key) ? map.get(key) : fallback;
    }
    throw new PyException("'" + typeName(container) + "' object has no attribute 'get'");
  }

  /** Python's {@code a == b}. */
  static boolean pyEquals(@Nullable Object a, @Nullable Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (isNumber(a) && isNumber(b)) {
      return !isNaN(a) && !isNaN(b) && compareNumbers(a, b) == 0;
    }
    if (a instanceof List && b instanceof List) {
      List<?> left = (List<?>) a;
      List<?> right = (List<?>) b;
      if (left.size() != right.size()) {
        return false;
      }
      for (int i = 0; i < left.size(); i++) {
        if (!pyEquals(left.get(i), right.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map && b instanceof Map) {
      Map<?, ?> left = (Map<?, ?>) a;
      Map<?, ?> right = (Map<?, ?>) b;
      if (!left.keySet().equals(right.keySet())) {
        return false;
      }
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        if (!pyEquals(entry.getValue(), right.get(entry.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.getClass() == b.getClass() && Objects.equals(a, b);
  }

  /**
   * Python's {@code a < b} for numbers or strings, like the server's balance checks: false when
   * either number is NaN.
   */
  static boolean lessThan(@Nullable Object a, @Nullable Object b) {
    return compareForOperator(a, b, "<") == -1;
  }

  /** Python's {@code a > b}: false when either number is NaN. */
  static boolean greaterThan(@Nullable Object a, @Nullable Object b) {
    return compareForOperator(a, b, ">") == 1;
  }

  /** -1, 0 or 1; {@link #UNORDERED} when a number is NaN; a TypeError for other operands. */
  private static int compareForOperator(@Nullable Object a, @Nullable Object b, String operator) {
    if (isNumber(a) && isNumber(b)) {
      return isNaN(a) || isNaN(b) ? UNORDERED : Integer.signum(compareNumbers(a, b));
    }
    if (a instanceof String && b instanceof String) {
      return Integer.signum(((String) a).compareTo((String) b));
    }
    throw PyException.typeError(
        "'"
            + operator
            + "' not supported between instances of '"
            + typeName(a)
            + "' and '"
            + typeName(b)
            + "'");
  }

  /** Python's {@code a + b} (sign = 1) or {@code a - b} (sign = -1) for numbers. */
  static Object addNumbers(Object a, Object b, int sign, String operator) {
    if (!isNumber(a) || !isNumber(b)) {
      throw PyException.typeError(
          "unsupported operand type(s) for "
              + operator
              + ": '"
              + typeName(a)
              + "' and '"
              + typeName(b)
              + "'");
    }
    if (a instanceof Double || b instanceof Double) {
      return toDouble(a) + sign * toDouble(b);
    }
    BigInteger right = toBigInteger(b);
    return toBigInteger(a).add(sign > 0 ? right : right.negate());
  }

  private static final int UNORDERED = 2;

  private static boolean isNaN(Object number) {
    return number instanceof Double && ((Double) number).isNaN();
  }

  static int compareNumbers(Object a, Object b) {
    if (a instanceof Double || b instanceof Double) {
      double left = toDouble(a);
      double right = toDouble(b);
      if (Double.isNaN(left)
          || Double.isNaN(right)
          || Double.isInfinite(left)
          || Double.isInfinite(right)) {
        return Double.compare(left, right);
      }
      return toBigDecimal(a).compareTo(toBigDecimal(b));
    }
    return toBigInteger(a).compareTo(toBigInteger(b));
  }

  static BigInteger toBigInteger(Object number) {
    if (number instanceof BigInteger) {
      return (BigInteger) number;
    } else if (number instanceof Long) {
      return BigInteger.valueOf((Long) number);
    } else if (number instanceof Boolean) {
      return (Boolean) number ? BigInteger.ONE : BigInteger.ZERO;
    } else if (number instanceof Double) {
      return new BigDecimal((Double) number).toBigInteger();
    }
    throw new IllegalArgumentException("not a number: " + number);
  }

  static double toDouble(Object number) {
    if (number instanceof Double) {
      return (Double) number;
    }
    return toBigInteger(number).doubleValue();
  }

  private static BigDecimal toBigDecimal(Object number) {
    if (number instanceof Double) {
      return new BigDecimal((Double) number);
    }
    return new BigDecimal(toBigInteger(number));
  }

  /** Python's {@code int(x)} for a float: truncation toward zero. */
  static BigInteger truncate(double value) {
    if (Double.isNaN(value)) {
      throw new PyException("cannot convert float NaN to integer");
    }
    if (Double.isInfinite(value)) {
      throw new PyException("cannot convert float infinity to integer");
    }
    return new BigDecimal(value).toBigInteger();
  }

  /**
   * The message of the {@code UnicodeEncodeError} that {@code text.encode("utf-8")} raises, or
   * {@code null} when it encodes: Python's strings may hold lone surrogates (JSON {@code "\ud800"}
   * makes one), UTF-8 cannot. Positions count code points; a run of lone surrogates is reported as
   * one range.
   */
  static @Nullable String utf8EncodeError(CharSequence text) {
    int position = 0;
    for (int i = 0; i < text.length(); position++) {
      int codePoint = Character.codePointAt(text, i);
      if (!isLoneSurrogate(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int end = position + 1;
      int next = i + 1;
      while (next < text.length() && isLoneSurrogate(Character.codePointAt(text, next))) {
        end++;
        next++;
      }
      String what =
          end - position == 1
              ? String.format(
                  Locale.ROOT, "character '\\u%04x' in position %d", codePoint, position)
              : String.format(Locale.ROOT, "characters in position %d-%d", position, end - 1);
      return "'utf-8' codec can't encode " + what + ": surrogates not allowed";
    }
    return null;
  }

  private static boolean isLoneSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }

  /** {@code text} without the characters {@code blank} accepts at either end. */
  static String strip(String text, IntPredicate blank) {
    int start = 0;
    int end = text.length();
    while (start < end && blank.test(text.charAt(start))) {
      start++;
    }
    while (end > start && blank.test(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Python's {@code repr()} of a value parsed from JSON (or a datetime, as Python shows one). */
  static String reprOf(@Nullable Object value) {
    if (value == null) {
      return "None";
    } else if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    } else if (value instanceof Double) {
      return PyFloat.repr((Double) value);
    } else if (value instanceof String) {
      return repr((String) value);
    } else if (value instanceof List) {
      List<String> items = new ArrayList<>();
      for (Object item : (List<?>) value) {
        items.add(reprOf(item));
      }
      return "[" + String.join(", ", items) + "]";
    } else if (value instanceof Map) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        entries.add(reprOf(entry.getKey()) + ": " + reprOf(entry.getValue()));
      }
      return "{" + String.join(", ", entries) + "}";
    } else if (value instanceof LocalDateTime) {
      return pythonDateTimeRepr((LocalDateTime) value);
    }
    return value.toString();
  }

  private static String pythonDateTimeRepr(LocalDateTime t) {
    StringBuilder out =
        new StringBuilder("datetime.datetime(")
            .append(t.getYear())
            .append(", ")
            .append(t.getMonthValue())
            .append(", ")
            .append(t.getDayOfMonth())
            .append(", ")
            .append(t.getHour())
            .append(", ")
            .append(t.getMinute());
    int micros = t.getNano() / 1000;
    if (t.getSecond() != 0 || micros != 0) {
      out.append(", ").append(t.getSecond());
    }
    if (micros != 0) {
      out.append(", ").append(micros);
    }
    return out.append(')').toString();
  }

  /** Python's {@code repr(str)}. */
  static String repr(String value) {
    char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(value.length() + 2).append(quote);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}

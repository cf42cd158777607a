package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A port of CPython 3.11's {@code json.loads} (the C scanner): same accepted language (including
 * {@code NaN}, {@code Infinity}, arbitrary-size integers, duplicate keys where the last wins) and
 * the same {@code JSONDecodeError} texts and positions. Integers parse to {@link BigInteger}, never
 * through a double; fractions and exponents parse to {@link Double}. Like the C scanner, it counts
 * each array or object it enters against Python's recursion limit: nesting deeper than {@link
 * #MAX_DEPTH} fails with Python's {@code RecursionError} text.
 */
final class PyJsonParser {
  private static final int MAX_INT_DIGITS = 4300;

  /**
   * How many nested arrays and objects the real server's {@code json.loads} enters: Python's
   * recursion limit (1,000) less the frames below it in a request (the event loop, Starlette's
   * middleware and routing, the handler). Measured at 990 with the handlers called directly; the
   * server's own stack is about ten frames deeper.
   */
  static final int MAX_DEPTH = 980;

  private final int[] s;
  private int depth;
  private final int end;

  private PyJsonParser(int[] codePoints) {
    this.s = codePoints;
    this.end = codePoints.length - 1;
  }

  /** Python's {@code json.loads(body)} for the raw request body. */
  static @Nullable Object loads(byte[] body) {
    return new PyJsonParser(PyBytesDecoder.decode(body)).document();
  }

  /** Python's {@code json.loads(text)}. */
  static @Nullable Object loads(String text) {
    return new PyJsonParser(text.codePoints().toArray()).document();
  }

  private @Nullable Object document() {
    int idx = skipWhitespace(0);
    Result result = scanOnce(idx);
    int after = skipWhitespace(result.next);
    if (after != s.length) {
      throw error("Extra data", after);
    }
    return result.value;
  }

  private static final class Result {
    final @Nullable Object value;
    final int next;

    Result(@Nullable Object value, int next) {
      this.value = value;
      this.next = next;
    }
  }

  private Result scanOnce(int idx) {
    if (idx > end) {
      throw error("Expecting value", idx);
    }
    int c = s[idx];
    switch (c) {
      case '"':
        return scanString(idx + 1);
      case '{':
        enter("object");
        try {
          return parseObject(idx + 1);
        } finally {
          depth--;
        }
      case '[':
        enter("array");
        try {
          return parseArray(idx + 1);
        } finally {
          depth--;
        }
      case 'n':
        if (matches(idx, "null")) {
          return new Result(null, idx + 4);
        }
        break;
      case 't':
        if (matches(idx, "true")) {
          return new Result(true, idx + 4);
        }
        break;
      case 'f':
        if (matches(idx, "false")) {
          return new Result(false, idx + 5);
        }
        break;
      case 'N':
        if (matches(idx, "NaN")) {
          return new Result(Double.NaN, idx + 3);
        }
        break;
      case 'I':
        if (matches(idx, "Infinity")) {
          return new Result(Double.POSITIVE_INFINITY, idx + 8);
        }
        break;
      case '-':
        if (matches(idx, "-Infinity")) {
          return new Result(Double.NEGATIVE_INFINITY, idx + 9);
        }
        break;
      default:
        break;
    }
    return matchNumber(idx);
  }

  private boolean matches(int idx, String literal) {
    if (idx + literal.length() > s.length) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      if (s[idx + i] != literal.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isDigit(int idx) {
    return idx <= end && s[idx] >= '0' && s[idx] <= '9';
  }

  private Result matchNumber(int start) {
    int idx = start;
    if (s[idx] == '-') {
      idx++;
      if (idx > end) {
        throw error("Expecting value", start);
      }
    }
    if (s[idx] >= '1' && s[idx] <= '9') {
      idx++;
      while (isDigit(idx)) {
        idx++;
      }
    } else if (s[idx] == '0') {
      idx++;
    } else {
      throw error("Expecting value", start);
    }
    boolean isFloat = false;
    if (idx < end && s[idx] == '.' && isDigit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (isDigit(idx)) {
        idx++;
      }
    }
    if (idx < end && (s[idx] == 'e' || s[idx] == 'E')) {
      int exponentStart = idx;
      idx++;
      if (idx < end && (s[idx] == '-' || s[idx] == '+')) {
        idx++;
      }
      while (isDigit(idx)) {
        idx++;
      }
      if (s[idx - 1] >= '0' && s[idx - 1] <= '9') {
        isFloat = true;
      } else {
        idx = exponentStart;
      }
    }
    String literal = new String(s, start, idx - start);
    if (isFloat) {
      return new Result(Double.parseDouble(literal), idx);
    }
    int digits = literal.startsWith("-") ? literal.length() - 1 : literal.length();
    if (digits > MAX_INT_DIGITS) {
      throw new PyException(
          "Exceeds the limit (4300 digits) for integer string conversion: value has "
              + digits
              + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    return new Result(new BigInteger(literal), idx);
  }

  private Result scanString(int start) {
    int begin = start - 1;
    int idx = start;
    StringBuilder out = new StringBuilder();
    while (true) {
      int next = idx;
      int c = 0;
      for (; next < s.length; next++) {
        c = s[next];
        if (c == '"' || c == '\\') {
          break;
        }
        if (c <= 0x1f) {
          throw error("Invalid control character at", next);
        }
      }
      if (next >= s.length || !(c == '"' || c == '\\')) {
        throw error("Unterminated string starting at", begin);
      }
      for (int k = idx; k < next; k++) {
        out.appendCodePoint(s[k]);
      }
      next++;
      if (c == '"') {
        return new Result(out.toString(), next);
      }
      if (next == s.length) {
        throw error("Unterminated string starting at", begin);
      }
      c = s[next];
      if (c != 'u') {
        idx = next + 1;
        int decoded = simpleEscape(c);
        if (decoded < 0) {
          throw error("Invalid \\escape", idx - 2);
        }
        out.append((char) decoded);
        continue;
      }
      next++;
      idx = next + 4;
      if (idx >= s.length) {
        throw error("Invalid \\uXXXX escape", next - 1);
      }
      int unit = hex4(next, idx);
      if (unit >= 0xD800
          && unit <= 0xDBFF
          && idx + 6 < s.length
          && s[idx] == '\\'
          && s[idx + 1] == 'u') {
        int low = hex4(idx + 2, idx + 6);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          unit = Character.toCodePoint((char) unit, (char) low);
          idx += 6;
        }
      }
      out.appendCodePoint(unit);
    }
  }

  private static int simpleEscape(int c) {
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return -1;
    }
  }

  private int hex4(int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int c = s[i];
      int digit =
          c >= '0' && c <= '9'
              ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        throw error("Invalid \\uXXXX escape", to - 5);
      }
      value = (value << 4) | digit;
    }
    return value;
  }

  private Result parseObject(int start) {
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    int idx = skipWhitespace(start);
    if (idx > end || s[idx] != '}') {
      while (true) {
        if (idx > end || s[idx] != '"') {
          throw error("Expecting property name enclosed in double quotes", idx);
        }
        Result key = scanString(idx + 1);
        idx = skipWhitespace(key.next);
        if (idx > end || s[idx] != ':') {
          throw error("Expecting ':' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
        Result value = scanOnce(idx);
        object.put((String) key.value, value.value);
        idx = skipWhitespace(value.next);
        if (idx <= end && s[idx] == '}') {
          break;
        }
        if (idx > end || s[idx] != ',') {
          throw error("Expecting ',' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
      }
    }
    return new Result(object, idx + 1);
  }

  private Result parseArray(int start) {
    List<@Nullable Object> array = new ArrayList<>();
    int idx = skipWhitespace(start);
    if (idx > end || s[idx] != ']') {
      while (true) {
        Result value = scanOnce(idx);
        array.add(value.value);
        idx = skipWhitespace(value.next);
        if (idx <= end && s[idx] == ']') {
          break;
        }
        if (idx > end || s[idx] != ',') {
          throw error("Expecting ',' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
      }
    }
    return new Result(array, idx + 1);
  }

  private int skipWhitespace(int idx) {
    while (idx <= end && (s[idx] == ' ' || s[idx] == '\t' || s[idx] == '\n' || s[idx] == '\r')) {
      idx++;
    }
    return idx;
  }

  /** {@code Py_EnterRecursiveCall} of the C scanner, at the bracket that opens a container. */
  private void enter(String container) {
    if (++depth > MAX_DEPTH) {
      depth--;
      throw new PyException(
          "maximum recursion depth exceeded while decoding a JSON "
              + container
              + " from a unicode string");
    }
  }

  private PyException error(String message, int pos) {
    int line = 1;
    int lastNewline = -1;
    for (int i = 0; i < pos && i < s.length; i++) {
      if (s[i] == '\n') {
        line++;
        lastNewline = i;
      }
    }
    int column = pos - lastNewline;
    return new PyException(
        message + ": line " + line + " column " + column + " (char " + pos + ")");
  }
}

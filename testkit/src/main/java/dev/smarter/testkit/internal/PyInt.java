package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Python's {@code int(str)}: surrounding whitespace ({@code str.isspace()}, which counts more
 * characters than Java's {@code strip()}), a sign, Unicode digits, single underscores, and at most
 * {@value #MAX_DIGITS} digits ({@code sys.get_int_max_str_digits()}).
 */
final class PyInt {
  /** CPython's default limit on the digits of a decimal string converted to an int. */
  static final int MAX_DIGITS = 4300;

  private PyInt() {}

  static Optional<BigInteger> parse(String text) {
    String s = strip(text);
    int start = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      start = 1;
    }
    if (start >= s.length()) {
      return Optional.empty();
    }
    StringBuilder digits = new StringBuilder(s.length());
    boolean previousWasDigit = false;
    for (int i = start; i < s.length(); ) {
      int codePoint = s.codePointAt(i);
      i += Character.charCount(codePoint);
      if (codePoint == '_') {
        if (!previousWasDigit || i >= s.length()) {
          return Optional.empty();
        }
        previousWasDigit = false;
        continue;
      }
      int digit =
          Character.getType(codePoint) == Character.DECIMAL_DIGIT_NUMBER
              ? Character.digit(codePoint, 10)
              : -1;
      if (digit < 0) {
        return Optional.empty();
      }
      digits.append((char) ('0' + digit));
      previousWasDigit = true;
    }
    if (digits.length() > MAX_DIGITS) {
      return Optional.empty();
    }
    BigInteger value = new BigInteger(digits.toString());
    return Optional.of(negative ? value.negate() : value);
  }

  /** Python's {@code str.strip()}. */
  static String strip(String text) {
    return Py.strip(text, c -> isSpace((char) c));
  }

  /** Python's {@code str.isspace()} for one character (no whitespace lies outside the BMP). */
  static boolean isSpace(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case 0x0b:
      case '\f':
      case '\r':
      case 0x1c:
      case 0x1d:
      case 0x1e:
      case 0x1f:
      case ' ':
      case 0x85:
      case 0xa0:
      case 0x1680:
      case 0x2028:
      case 0x2029:
      case 0x202f:
      case 0x205f:
      case 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200a;
    }
  }
}

package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Python's {@code int(str)}: surrounding whitespace, a sign, Unicode digits, single underscores.
 */
final class PyInt {
  private PyInt() {}

  static Optional<BigInteger> parse(String text) {
    String s = text.strip();
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
    BigInteger value = new BigInteger(digits.toString());
    return Optional.of(negative ? value.negate() : value);
  }
}

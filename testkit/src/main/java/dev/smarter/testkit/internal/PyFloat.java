package dev.smarter.testkit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr(float)}, which is also how {@code json.dumps} writes floats. */
final class PyFloat {
  private PyFloat() {}

  static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    } else if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    } else if (value == 0.0) {
      return (1 / value < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(Math.abs(value));
    String digits = shortest.unscaledValue().toString();
    int decimalPoint = digits.length() - shortest.scale();
    String body;
    if (decimalPoint < -3 || decimalPoint > 16) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      int exponent = decimalPoint - 1;
      body = mantissa + (exponent < 0 ? "e-" : "e+") + pad2(Math.abs(exponent));
    } else if (decimalPoint <= 0) {
      body = "0." + "0".repeat(-decimalPoint) + digits;
    } else if (decimalPoint >= digits.length()) {
      body = digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    } else {
      body = digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
    }
    return value < 0 ? "-" + body : body;
  }

  /** SQLite's text form of a REAL stored into a TEXT column ({@code %!.15g}). */
  static String sqliteText(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    } else if (Double.isInfinite(value)) {
      return value > 0 ? "Inf" : "-Inf";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(15, RoundingMode.HALF_EVEN));
    if (rounded.signum() == 0) {
      return "0.0";
    }
    BigDecimal stripped = rounded.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int decimalPoint = digits.length() - stripped.scale();
    String sign = value < 0 ? "-" : "";
    if (decimalPoint < -3 || decimalPoint > 15) {
      String mantissa = digits.charAt(0) + "." + (digits.length() == 1 ? "0" : digits.substring(1));
      int exponent = decimalPoint - 1;
      return sign + mantissa + (exponent < 0 ? "e-" : "e+") + pad2(Math.abs(exponent));
    }
    return sign + stripped.abs().toPlainString() + (stripped.scale() <= 0 ? ".0" : "");
  }

  private static BigDecimal shortest(double positive) {
    BigDecimal exact = new BigDecimal(positive);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == positive) {
        return candidate.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  private static String pad2(int exponent) {
    return exponent < 10 ? "0" + exponent : Integer.toString(exponent);
  }
}

package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Python's comparison operators, as CPython 3.11 answers them. */
class PyComparisonTest {
  private static final double NAN = Double.NaN;

  @Test
  void everyComparisonWithNanIsFalse() {
    assertThat(Py.lessThan(100L, NAN)).isFalse();
    assertThat(Py.lessThan(NAN, 100L)).isFalse();
    assertThat(Py.greaterThan(NAN, 0L)).isFalse();
    assertThat(Py.greaterThan(0L, NAN)).isFalse();
    assertThat(Py.lessThan(NAN, NAN)).isFalse();
    assertThat(Py.pyEquals(NAN, NAN)).isFalse();
    assertThat(Py.pyEquals(NAN, 0L)).isFalse();
  }

  @Test
  void infinitiesAndMixedNumbersCompareByValue() {
    assertThat(Py.lessThan(BigInteger.TEN.pow(30), Double.POSITIVE_INFINITY)).isTrue();
    assertThat(Py.greaterThan(0L, Double.NEGATIVE_INFINITY)).isTrue();
    assertThat(Py.lessThan(2L, 2.5)).isTrue();
    assertThat(Py.pyEquals(2L, 2.0)).isTrue();
    assertThat(Py.lessThan(2L, 2L)).isFalse();
    assertThat(Py.greaterThan("b", "a")).isTrue();
  }

  @Test
  void aNumberAndAStringDoNotCompareEvenWhenTheNumberIsNan() {
    assertThatThrownBy(() -> Py.lessThan(NAN, "5"))
        .isInstanceOf(PyException.class)
        .hasMessage("'<' not supported between instances of 'float' and 'str'");
  }
}

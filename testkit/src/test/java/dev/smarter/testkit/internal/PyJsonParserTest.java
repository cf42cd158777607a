package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts were produced by CPython 3.11.7's {@code json.loads}. */
class PyJsonParserTest {
  static Stream<Arguments> pythonErrors() {
    String[][] cases = {
      {"", "Expecting value: line 1 column 1 (char 0)"},
      {" ", "Expecting value: line 1 column 2 (char 1)"},
      {"{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
      {"{\"a\": }", "Expecting value: line 1 column 7 (char 6)"},
      {"[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"},
      {"{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)"},
      {"\"\\u12\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
      {"\"\\x\"", "Invalid \\escape: line 1 column 2 (char 1)"},
      {"\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"},
      {"{\"a\":1,}", "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
      {"[1,]", "Expecting value: line 1 column 4 (char 3)"},
      {"1 2", "Extra data: line 1 column 3 (char 2)"},
      {"\"a\u0001\"", "Invalid control character at: line 1 column 3 (char 2)"},
      {"nul", "Expecting value: line 1 column 1 (char 0)"},
      {"{\"a\":1", "Expecting ',' delimiter: line 1 column 7 (char 6)"},
      {"[", "Expecting value: line 1 column 2 (char 1)"},
      {"-", "Expecting value: line 1 column 1 (char 0)"},
      {"01", "Extra data: line 1 column 2 (char 1)"},
      {"1.", "Extra data: line 1 column 2 (char 1)"},
      {"1e", "Extra data: line 1 column 2 (char 1)"},
      {"[1", "Expecting ',' delimiter: line 1 column 3 (char 2)"},
      {"{\"a\"", "Expecting ':' delimiter: line 1 column 5 (char 4)"},
      {"{\"a\":", "Expecting value: line 1 column 6 (char 5)"},
      {"\"\\", "Unterminated string starting at: line 1 column 1 (char 0)"},
      {"\"\\u123\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
      {"\"\\uzzzz\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
      {"\"\\ud83d\\u12\"", "Invalid \\uXXXX escape: line 1 column 9 (char 8)"},
      {"  \n  {\"a\":\n x}", "Expecting value: line 3 column 2 (char 12)"},
      {"[-]", "Expecting value: line 1 column 2 (char 1)"},
      {"1.5.", "Extra data: line 1 column 4 (char 3)"},
      {"{\"a\":1}}", "Extra data: line 1 column 8 (char 7)"},
      {"[] ,", "Extra data: line 1 column 4 (char 3)"},
      {"tru", "Expecting value: line 1 column 1 (char 0)"},
      {"NaNa", "Extra data: line 1 column 4 (char 3)"},
      {"{1:2}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
      {"{\"a\":1 \"b\":2}", "Expecting ',' delimiter: line 1 column 8 (char 7)"},
      {"{'a':1}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
      {"[1,,2]", "Expecting value: line 1 column 4 (char 3)"},
      {"\"\t\"", "Invalid control character at: line 1 column 2 (char 1)"},
    };
    return Stream.of(cases).map(c -> Arguments.of(c[0], c[1]));
  }

  @ParameterizedTest
  @MethodSource("pythonErrors")
  void malformedJsonFailsWithPythonsMessage(String body, String message) {
    assertThatThrownBy(() -> PyJsonParser.loads(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PyException.class)
        .hasMessage(message);
  }

  static Stream<Arguments> pythonDecodeErrors() {
    return Stream.of(
        Arguments.of(
            new byte[] {(byte) 0xff},
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        Arguments.of(
            new byte[] {'a', (byte) 0xe2, (byte) 0x82},
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"),
        Arguments.of(
            new byte[] {(byte) 0xe2, '(', (byte) 0xa1},
            "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"),
        Arguments.of(
            new byte[] {(byte) 0xc0, (byte) 0xaf},
            "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"));
  }

  @ParameterizedTest
  @MethodSource("pythonDecodeErrors")
  void invalidUtf8FailsWithPythonsDecodeMessage(byte[] body, String message) {
    assertThatThrownBy(() -> PyJsonParser.loads(body)).hasMessage(message);
  }

  @Test
  void arbitraryInputEitherParsesOrFailsWithAPythonError() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "{}[]\",:\\/ u0123456789abcdefEe.-+ntrlsNIaiy\t\n\u00e9";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(20);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        PyJsonParser.loads(text.toString().getBytes(StandardCharsets.UTF_8));
      } catch (PyException expected) {
        assertThat(expected.getMessage()).isNotEmpty();
      }
    }
  }

  @Test
  void integersParseExactlyWithoutDoubles() {
    assertThat(PyJsonParser.loads("[9223372036854775807, 123456789012345678901234567890]"))
        .isEqualTo(
            List.of(
                new BigInteger("9223372036854775807"),
                new BigInteger("123456789012345678901234567890")));
  }

  @Test
  void fractionsExponentsAndPythonConstantsParseToDoubles() {
    assertThat(PyJsonParser.loads("[1E2, 1.0e-2, NaN, Infinity, -Infinity, 1e400]"))
        .isEqualTo(
            List.of(
                100.0,
                0.01,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY));
  }

  @Test
  void duplicateKeysKeepFirstPositionAndLastValue() {
    Object parsed = PyJsonParser.loads("{\"a\":1,\"b\":3,\"a\":2}");
    assertThat(parsed).hasToString("{a=2, b=3}");
  }

  @Test
  void surrogatePairEscapesJoin() {
    assertThat(PyJsonParser.loads("\"\\ud83d\\ude00\\u00e9\"")).isEqualTo("\uD83D\uDE00\u00e9");
  }

  @Test
  void utf8ByteOrderMarkIsSkippedLikeUtf8Sig() {
    byte[] body = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'};
    assertThat(PyJsonParser.loads(body)).isEqualTo(Map.of());
  }

  @Test
  void integersOver4300DigitsHitPythonsConversionLimit() {
    assertThatThrownBy(() -> PyJsonParser.loads("1".repeat(4301)))
        .hasMessage(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301"
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
  }

  @Test
  void nestingPastPythonsRecursionLimitFailsAtTheContainerThatCrossesIt() {
    String arrays = "[".repeat(PyJsonParser.MAX_DEPTH) + "]".repeat(PyJsonParser.MAX_DEPTH);
    assertThat(PyJsonParser.loads(arrays)).isInstanceOf(List.class);

    assertThatThrownBy(() -> PyJsonParser.loads("[".repeat(PyJsonParser.MAX_DEPTH + 1)))
        .isInstanceOf(PyException.class)
        .hasMessage(
            "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
    assertThatThrownBy(() -> PyJsonParser.loads("{\"a\": ".repeat(5000)))
        .hasMessage(
            "maximum recursion depth exceeded while decoding a JSON object from a unicode string");
    assertThatThrownBy(() -> PyJsonParser.loads("[".repeat(100_000)))
        .hasMessage(
            "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
  }
}

package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected messages were produced by CPython 3.11.7's {@code str.encode("utf-8")}. */
class PyUtf8Test {
  @Test
  void textWithoutLoneSurrogatesEncodes() {
    assertThat(Py.utf8EncodeError("plain")).isNull();
    assertThat(Py.utf8EncodeError("caf\u00e9 \uD83D\uDE00")).isNull();
    assertThat(Py.utf8EncodeError("")).isNull();
  }

  @Test
  void aLoneSurrogateIsNamedWithItsCodePointPosition() {
    assertThat(Py.utf8EncodeError("a\uD800b"))
        .isEqualTo(
            "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
    assertThat(Py.utf8EncodeError("\uDC00"))
        .isEqualTo(
            "'utf-8' codec can't encode character '\\udc00' in position 0: surrogates not allowed");
  }

  @Test
  void anAstralCharacterBeforeCountsAsOnePosition() {
    assertThat(Py.utf8EncodeError("\uD83D\uDE00\uD800"))
        .isEqualTo(
            "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed");
  }

  @Test
  void aRunOfLoneSurrogatesIsOneRange() {
    assertThat(Py.utf8EncodeError("a\uD800\uD800b"))
        .isEqualTo("'utf-8' codec can't encode characters in position 1-2: surrogates not allowed");
    assertThat(Py.utf8EncodeError("\uDC00\uD800"))
        .isEqualTo("'utf-8' codec can't encode characters in position 0-1: surrogates not allowed");
  }
}

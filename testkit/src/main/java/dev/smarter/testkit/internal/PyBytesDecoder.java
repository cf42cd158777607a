package dev.smarter.testkit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * What {@code json.loads(bytes)} does before parsing: detect the encoding like Python's {@code
 * json.detect_encoding} and decode to code points, failing with Python's {@code UnicodeDecodeError}
 * texts. UTF-8 is decoded with {@code surrogatepass}, as Python does.
 */
final class PyBytesDecoder {
  private PyBytesDecoder() {}

  static int[] decode(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return decodeWith(b, 4, startsWith(b, 0, 0) ? "UTF-32BE" : "UTF-32LE", "utf-32");
    } else if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
      return decodeWith(b, 2, b[0] == (byte) 0xFE ? "UTF-16BE" : "UTF-16LE", "utf-16");
    } else if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return decodeUtf8(b, 3);
    } else if (b.length >= 4 && b[0] == 0) {
      return b[1] != 0
          ? decodeWith(b, 0, "UTF-16BE", "utf-16-be")
          : decodeWith(b, 0, "UTF-32BE", "utf-32-be");
    } else if (b.length >= 4 && b[1] == 0) {
      return b[2] != 0 || b[3] != 0
          ? decodeWith(b, 0, "UTF-16LE", "utf-16-le")
          : decodeWith(b, 0, "UTF-32LE", "utf-32-le");
    } else if (b.length == 2 && b[0] == 0) {
      return decodeWith(b, 0, "UTF-16BE", "utf-16-be");
    } else if (b.length == 2 && b[1] == 0) {
      return decodeWith(b, 0, "UTF-16LE", "utf-16-le");
    }
    return decodeUtf8(b, 0);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int[] decodeWith(byte[] b, int skip, String charset, String pythonName) {
    try {
      String text =
          Charset.forName(charset)
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, skip, b.length - skip))
              .toString();
      return text.codePoints().toArray();
    } catch (CharacterCodingException e) {
      throw new PyException("'" + pythonName + "' codec can't decode the request body");
    }
  }

  private static int[] decodeUtf8(byte[] b, int start) {
    int[] out = new int[b.length - start];
    int count = 0;
    int i = start;
    while (i < b.length) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        out[count++] = lead;
        i++;
        continue;
      }
      int length;
      int min2 = 0x80;
      int max2 = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
          min2 = 0xA0;
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
          min2 = 0x90;
        } else if (lead == 0xF4) {
          max2 = 0x8F;
        }
      } else {
        throw error(b, i, i, "invalid start byte");
      }
      int codePoint = lead & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        if (i + k >= b.length) {
          throw error(b, i, b.length - 1, "unexpected end of data");
        }
        int next = b[i + k] & 0xFF;
        int min = k == 1 ? min2 : 0x80;
        int max = k == 1 ? max2 : 0xBF;
        if (next < min || next > max) {
          throw error(b, i, i + k - 1, "invalid continuation byte");
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      out[count++] = codePoint;
      i += length;
    }
    return Arrays.copyOf(out, count);
  }

  private static PyException error(byte[] b, int from, int to, String reason) {
    String where =
        from == to
            ? String.format("byte 0x%02x in position %d", b[from] & 0xFF, from)
            : String.format("bytes in position %d-%d", from, to);
    return new PyException("'utf-8' codec can't decode " + where + ": " + reason);
  }
}

package dev.smarter.testkit.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Starlette's {@code JSONResponse.render}: {@code json.dumps(content, ensure_ascii=False,
 * allow_nan=False, separators=(",", ":"))} encoded as UTF-8. Datetimes are written the way the
 * server's {@code model_to_dict} does ({@code isoformat()}).
 */
final class PyJsonWriter {
  private final StringBuilder out = new StringBuilder(256);

  private PyJsonWriter() {}

  static byte[] render(@Nullable Object value) {
    PyJsonWriter writer = new PyJsonWriter();
    writer.write(value);
    return encodeUtf8(writer.out);
  }

  private void write(@Nullable Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean) {
      out.append((Boolean) value ? "true" : "false");
    } else if (value instanceof Long || value instanceof BigInteger || value instanceof Integer) {
      out.append(value);
    } else if (value instanceof Double) {
      double d = (Double) value;
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new PyException("Out of range float values are not JSON compliant");
      }
      out.append(PyFloat.repr(d));
    } else if (value instanceof String) {
      writeString((String) value);
    } else if (value instanceof LocalDateTime) {
      writeString(IsoDateTimes.format((LocalDateTime) value));
    } else if (value instanceof Map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString((String) entry.getKey());
        out.append(':');
        write(entry.getValue());
      }
      out.append('}');
    } else if (value instanceof List) {
      out.append('[');
      boolean first = true;
      for (Object element : (List<?>) value) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(element);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass());
    }
  }

  private void writeString(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static byte[] encodeUtf8(CharSequence text) {
    String unencodable = Py.utf8EncodeError(text);
    if (unencodable != null) {
      throw new PyException(unencodable);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}

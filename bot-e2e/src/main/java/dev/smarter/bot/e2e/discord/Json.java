package dev.smarter.bot.e2e.discord;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** JSON as plain maps and lists (Moshi's {@code Object} adapter), with null values written. */
final class Json {
  private static final JsonAdapter<Object> ADAPTER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls();

  private Json() {}

  /** Builds an object from alternating keys and values; values may be null. */
  static Map<String, @Nullable Object> obj(@Nullable Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return map;
  }

  static String write(Object value) {
    return ADAPTER.toJson(value);
  }

  /**
   * Parses JSON text.
   *
   * @throws MalformedJsonException if the text is not JSON
   */
  static @Nullable Object read(String json) {
    try {
      return ADAPTER.fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new MalformedJsonException(e.getMessage());
    }
  }

  /** Returns {@code value} as an object, or throws {@link MalformedJsonException}. */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> asObject(@Nullable Object value) {
    if (value instanceof Map) {
      return (Map<String, @Nullable Object>) value;
    }
    throw new MalformedJsonException("expected an object but was " + value);
  }

  /** Returns {@code value} as an array, or throws {@link MalformedJsonException}. */
  @SuppressWarnings("unchecked")
  static List<@Nullable Object> asArray(@Nullable Object value) {
    if (value instanceof List) {
      return (List<@Nullable Object>) value;
    }
    throw new MalformedJsonException("expected an array but was " + value);
  }

  /** Reads a snowflake or integer sent as a JSON string or number. */
  static long asLong(@Nullable Object value) {
    if (value instanceof Number) {
      double number = ((Number) value).doubleValue();
      if (number == Math.rint(number)) {
        return (long) number;
      }
    } else if (value instanceof String) {
      try {
        return Long.parseLong((String) value);
      } catch (NumberFormatException e) {
        throw new MalformedJsonException("not an integer: " + value);
      }
    }
    throw new MalformedJsonException("not an integer: " + value);
  }

  static @Nullable String asString(@Nullable Object value) {
    return value == null ? null : String.valueOf(value);
  }

  /** The payload was not the JSON the route expects. */
  static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(@Nullable String message) {
      super(message);
    }
  }
}

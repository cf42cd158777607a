package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;

/**
 * The failures of the SDK's own JSON adapters, worded alike: a field that must have a value was
 * {@code null}, a required field was missing, or the values did not make a valid object.
 */
final class JsonFailures {
  private JsonFailures() {}

  /** {@code name}, the field being read, holds {@code null}. */
  static JsonDataException nullValue(String name, JsonReader reader) {
    return new JsonDataException("Non-null value '" + name + "' was null at " + reader.getPath());
  }

  /** {@code name} is missing from the object being read, or just read. */
  static JsonDataException missing(String name, JsonReader reader) {
    return new JsonDataException("Required value '" + name + "' missing at " + objectPath(reader));
  }

  /** The object being read, or just read, is not a valid {@code type}. */
  static JsonDataException invalid(String type, JsonReader reader, Throwable cause) {
    return new JsonDataException(
        "Invalid " + type + " at " + objectPath(reader) + ": " + cause.getMessage(), cause);
  }

  /** The path of an object from inside it: {@code $[0].name} gives {@code $[0]}. */
  private static String objectPath(JsonReader reader) {
    String inside = reader.getPath();
    int lastName = inside.lastIndexOf('.');
    return lastName < 0 ? inside : inside.substring(0, lastName);
  }
}

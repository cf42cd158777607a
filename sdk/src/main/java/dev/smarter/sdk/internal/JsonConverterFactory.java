package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Converts request and response bodies with Moshi.
 *
 * <p>Request bodies are sent as {@code application/json} (no charset parameter, as the server's own
 * clients do). A response of a method marked {@link Envelope} is read from the named field of the
 * top-level object; other fields are skipped. A body with content after its JSON value is rejected.
 */
public final class JsonConverterFactory extends Converter.Factory {
  static final MediaType JSON = MediaType.get("application/json");

  private final Moshi moshi;

  /**
   * Creates a factory that uses {@code moshi} for every type.
   *
   * @param moshi the Moshi instance from {@link Json#moshi}
   */
  public JsonConverterFactory(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return new RequestConverter<>(moshi.adapter(type));
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    JsonAdapter<Object> adapter = moshi.adapter(type);
    Envelope envelope = envelopeOf(annotations);
    return new ResponseConverter<>(
        envelope == null ? adapter : new EnvelopeAdapter<>(envelope.value(), adapter));
  }

  private static @Nullable Envelope envelopeOf(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Envelope) {
        return (Envelope) annotation;
      }
    }
    return null;
  }

  /** Reads the whole of {@code body} with {@code adapter}: a JSON value, then nothing else. */
  static <T> T read(ResponseBody body, JsonAdapter<T> adapter) throws IOException {
    try (JsonReader reader = JsonReader.of(body.source())) {
      T result = adapter.fromJson(reader);
      if (result == null) {
        throw new JsonDataException("Expected a JSON value but was null at path $");
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return result;
    }
  }

  /** Writes a request body as JSON. */
  private static final class RequestConverter<T> implements Converter<T, RequestBody> {
    private final JsonAdapter<T> adapter;

    RequestConverter(JsonAdapter<T> adapter) {
      this.adapter = adapter;
    }

    @Override
    public RequestBody convert(T value) throws IOException {
      Buffer buffer = new Buffer();
      adapter.toJson(JsonWriter.of(buffer), value);
      return RequestBody.create(buffer.readByteString(), JSON);
    }
  }

  /** Reads a whole response body as one JSON value ({@link #read}). */
  static final class ResponseConverter<T> implements Converter<ResponseBody, T> {
    private final JsonAdapter<T> adapter;

    ResponseConverter(JsonAdapter<T> adapter) {
      this.adapter = adapter;
    }

    @Override
    public T convert(ResponseBody body) throws IOException {
      return read(body, adapter);
    }
  }

  /** Reads the value of one field of a JSON object, skipping the others. */
  private static final class EnvelopeAdapter<T> extends JsonAdapter<T> {
    private final String field;
    private final JsonReader.Options options;
    private final JsonAdapter<T> delegate;

    EnvelopeAdapter(String field, JsonAdapter<T> delegate) {
      this.field = field;
      this.options = JsonReader.Options.of(field);
      this.delegate = delegate;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      T result = null;
      boolean found = false;
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.selectName(options) == 0) {
          result = delegate.fromJson(reader);
          found = true;
        } else {
          reader.skipName();
          reader.skipValue();
        }
      }
      reader.endObject();
      if (!found || result == null) {
        throw JsonFailures.missing(field, reader);
      }
      return result;
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      writer.beginObject().name(field);
      delegate.toJson(writer, value);
      writer.endObject();
    }
  }
}

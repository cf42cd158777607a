package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.smarter.sdk.model.PartialUpdate;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link PartialUpdate} as a JSON object holding exactly its changes, explicit {@code
 * null}s included. Updates are request bodies only and are never read.
 */
public final class PartialUpdateJsonAdapter extends JsonAdapter<PartialUpdate> {
  /** Creates the adapter for {@link PartialUpdate} and its subclasses. */
  public static final JsonAdapter.Factory FACTORY =
      new JsonAdapter.Factory() {
        @Override
        public @Nullable JsonAdapter<?> create(
            Type type, Set<? extends Annotation> annotations, Moshi moshi) {
          return annotations.isEmpty()
                  && PartialUpdate.class.isAssignableFrom(Types.getRawType(type))
              ? new PartialUpdateJsonAdapter(moshi)
              : null;
        }
      };

  private final Moshi moshi;

  private PartialUpdateJsonAdapter(Moshi moshi) {
    this.moshi = moshi;
  }

  @Override
  public PartialUpdate fromJson(JsonReader reader) {
    throw new JsonDataException(
        "an update is a request body and is never read from JSON (at " + reader.getPath() + ")");
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable PartialUpdate update) throws IOException {
    if (update == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    for (Map.Entry<String, @Nullable Object> change : update.changes().entrySet()) {
      writer.name(change.getKey());
      Object value = change.getValue();
      if (value == null) {
        boolean serializeNulls = writer.getSerializeNulls();
        writer.setSerializeNulls(true);
        writer.nullValue();
        writer.setSerializeNulls(serializeNulls);
      } else {
        @SuppressWarnings("unchecked")
        JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(value.getClass());
        adapter.toJson(writer, value);
      }
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(PartialUpdate)";
  }
}

package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link UserBatch} as the bare JSON array the server expects, and reads it back through
 * {@link UserBatch#of}, whose checks then fail as a {@link JsonDataException} naming the path.
 *
 * <p>A plain adapter rather than Moshi's {@code @ToJson}/{@code @FromJson} methods: those are found
 * by reflection when the Moshi instance is built, which costs every client's start-up about as much
 * as the rest of the JSON set-up together.
 */
public final class UserBatchJsonAdapter extends JsonAdapter<UserBatch> {
  /** Creates the adapter for {@link UserBatch}, which is final. */
  public static final JsonAdapter.Factory FACTORY =
      new JsonAdapter.Factory() {
        @Override
        public @Nullable JsonAdapter<?> create(
            Type type, Set<? extends Annotation> annotations, Moshi moshi) {
          return type == UserBatch.class && annotations.isEmpty()
              ? new UserBatchJsonAdapter(moshi).nullSafe()
              : null;
        }
      };

  private final JsonAdapter<List<NewUser>> users;

  private UserBatchJsonAdapter(Moshi moshi) {
    this.users = moshi.adapter(Types.newParameterizedType(List.class, NewUser.class));
  }

  @Override
  public UserBatch fromJson(JsonReader reader) throws IOException {
    List<NewUser> read = users.fromJson(reader);
    if (read == null) {
      throw new JsonDataException("Expected a JSON array but was null at " + reader.getPath());
    }
    try {
      return UserBatch.of(read);
    } catch (RuntimeException e) {
      throw new JsonDataException(e + " at " + reader.getPath(), e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserBatch batch) throws IOException {
    if (batch == null) {
      writer.nullValue();
      return;
    }
    users.toJson(writer, batch.users());
  }

  @Override
  public String toString() {
    return "JsonAdapter(UserBatch)";
  }
}

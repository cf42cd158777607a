package dev.smarter.sdk.internal;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.ToJson;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.UserBatch;
import java.util.List;

/** Writes a {@link UserBatch} as the bare JSON array the server expects, and reads it back. */
public final class UserBatchJsonAdapter {
  /** Moshi calls this through {@link ToJson}. */
  @ToJson
  List<NewUser> toJson(UserBatch batch) {
    return batch.users();
  }

  /** Moshi calls this through {@link FromJson}. */
  @FromJson
  UserBatch fromJson(List<NewUser> users) {
    return UserBatch.of(users);
  }
}

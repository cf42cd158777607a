package dev.smarter.sdk.internal;

import com.squareup.moshi.Moshi;
import java.time.Instant;
import java.time.ZoneId;

/** Builds the Moshi instance that knows every SDK type. */
public final class Json {
  private Json() {}

  /**
   * Returns a Moshi instance for a server whose naive datetimes are in {@code serverZone}.
   *
   * @param serverZone the server's zone, usually UTC
   * @return a new, thread-safe Moshi
   */
  public static Moshi moshi(ZoneId serverZone) {
    return new Moshi.Builder()
        .add(Instant.class, new InstantJsonAdapter(serverZone))
        .add(PartialUpdateJsonAdapter.FACTORY)
        .add(UserBatchJsonAdapter.FACTORY)
        .add(new ImmutablesJsonAdapterFactory())
        .build();
  }
}

package dev.smarter.sdk.internal;

import org.immutables.value.Value;

/** The body of {@code POST /api/auth/token}. Its {@code toString()} hides the key. */
@Value.Immutable
public abstract class TokenRequest {
  TokenRequest() {}

  /**
   * Returns the API key to exchange.
   *
   * @return the key
   */
  @Value.Redacted
  public abstract String apiKey();

  static TokenRequest of(String apiKey) {
    return builder().apiKey(apiKey).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TokenRequest}. */
  public static final class Builder extends ImmutableTokenRequest.Builder {
    Builder() {}
  }
}

package dev.smarter.sdk.internal;

import org.immutables.value.Value;

/** The answer of {@code POST /api/auth/token}. Its {@code toString()} hides the token. */
@Value.Immutable
public abstract class TokenResponse {
  /** The longest token lifetime taken at face value: a year (the server issues one-hour tokens). */
  static final long MAX_EXPIRES_IN = 366L * 24 * 60 * 60;

  TokenResponse() {}

  /**
   * Returns the bearer token.
   *
   * @return the token
   */
  @Value.Redacted
  public abstract String token();

  /**
   * Returns how long the token is valid, in seconds.
   *
   * @return the lifetime, 3600 on the real server
   */
  public abstract long expiresIn();

  @Value.Check
  void check() {
    if (token().isEmpty()) {
      throw new IllegalStateException("token must not be empty");
    }
    if (expiresIn() <= 0 || expiresIn() > MAX_EXPIRES_IN) {
      throw new IllegalStateException(
          "expires_in must be between 1 and " + MAX_EXPIRES_IN + " seconds but was " + expiresIn());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TokenResponse}. */
  public static final class Builder extends ImmutableTokenResponse.Builder {
    Builder() {}
  }
}

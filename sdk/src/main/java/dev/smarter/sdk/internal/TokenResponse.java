package dev.smarter.sdk.internal;

import org.immutables.value.Value;

/** The answer of {@code POST /api/auth/token}. Its {@code toString()} hides the token. */
@Value.Immutable
public abstract class TokenResponse {
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
    if (expiresIn() <= 0) {
      throw new IllegalStateException("expires_in must be positive but was " + expiresIn());
    }
  }
}

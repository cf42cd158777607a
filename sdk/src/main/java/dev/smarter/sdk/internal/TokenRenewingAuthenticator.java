package dev.smarter.sdk.internal;

import java.io.IOException;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.jspecify.annotations.Nullable;

/**
 * Answers a 401 to a request that carried a bearer token by renewing the token once and sending
 * the request again. A second 401 for the same call is returned as is, so there are no loops.
 */
public final class TokenRenewingAuthenticator implements Authenticator {
  private static final String PREFIX = "Bearer ";

  private final TokenProvider tokens;

  /**
   * Creates the authenticator.
   *
   * @param tokens where tokens come from
   */
  public TokenRenewingAuthenticator(TokenProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public @Nullable Request authenticate(@Nullable Route route, Response response)
      throws IOException {
    String sent = response.request().header("Authorization");
    if (sent == null || !sent.startsWith(PREFIX) || response.priorResponse() != null) {
      return null;
    }
    String renewed = tokens.renew(sent.substring(PREFIX.length()));
    return response.request().newBuilder().header("Authorization", PREFIX + renewed).build();
  }
}

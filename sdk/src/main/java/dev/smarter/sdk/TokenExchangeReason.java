package dev.smarter.sdk;

/** Why the API key is exchanged for a token; see {@link CallListener#tokenExchangeStart}. */
public enum TokenExchangeReason {
  /** The client had no token yet. */
  FIRST,
  /** The cached token was about to expire. */
  EXPIRING,
  /** The server refused the cached token (HTTP 401). */
  REFUSED
}

package dev.smarter.sdk;

/** Why a request is sent again; see {@link CallListener#retryScheduled}. */
public enum RetryReason {
  /** The connection failed (before sending, or after for an idempotent request). */
  CONNECTION_FAILED,
  /** The server or a proxy answered 408 Request Timeout: the request was not processed. */
  REQUEST_TIMEOUT,
  /** The server or a proxy answered 429 Too Many Requests: the request was not processed. */
  RATE_LIMITED,
  /** An idempotent request got 500, 502, 503 or 504. */
  SERVER_ERROR,
  /**
   * A create failed ambiguously, and a lookup proved the server had not stored it: the SDK sends it
   * again. See {@link OutcomeUnknownException}.
   */
  NOT_STORED
}

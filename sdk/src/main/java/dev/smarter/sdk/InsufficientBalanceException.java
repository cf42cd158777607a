package dev.smarter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * A bytes award was refused because the giver's balance is lower than the amount (HTTP 400
 * "Insufficient bytes balance").
 *
 * <p>The server reads the giver's stored {@code bytes_balance}; new users start at 0 and no route
 * grants bytes, so a first award from a user who never received any fails this way. Read the
 * balance with {@link BytesApi#balance(long)} (mind its side effect) to show it to the user.
 * Immutable.
 */
public class InsufficientBalanceException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for an insufficient-balance refusal.
   *
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   */
  public InsufficientBalanceException(@Nullable String errorMessage, String method, String path) {
    super(400, errorMessage, method, path);
  }
}

package dev.smarter.testkit;

import dev.smarter.testkit.internal.ApiKeys;
import dev.smarter.testkit.internal.FaultPlan;
import dev.smarter.testkit.internal.TokenService;
import java.util.Objects;

/**
 * Fault injection for one {@link FakeSmarterDevServer}: request faults ({@link Fault}) and
 * authentication faults (expired tokens, revoked keys). Thread-safe: a fault armed for N requests
 * applies to exactly N, even under concurrent traffic. Faults apply before authentication and
 * routing. They spare the token exchange ({@code POST /api/auth/token}) unless a fault targets it
 * ({@link Fault#onTokenExchange()}, or a path prefix that matches it), so that
 *
 * <pre>{@code
 * server.faults().failNext(2, 503);
 * client.guilds().list().execute();   // token exchange 200, then GET /api/guilds 503, 503, 200
 * }</pre>
 *
 * <p>fails the call the test makes, not the exchange the client does before it.
 */
public final class Faults {
  private final FaultPlan plan;
  private final TokenService tokens;
  private final ApiKeys keys;

  Faults(FaultPlan plan, TokenService tokens, ApiKeys keys) {
    this.plan = plan;
    this.tokens = tokens;
    this.keys = keys;
  }

  /**
   * Arms {@code fault} after the faults already armed; returns this.
   *
   * @param fault the fault to arm; it hits the next {@link Fault#times()} requests it matches
   * @return this, for chaining
   */
  public Faults enqueue(Fault fault) {
    Objects.requireNonNull(fault, "fault == null");
    plan.arm(fault);
    return this;
  }

  /**
   * Answers the next {@code count} requests other than the token exchange with {@code status} (a
   * JSON error body) without processing them; returns this. Same as {@code
   * enqueue(Fault.status(status).times(count))}.
   *
   * @param count how many requests to fail, at least 1
   * @param status the HTTP status to answer with, in 100..599
   * @return this, for chaining
   * @throws IllegalArgumentException if {@code count < 1} or {@code status} is out of range
   */
  public Faults failNext(int count, int status) {
    return enqueue(Fault.status(status).times(count));
  }

  /**
   * Makes every token issued so far invalid: requests carrying one get 401 {@code {"error":
   * "Invalid or expired token"}}. New exchanges work as before.
   */
  public void expireTokens() {
    tokens.rotateSecret();
  }

  /**
   * Deactivates a configured API key: exchanging it gets 401 {@code {"error": "Invalid API key"}}.
   * Tokens already issued for it stay valid, as on the real server.
   *
   * @param apiKey one of the server's configured keys
   * @throws IllegalArgumentException if {@code apiKey} is not one of the configured keys
   */
  public void revokeApiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    if (!keys.revoke(apiKey)) {
      throw new IllegalArgumentException("not a configured API key");
    }
  }

  /**
   * Reactivates a revoked API key.
   *
   * @param apiKey one of the server's configured keys; restoring an active key does nothing
   * @throws IllegalArgumentException if {@code apiKey} is not one of the configured keys
   */
  public void restoreApiKey(String apiKey) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    if (!keys.restore(apiKey)) {
      throw new IllegalArgumentException("not a configured API key");
    }
  }

  /**
   * How many more requests the armed faults will hit.
   *
   * @return the sum of the remaining counts of the armed faults, 0 when none is armed
   */
  public int pending() {
    return plan.pending();
  }

  /** Disarms every armed request fault (revoked keys stay revoked). */
  public void clear() {
    plan.clear();
  }
}

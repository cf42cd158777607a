package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.TokenExchangeReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Exchanges the API key for a bearer token and caches it.
 *
 * <p>A token is used until {@link #RENEW_EARLY} before it expires (or half its lifetime, for
 * short-lived tokens), then renewed. Exchanges are single-flight: every call that needs a token
 * while one is being fetched waits for that one exchange and shares its result or failure. The
 * exchange runs as an asynchronous call of its own, on no caller's thread, so a caller that is
 * interrupted or cancelled, or gives up at its deadline, affects nobody else; and it always ends
 * (with a token or a failure, an {@link Error} included), so nobody waits forever. Thread-safe.
 */
public final class TokenProvider {
  /** How long before expiry a token is renewed, as the original client did. */
  static final Duration RENEW_EARLY = Duration.ofSeconds(60);

  private final ApiCall<TokenResponse> exchangeCall;
  private final Clock clock;
  private final Listeners listeners;
  private volatile @Nullable Token current;
  private @Nullable CompletableFuture<Token> inFlight;

  /**
   * Creates a provider.
   *
   * @param runtime the client's call runtime, which runs the exchanges
   * @param baseUrl the client's base URL, ending with {@code /}
   * @param apiKey the API key
   * @param clock the clock that decides when a token is due for renewal
   * @param listeners told of each exchange
   */
  public TokenProvider(
      CallRuntime runtime, HttpUrl baseUrl, String apiKey, Clock clock, Listeners listeners) {
    this.exchangeCall = TokenExchange.call(runtime, baseUrl, apiKey);
    this.clock = clock;
    this.listeners = listeners;
  }

  /**
   * Returns the {@code Authorization} value of the cached token if it is not due for renewal.
   *
   * @return {@code Bearer <token>}, or {@code null} when a token must be fetched first
   */
  @Nullable String cached() {
    Token token = current;
    return token != null && token.isFresh(clock.instant()) ? token.authorization : null;
  }

  /**
   * Returns the {@code Authorization} value of a fresh token other than {@code refused}: the cached
   * one if it qualifies (another caller may have renewed it already), else the result of the one
   * exchange in flight, started here if there is none.
   *
   * @param refused the value the server refused, or {@code null}
   * @return a future of {@code Bearer <token>}, for this caller alone to cancel or time out
   */
  CompletableFuture<String> fresh(@Nullable String refused) {
    CompletableFuture<Token> exchange;
    TokenExchangeReason reason = null;
    synchronized (this) {
      Token token = current;
      if (token != null && token.isFresh(clock.instant()) && !token.authorization.equals(refused)) {
        return CompletableFuture.completedFuture(token.authorization);
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        reason =
            refused != null
                ? TokenExchangeReason.REFUSED
                : token == null ? TokenExchangeReason.FIRST : TokenExchangeReason.EXPIRING;
      }
      exchange = inFlight;
    }
    if (reason != null) {
      start(exchange, reason);
    }
    return exchange.thenApply(token -> token.authorization);
  }

  private void start(CompletableFuture<Token> exchange, TokenExchangeReason reason) {
    long started = System.nanoTime();
    try {
      if (!listeners.isEmpty()) {
        listeners.tokenExchangeStart(reason);
      }
      CompletableFuture<?> unused =
          exchangeCall
              .executeAsync()
              .whenComplete(
                  (response, failure) -> end(exchange, reason, started, response, failure));
    } catch (Throwable t) {
      end(exchange, reason, started, null, t);
    }
  }

  private void end(
      CompletableFuture<Token> exchange,
      TokenExchangeReason reason,
      long started,
      @Nullable TokenResponse response,
      @Nullable Throwable failure) {
    Token token = null;
    Throwable error = failure;
    if (error == null && response != null) {
      try {
        long lifetime = response.expiresIn();
        long usable = Math.max(lifetime - RENEW_EARLY.toSeconds(), lifetime / 2);
        token = new Token(response.token(), clock.instant().plusSeconds(usable));
      } catch (RuntimeException | Error e) {
        error = e;
      }
    }
    synchronized (this) {
      if (token != null) {
        current = token;
      }
      inFlight = null;
    }
    if (!listeners.isEmpty()) {
      try {
        listeners.tokenExchangeEnd(reason, error, Duration.ofNanos(System.nanoTime() - started));
      } catch (Throwable listenerError) {
        // An Error (a listener's RuntimeException is logged): the waiting calls end with it.
        exchange.completeExceptionally(listenerError);
        return;
      }
    }
    if (token != null) {
      exchange.complete(token);
    } else {
      exchange.completeExceptionally(
          error != null ? error : new IllegalStateException("token exchange gave no token"));
    }
  }

  @Override
  public String toString() {
    return "TokenProvider{token=" + (current == null ? "none" : "****") + "}";
  }

  private static final class Token {
    final String authorization;
    final Instant renewAt;

    Token(String value, Instant renewAt) {
      this.authorization = "Bearer " + value;
      this.renewAt = renewAt;
    }

    boolean isFresh(Instant now) {
      return now.isBefore(renewAt);
    }
  }
}

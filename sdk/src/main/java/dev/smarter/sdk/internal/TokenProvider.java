package dev.smarter.sdk.internal;

import dev.smarter.sdk.SmarterDevException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Exchanges the API key for a bearer token and caches it.
 *
 * <p>A token is used until {@link #RENEW_EARLY} before it expires (or half its lifetime, for
 * short-lived tokens), then renewed. Exchanges are single-flight: threads that need a token while
 * one is being fetched wait for it, and share its failure, instead of fetching their own; no lock
 * is held during the exchange. Thread-safe.
 */
public final class TokenProvider {
  /** How long before expiry a token is renewed, as the original client did. */
  static final Duration RENEW_EARLY = Duration.ofSeconds(60);

  private final AuthApi api;
  private final String apiKey;
  private final Clock clock;
  private volatile @Nullable Token current;
  private @Nullable CompletableFuture<Token> inFlight;

  /**
   * Creates a provider.
   *
   * @param retrofit a Retrofit whose client sends no {@code Authorization} header
   * @param apiKey the API key
   * @param clock the clock that decides when a token is due for renewal
   */
  public TokenProvider(Retrofit retrofit, String apiKey, Clock clock) {
    this.api = retrofit.create(AuthApi.class);
    this.apiKey = apiKey;
    this.clock = clock;
  }

  /**
   * Returns the {@code Authorization} header value of a token that is not due for renewal,
   * exchanging the key when needed.
   *
   * @return {@code Bearer <token>}
   * @throws IOException if the exchange fails; an {@link SdkIoException} carries a refusal
   */
  public String authorization() throws IOException {
    Token token = current;
    if (token != null && token.isFresh(clock.instant())) {
      return token.authorization;
    }
    return fresh(null);
  }

  /**
   * Returns the header value of a token to replace one the server refused: a newer cached token if
   * another thread already renewed it, else a freshly exchanged one.
   *
   * @param refused the {@code Authorization} value the server refused
   * @return {@code Bearer <token>} of a different token
   * @throws IOException if the exchange fails; an {@link SdkIoException} carries a refusal
   */
  public String renew(String refused) throws IOException {
    return fresh(refused);
  }

  /**
   * Returns a fresh token other than {@code refused}. One caller (the leader) exchanges the key,
   * outside any lock; the others wait for its result, failure included, so one slow or failing
   * exchange is never repeated by each waiter in turn.
   */
  private String fresh(@Nullable String refused) throws IOException {
    CompletableFuture<Token> exchange;
    boolean leader = false;
    synchronized (this) {
      Token token = current;
      if (token != null && token.isFresh(clock.instant()) && !token.authorization.equals(refused)) {
        return token.authorization;
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      exchange = inFlight;
    }
    if (leader) {
      lead(exchange);
    }
    return await(exchange).authorization;
  }

  private void lead(CompletableFuture<Token> exchange) {
    try {
      Token token = exchange();
      synchronized (this) {
        current = token;
        inFlight = null;
      }
      exchange.complete(token);
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        inFlight = null;
      }
      exchange.completeExceptionally(e);
    }
  }

  private static Token await(CompletableFuture<Token> exchange) throws IOException {
    try {
      return exchange.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a token");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    }
  }

  private Token exchange() throws IOException {
    TokenResponse response;
    try {
      response = api.exchange(TokenRequest.of(apiKey)).execute();
    } catch (SmarterDevException e) {
      throw new SdkIoException(e);
    } catch (IllegalStateException closed) {
      throw new IOException(closed.getMessage(), closed);
    }
    long lifetime = response.expiresIn();
    long usable = Math.max(lifetime - RENEW_EARLY.toSeconds(), lifetime / 2);
    return new Token(response.token(), clock.instant().plusSeconds(usable));
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

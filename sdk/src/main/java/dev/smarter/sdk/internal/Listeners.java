package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.TokenExchangeReason;
import dev.smarter.sdk.UpsertProgress;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's listeners as one: each event goes to each listener in order, and a listener that
 * throws a {@link RuntimeException} is logged and skipped. With no listener, callers check {@link
 * #isEmpty()} and build no event at all.
 */
public final class Listeners implements CallListener {
  private static final Listeners NONE = new Listeners(List.of());

  private final List<CallListener> listeners;

  /**
   * Creates the composite.
   *
   * @param listeners the listeners, in the order they are called
   */
  public Listeners(List<CallListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Returns the listeners of the client that made {@code call}, for work built on calls (such as
   * {@link UserUpsert}); none when the call was not made by a client of this SDK.
   */
  static Listeners of(@Nullable ApiCall<?> call) {
    return call instanceof HttpApiCall ? ((HttpApiCall<?, ?>) call).runtime.listeners : NONE;
  }

  /**
   * Returns whether no listener is registered.
   *
   * @return {@code true} when events need not be built
   */
  public boolean isEmpty() {
    return listeners.isEmpty();
  }

  private void each(Consumer<CallListener> event) {
    for (CallListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        Log.LOG.warn("CallListener {} threw; the call goes on", listener.getClass().getName(), e);
      }
    }
  }

  @Override
  public void callStart(CallInfo call) {
    each(l -> l.callStart(call));
  }

  @Override
  public void permitWait(CallInfo call, Duration waited) {
    each(l -> l.permitWait(call, waited));
  }

  @Override
  public void attemptStart(CallInfo call, int attempt) {
    each(l -> l.attemptStart(call, attempt));
  }

  @Override
  public void attemptEnd(
      CallInfo call,
      int attempt,
      int statusCode,
      @Nullable IOException failure,
      Duration duration) {
    each(l -> l.attemptEnd(call, attempt, statusCode, failure, duration));
  }

  @Override
  public void retryScheduled(CallInfo call, int nextAttempt, RetryReason reason, Duration delay) {
    each(l -> l.retryScheduled(call, nextAttempt, reason, delay));
  }

  @Override
  public void lookup(CallInfo call, boolean found) {
    each(l -> l.lookup(call, found));
  }

  @Override
  public void outcomeUnknown(CallInfo call, OutcomeUnknownException exception) {
    each(l -> l.outcomeUnknown(call, exception));
  }

  @Override
  public void callEnd(CallInfo call, @Nullable Throwable failure, Duration duration) {
    each(l -> l.callEnd(call, failure, duration));
  }

  @Override
  public void tokenExchangeStart(TokenExchangeReason reason) {
    each(l -> l.tokenExchangeStart(reason));
  }

  @Override
  public void tokenExchangeEnd(
      TokenExchangeReason reason, @Nullable Throwable failure, Duration duration) {
    each(l -> l.tokenExchangeEnd(reason, failure, duration));
  }

  @Override
  public void upsertBatch(UpsertProgress progress, @Nullable SmarterDevException failure) {
    each(l -> l.upsertBatch(progress, failure));
  }

  @Override
  public String toString() {
    return "Listeners" + listeners;
  }

  /** Made on the first listener failure, so that a client without one never starts SLF4J. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger("dev.smarter.sdk");
  }
}

package dev.smarter.sdk.listener;

import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.TokenExchangeReason;
import dev.smarter.sdk.UpsertProgress;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Writes each event as one line ({@code "attemptEnd 1 503"}) into a list that several listeners may
 * share, and keeps every argument it was given, so that tests can search them for secrets.
 */
final class RecordingListener implements CallListener {
  final List<String> events;
  final List<Object> arguments = new CopyOnWriteArrayList<>();
  final List<CallInfo> calls = new CopyOnWriteArrayList<>();
  private final Map<CallInfo, List<String>> byCall = new ConcurrentHashMap<>();
  private final String prefix;

  RecordingListener() {
    this(new CopyOnWriteArrayList<>(), "");
  }

  RecordingListener(List<String> events, String prefix) {
    this.events = events;
    this.prefix = prefix;
  }

  /** The events of each execution, in the order the executions started. */
  List<List<String>> eventsByCall() {
    List<List<String>> result = new ArrayList<>();
    for (CallInfo call : new LinkedHashSet<>(calls)) {
      result.add(new ArrayList<>(byCall.get(call)));
    }
    return result;
  }

  /** A snapshot of the events so far. */
  List<String> events() {
    return new ArrayList<>(events);
  }

  private void record(String event, @Nullable Object... args) {
    events.add(prefix + event);
    if (args.length > 0 && args[0] instanceof CallInfo) {
      CallInfo call = (CallInfo) args[0];
      calls.add(call);
      byCall.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>()).add(event);
    }
    for (Object arg : args) {
      if (arg != null) {
        arguments.add(arg);
      }
    }
  }

  private static String outcome(@Nullable Throwable failure) {
    return failure == null ? "ok" : failure.getClass().getSimpleName();
  }

  @Override
  public void callStart(CallInfo call) {
    record("callStart " + call.route(), call);
  }

  @Override
  public void permitWait(CallInfo call, Duration waited) {
    record("permitWait", call, waited);
  }

  @Override
  public void attemptStart(CallInfo call, int attempt) {
    record("attemptStart " + attempt, call);
  }

  @Override
  public void attemptEnd(
      CallInfo call,
      int attempt,
      int statusCode,
      @Nullable IOException failure,
      Duration duration) {
    record(
        "attemptEnd " + attempt + " " + (failure == null ? statusCode : outcome(failure)),
        call,
        failure,
        duration);
  }

  @Override
  public void retryScheduled(CallInfo call, int nextAttempt, RetryReason reason, Duration delay) {
    record("retryScheduled " + nextAttempt + " " + reason + " " + delay, call, delay);
  }

  @Override
  public void lookup(CallInfo call, boolean found) {
    record("lookup " + (found ? "found" : "not found"), call);
  }

  @Override
  public void outcomeUnknown(CallInfo call, OutcomeUnknownException exception) {
    record("outcomeUnknown", call, exception);
  }

  @Override
  public void callEnd(CallInfo call, @Nullable Throwable failure, Duration duration) {
    record("callEnd " + outcome(failure), call, failure, duration);
  }

  @Override
  public void tokenExchangeStart(TokenExchangeReason reason) {
    record("tokenExchangeStart " + reason, reason);
  }

  @Override
  public void tokenExchangeEnd(
      TokenExchangeReason reason, @Nullable Throwable failure, Duration duration) {
    record("tokenExchangeEnd " + reason + " " + outcome(failure), reason, failure, duration);
  }

  @Override
  public void upsertBatch(UpsertProgress progress, @Nullable SmarterDevException failure) {
    record(
        "upsertBatch "
            + progress.batchesDone()
            + "/"
            + progress.batchesTotal()
            + " "
            + outcome(failure),
        progress,
        failure);
  }
}

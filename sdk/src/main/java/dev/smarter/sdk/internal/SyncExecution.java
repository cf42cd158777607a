package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import okhttp3.Call;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * An execution on the calling thread ({@code execute()}). Every wait blocks this thread and ends
 * early when the thread is interrupted (the interrupt flag stays set and the call fails with an
 * {@link dev.smarter.sdk.ApiIoException}, or {@link dev.smarter.sdk.OutcomeUnknownException} if a
 * create may have been sent), when the deadline passes, or when the client is closed.
 */
final class SyncExecution<T, R> extends Execution<T, R> {
  private @Nullable R result;
  private @Nullable Throwable failure;
  private boolean ended;

  SyncExecution(HttpApiCall<T, R> call) {
    super(call);
  }

  @Nullable R run() {
    try {
      start();
    } catch (RuntimeException | Error e) {
      fail(e);
    }
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException) {
      throw (RuntimeException) thrown;
    }
    if (thrown instanceof Error) {
      throw (Error) thrown;
    }
    return result;
  }

  @Override
  void awaitToken(@Nullable String refused) {
    String authorization;
    try {
      authorization = runtime.await(runtime.tokens().fresh(refused), Math.max(0, remainingNanos()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(stopped("interrupted while waiting for a token", e));
      return;
    } catch (TimeoutException e) {
      fail(stopped("call timed out while waiting for a token", e));
      return;
    } catch (ClientClosedException e) {
      fail(stopped("the client was closed while waiting for a token", e));
      return;
    } catch (ExecutionException e) {
      fail(tokenFailure(e.getCause()));
      return;
    }
    onToken(authorization);
  }

  @Override
  void awaitPermit() {
    try {
      runtime.permits.acquire(Math.max(0, remainingNanos()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(stopped("interrupted while waiting for a free request slot", e));
      return;
    } catch (TimeoutException e) {
      fail(stopped("call timed out while waiting for a free request slot", e));
      return;
    } catch (ClientClosedException e) {
      fail(stopped("the client was closed", e));
      return;
    }
    onPermit();
  }

  @Override
  @SuppressWarnings("UnusedException")
  void transmit(Call attempt) {
    long sent = System.nanoTime();
    Response response;
    try {
      response = attempt.execute();
    } catch (IOException e) {
      releasePermit();
      handleFailure(e, sent);
      return;
    } catch (RuntimeException e) {
      releasePermit();
      fail(Failures.clientFailure(request, e));
      return;
    } catch (Error e) {
      releasePermit();
      throw e;
    } catch (Exception e) {
      // OkHttp 5 lets an InterruptedException out of execute() while it waits for a connection.
      releasePermit();
      Thread.currentThread().interrupt();
      fail(stopped("interrupted while connecting", e));
      return;
    }
    releasePermit();
    handleResponse(response, sent);
  }

  @Override
  void waitThen(Duration delay, Runnable next, String what) {
    try {
      runtime.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(stopped("interrupted while waiting " + what, new InterruptedIOException()));
      return;
    } catch (ClientClosedException e) {
      fail(stopped("the client was closed while waiting " + what, e));
      return;
    }
    next.run();
  }

  @Override
  <V> void runLookup(ApiCall<V> lookup, BiConsumer<@Nullable V, @Nullable Throwable> then) {
    V found;
    try {
      found = lookup.execute();
    } catch (RuntimeException e) {
      then.accept(null, e);
      return;
    }
    then.accept(found, null);
  }

  @Override
  boolean interrupted() {
    return Thread.currentThread().isInterrupted();
  }

  @Override
  void succeed(R value) {
    result = value;
    ended = true;
    callEnded(null);
  }

  /**
   * Ends the call with {@code thrown}; {@code callEnd} is reported once, also when {@code thrown}
   * is a listener's {@link Error} from the {@code callEnd} of a success.
   */
  @Override
  void fail(Throwable thrown) {
    if (failure == null) {
      failure = thrown;
      if (!ended) {
        ended = true;
        callEnded(thrown);
      }
    }
  }
}

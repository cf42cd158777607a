package dev.smarter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallRuntimeTest {
  private static final Duration LATER = Duration.ofHours(1);
  private final OkHttpClient http = new OkHttpClient();
  private final ExecutorService closer = Executors.newSingleThreadExecutor();

  @AfterEach
  void tearDown() {
    closer.shutdownNow();
    http.dispatcher().executorService().shutdown();
  }

  private CallRuntime runtime() {
    return new CallRuntime(
        http,
        4,
        RetryPolicy.defaults(),
        Duration.ofSeconds(5),
        Sleeper.SYSTEM,
        new Random(),
        Clock.systemUTC(),
        new Listeners(List.of()),
        true);
  }

  @Test
  void schedulingAfterCloseIsRefusedAsClosed() throws Exception {
    CallRuntime runtime = runtime();
    runtime.close();

    assertThatThrownBy(() -> runtime.schedule(LATER, () -> {}))
        .isInstanceOf(ClientClosedException.class);
  }

  /**
   * A retry scheduled while another thread closes the client either gets its timer or learns the
   * client is closed; it is never rejected by a timer shut down in between (a race seen once in a
   * full test run).
   */
  @Test
  void retryScheduledAsTheClientClosesIsNeverRejected() throws Exception {
    for (int i = 0; i < 5_000; i++) {
      CallRuntime runtime = runtime();
      Object timerTask = runtime.schedule(LATER, () -> {});
      assertThat(timerTask).as("the timer exists").isNotNull();
      CountDownLatch go = new CountDownLatch(1);
      Future<Boolean> closing =
          closer.submit(
              () -> {
                go.await();
                return runtime.close();
              });
      go.countDown();
      try {
        Object unused = runtime.schedule(LATER, () -> {});
      } catch (ClientClosedException expected) {
        // closed first
      }
      assertThat(closing.get(10, TimeUnit.SECONDS)).isTrue();
    }
  }
}

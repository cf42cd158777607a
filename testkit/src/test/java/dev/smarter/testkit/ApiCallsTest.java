package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.RequestOptions;
import dev.smarter.sdk.model.Guild;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiCallsTest {
  private static final Guild GUILD =
      Guild.builder()
          .id(7)
          .discordId(1_160_000_000_000_000_001L)
          .name("Smarter Dev")
          .createdAt(Instant.parse("2026-11-24T03:10:00Z"))
          .build();

  @Test
  void aValueComesBackFromEveryWayOfRunningTheCall() {
    ApiCalls.StubCall<Guild> call = ApiCalls.of(GUILD);

    assertThat(call.execute()).isSameAs(GUILD);
    assertThat(call.executeAsync()).isCompletedWithValue(GUILD);
    assertThat(call.map(Guild::name).execute()).isEqualTo("Smarter Dev");
    ApiResponse<Guild> response = call.withResponse().execute();
    assertThat(response.value()).isSameAs(GUILD);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.attempts()).isEqualTo(1);
    assertThat(call.executions()).isEqualTo(4);
  }

  @Test
  void aFailureIsThrownOrCompletesTheFutureWithTheSameTypedException() {
    NotFoundException missing =
        new NotFoundException(404, "Guild not found", "GET", "/api/guilds/8");
    ApiCalls.StubCall<Guild> call = ApiCalls.failing(missing);

    assertThatThrownBy(call::execute).isSameAs(missing);
    assertThat(call.executeAsync())
        .failsWithin(Duration.ofSeconds(1))
        .withThrowableThat()
        .havingCause()
        .isSameAs(missing);
    assertThatThrownBy(() -> call.map(Guild::name).execute()).isSameAs(missing);
  }

  @Test
  void aDelayedResultCompletesLaterAndATimeoutShorterThanTheDelayFailsTheCall() {
    ApiCalls.StubCall<Guild> slow = ApiCalls.delayed(Duration.ofMillis(200), GUILD);

    CompletableFuture<Guild> later = slow.executeAsync();
    assertThat(later).isNotDone();
    assertThat(later).succeedsWithin(Duration.ofSeconds(5)).isSameAs(GUILD);
    assertThat(slow.execute()).isSameAs(GUILD);
    ApiCalls.StubCall<Guild> impatient =
        slow.withOptions(RequestOptions.defaults().withTimeout(Duration.ofMillis(20)));
    assertThatThrownBy(impatient::execute)
        .isInstanceOf(ApiIoException.class)
        .hasMessageContaining("call timed out");
    assertThat(impatient.executeAsync())
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableThat()
        .havingCause()
        .isInstanceOf(ApiIoException.class);
  }

  @Test
  void anAnsweringCallComputesEachExecution() {
    AtomicInteger counter = new AtomicInteger();
    ApiCalls.StubCall<Integer> call = ApiCalls.answering(counter::incrementAndGet);

    assertThat(call.execute()).isEqualTo(1);
    assertThat(call.executeAsync()).isCompletedWithValue(2);
    assertThat(call.executions()).isEqualTo(2);
  }

  @Test
  void anErrorThrownByAMapFunctionReachesTheCaller() {
    ApiCalls.StubCall<Guild> call = ApiCalls.of(GUILD);

    assertThatThrownBy(
            () ->
                call.map(
                        guild -> {
                          throw new AssertionError("from the test");
                        })
                    .execute())
        .isInstanceOf(AssertionError.class);
  }
}

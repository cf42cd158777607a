package dev.smarter.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.UnexpectedResponseException;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The outcome and status class of every way a call can end. */
class CallOutcomeTest {
  private static final String PATH = "/api/warnings";

  private static ApiException status(int code) {
    return new ApiException(code, "error", "POST", PATH);
  }

  private static ApiIoException noAnswer() {
    return new ApiIoException("POST", PATH, "connection reset", new IOException("reset"));
  }

  @Test
  void successIsTheOnlyOutcomeWithAResult() {
    assertThat(CallOutcome.of(null)).isEqualTo(CallOutcome.SUCCESS);
    assertThat(CallOutcome.statusClass(null)).isEqualTo("2xx");
  }

  @Test
  void errorAnswersAreNamedByTheirStatusClass() {
    assertThat(CallOutcome.of(status(404))).isEqualTo(CallOutcome.CLIENT_ERROR);
    assertThat(CallOutcome.statusClass(status(404))).isEqualTo("4xx");
    assertThat(CallOutcome.of(status(503))).isEqualTo(CallOutcome.SERVER_ERROR);
    assertThat(CallOutcome.statusClass(status(503))).isEqualTo("5xx");
  }

  @Test
  void unusableAnswersKeepTheirStatus() {
    UnexpectedResponseException redirect =
        new UnexpectedResponseException(302, "GET", "/api/guilds/-1", "redirect to /", null);
    UnexpectedResponseException html =
        new UnexpectedResponseException(200, "GET", "/api/guilds", "not JSON", null);

    assertThat(CallOutcome.of(redirect)).isEqualTo(CallOutcome.INVALID_RESPONSE);
    assertThat(CallOutcome.statusClass(redirect)).isEqualTo("3xx");
    assertThat(CallOutcome.of(html)).isEqualTo(CallOutcome.INVALID_RESPONSE);
    assertThat(CallOutcome.statusClass(html)).isEqualTo("2xx");
  }

  @Test
  void noAnswerHasNoStatus() {
    assertThat(CallOutcome.of(noAnswer())).isEqualTo(CallOutcome.IO_ERROR);
    assertThat(CallOutcome.statusClass(noAnswer())).isEqualTo(SmarterDevMetrics.NO_STATUS);
  }

  @Test
  void anUnknownOutcomeTakesTheStatusOfItsCause() {
    OutcomeUnknownException dropped = new OutcomeUnknownException("POST", PATH, noAnswer());
    OutcomeUnknownException badGateway = new OutcomeUnknownException("POST", PATH, status(502));

    assertThat(CallOutcome.of(dropped)).isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
    assertThat(CallOutcome.statusClass(dropped)).isEqualTo(SmarterDevMetrics.NO_STATUS);
    assertThat(CallOutcome.of(badGateway)).isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
    assertThat(CallOutcome.statusClass(badGateway)).isEqualTo("5xx");
  }

  @Test
  void cancellationAndOtherFailuresHaveNoStatus() {
    CancellationException cancelled = new CancellationException("cancelled by the caller");
    IllegalStateException mapperBug = new IllegalStateException("bug in map()");

    assertThat(CallOutcome.of(cancelled)).isEqualTo(CallOutcome.CANCELLED);
    assertThat(CallOutcome.statusClass(cancelled)).isEqualTo(SmarterDevMetrics.NO_STATUS);
    assertThat(CallOutcome.of(mapperBug)).isEqualTo(CallOutcome.UNKNOWN);
    assertThat(CallOutcome.statusClass(mapperBug)).isEqualTo(SmarterDevMetrics.NO_STATUS);
  }
}

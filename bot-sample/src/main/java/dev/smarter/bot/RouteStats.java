package dev.smarter.bot;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot's SDK client did on one API route since the bot started.
 *
 * @param route the method and path template, such as {@code GET /api/guilds/{id}}
 * @param calls the calls made
 * @param errors the calls that did not deliver a result (error answers, no answer, unknown outcome,
 *     cancelled)
 * @param retries the requests sent again within those calls
 * @param p50 the median duration of a call, retries included; empty when above {@link
 *     ApiStats#HIGHEST_BUCKET}
 * @param p99 the 99th percentile of the duration of a call; empty when above {@link
 *     ApiStats#HIGHEST_BUCKET}
 */
public record RouteStats(
    String route,
    long calls,
    long errors,
    long retries,
    Optional<Duration> p50,
    Optional<Duration> p99) {
  /**
   * Checks the fields.
   *
   * @param route the route
   * @param calls the calls, at least 1
   * @param errors the errors, at most {@code calls}
   * @param retries the retries
   * @param p50 the median, or empty
   * @param p99 the 99th percentile, or empty
   */
  public RouteStats {
    Objects.requireNonNull(route, "route == null");
    Objects.requireNonNull(p50, "p50 == null");
    Objects.requireNonNull(p99, "p99 == null");
    if (calls < 1 || errors < 0 || errors > calls || retries < 0) {
      throw new IllegalArgumentException(
          "bad counts for "
              + route
              + ": "
              + calls
              + " calls, "
              + errors
              + " errors, "
              + retries
              + " retries");
    }
  }
}

package dev.smarter.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * {@code !stats}: for the bot owner only, a table of what the bot's SDK client did since the bot
 * started, per API route: calls, errors, retries and the p50 and p99 duration of a call (retries
 * and waits included), read from {@link ApiStats}. It sends no API request. Thread-safe.
 */
public final class StatsCommand {
  /** The reply to anyone but the bot owner. */
  public static final String OWNER_ONLY = "Sorry, only the bot owner can see the stats.";

  /** Discord refuses messages longer than this. */
  static final int MESSAGE_LIMIT = 2_000;

  private static final String TOTAL = "total";
  private static final String COLUMNS = " %7s %6s %7s %8s %8s";

  private final ApiStats stats;
  private final Clock clock;

  /**
   * Creates the command.
   *
   * @param stats what the bot's SDK client recorded
   * @param clock tells how long ago the stats started
   */
  public StatsCommand(ApiStats stats, Clock clock) {
    this.stats = Objects.requireNonNull(stats, "stats == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Posts the table, or a refusal to anyone but the bot owner.
   *
   * @param authorIsOwner whether the author owns the bot
   * @param replies where the answer goes
   */
  public void run(boolean authorIsOwner, Replies replies) {
    Objects.requireNonNull(replies, "replies == null");
    replies.post(authorIsOwner ? report() : OWNER_ONLY);
  }

  /**
   * Formats the stats as one message: a line saying since when, the table in a code block (the
   * busiest routes first, then a total), and the requests in flight now. Routes that would not fit
   * in one Discord message are added up in one line.
   *
   * @return the message, at most {@value #MESSAGE_LIMIT} characters
   */
  public String report() {
    long minutes = Duration.between(stats.started(), clock.instant()).toMinutes();
    String since =
        "SDK calls since the bot started "
            + (minutes < 1 ? "less than a minute" : Texts.hoursAndMinutes(minutes))
            + " ago";
    List<RouteStats> routes = stats.routes();
    if (routes.isEmpty()) {
      return since + ": none yet.";
    }
    String footer =
        "Durations are whole calls, retries included; p50 and p99 are estimates within 25 %."
            + " Requests in flight now: "
            + stats.requestsInFlight()
            + ".";
    int width =
        Math.max(TOTAL.length(), routes.stream().mapToInt(r -> r.route().length()).max().orElse(0));
    int shown = routes.size();
    String message = compose(since + ":", width, routes, shown, footer);
    while (message.length() > MESSAGE_LIMIT && shown > 0) {
      shown--;
      message = compose(since + ":", width, routes, shown, footer);
    }
    return message;
  }

  /** The message with the first {@code shown} routes in rows of their own, the rest in one. */
  private static String compose(
      String title, int width, List<RouteStats> routes, int shown, String footer) {
    List<String> lines = new ArrayList<>();
    lines.add(title);
    lines.add("```");
    lines.add(
        String.format(
            Locale.ROOT,
            "%-" + width + "s" + COLUMNS,
            "route",
            "calls",
            "errors",
            "retries",
            "p50",
            "p99"));
    for (RouteStats route : routes.subList(0, shown)) {
      lines.add(
          line(
              width,
              route.route(),
              route.calls(),
              route.errors(),
              route.retries(),
              latency(route.p50()),
              latency(route.p99())));
    }
    if (shown < routes.size()) {
      List<RouteStats> rest = routes.subList(shown, routes.size());
      lines.add(total(width, "(" + rest.size() + " more routes)", rest));
    }
    lines.add(total(width, TOTAL, routes));
    lines.add("```");
    lines.add(footer);
    return String.join("\n", lines);
  }

  private static String total(int width, String label, List<RouteStats> routes) {
    return line(
        width,
        label,
        sum(routes, RouteStats::calls),
        sum(routes, RouteStats::errors),
        sum(routes, RouteStats::retries),
        "",
        "");
  }

  private static String line(
      int width, String route, long calls, long errors, long retries, String p50, String p99) {
    return String.format(
            Locale.ROOT,
            "%-" + width + "s" + COLUMNS,
            route,
            Texts.count(calls),
            Texts.count(errors),
            Texts.count(retries),
            p50,
            p99)
        .stripTrailing();
  }

  private static String latency(Optional<Duration> value) {
    return value.map(Texts::latency).orElse("> " + Texts.latency(ApiStats.HIGHEST_BUCKET));
  }

  private static long sum(List<RouteStats> routes, ToLongFunction<RouteStats> count) {
    return routes.stream().mapToLong(count).sum();
  }
}

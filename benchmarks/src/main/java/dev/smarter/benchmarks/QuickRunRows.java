package dev.smarter.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Turns the JMH results of {@link QuickRun} into table rows. */
final class QuickRunRows {
  private static final String DASH = "—";

  private QuickRunRows() {}

  static List<Row> canned(JmhResults jmh, double serverBytes) {
    double sdk = jmh.micros("sdk");
    double raw = jmh.micros("okHttpString");
    double share = raw / sdk;
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "Canned server (JMH, forked): sequential `guilds().get(id).execute()` vs raw OkHttp"
                + " (body as string)",
            perCall(jmh, "sdk"),
            perCall(jmh, "okHttpString"),
            Formats.share(share, shareInterval(jmh, "sdk", "okHttpString")),
            Formats.verdictAtLeast(
                shareInterval(jmh, "sdk", "okHttpString"), PerCall.TIME_TARGET)));
    rows.add(
        new Row(
            "Canned server (JMH): allocation per call (`gc.alloc.rate.norm`, whole JVM)",
            Formats.bytes(jmh.bytes("sdk"), "call"),
            Formats.bytes(jmh.bytes("okHttpString"), "call"),
            Formats.times(jmh.bytes("sdk") / jmh.bytes("okHttpString")) + " the bytes",
            "reported"));
    rows.add(
        new Row(
            "Split (JMH): raw OkHttp + only the SDK's Moshi adapter for Guild",
            perCallAndBytes(jmh, "okHttpMoshi"),
            perCallAndBytes(jmh, "okHttpString"),
            Formats.percent(jmh.micros("okHttpString") / jmh.micros("okHttpMoshi")),
            ""));
    rows.add(
        new Row(
            "Canned server's own allocation per request (inside every JMH B/call above)",
            Formats.bytes(serverBytes, "request"),
            DASH,
            DASH,
            ""));
    return rows;
  }

  /**
   * The interval of baseline ÷ variant from JMH's 99.9 % half-intervals, taken at their worst
   * corners (conservative).
   */
  private static double[] shareInterval(JmhResults jmh, String variant, String baseline) {
    double v = jmh.micros(variant);
    double ve = Double.isNaN(jmh.error(variant)) ? 0 : jmh.error(variant);
    double b = jmh.micros(baseline);
    double be = Double.isNaN(jmh.error(baseline)) ? 0 : jmh.error(baseline);
    return new double[] {(b - be) / (v + ve), (b + be) / Math.max(v - ve, 1e-9)};
  }

  static List<Row> json(JmhResults jmh) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        jsonRow(
            jmh,
            "JSON: decode one Guild (SDK converter vs hand-written)",
            "decodeGuild",
            "handDecodeGuild"));
    rows.add(
        jsonRow(
            jmh,
            "JSON: decode `{\"users\": [100 users]}`",
            "decodeUserList100",
            "handDecodeUserList100"));
    rows.add(
        jsonRow(
            jmh,
            "JSON: decode a 500-user batch response",
            "decodeBatchResult500",
            "handDecodeBatchResult500"));
    rows.add(
        jsonRow(
            jmh, "JSON: encode a 500-user batch request", "encodeBatch500", "handEncodeBatch500"));
    return rows;
  }

  static List<Row> breakdown(JmhResults jmh) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        jsonRow(
            jmh,
            "Breakdown: one naive datetime, SDK adapter vs fixed-layout prototype",
            "instantSdk",
            "instantFixedLayout"));
    rows.add(
        jsonRow(
            jmh,
            "Breakdown: decode one Guild, SDK vs hand-written + fixed-layout datetimes",
            "decodeGuild",
            "guildHandWrittenFixedLayout"));
    return rows;
  }

  private static Row jsonRow(JmhResults jmh, String scenario, String sdk, String baseline) {
    return new Row(
        scenario,
        perOp(jmh, sdk),
        perOp(jmh, baseline),
        Formats.percent(jmh.micros(baseline) / jmh.micros(sdk)),
        "");
  }

  private static String perCall(JmhResults jmh, String method) {
    return Formats.perCall(jmh.micros(method), jmh.error(method));
  }

  private static String perCallAndBytes(JmhResults jmh, String method) {
    return perCall(jmh, method) + " · " + Formats.bytes(jmh.bytes(method), "call");
  }

  private static String perOp(JmhResults jmh, String method) {
    return Formats.perOp(jmh.micros(method), jmh.error(method))
        + " · "
        + Formats.bytes(jmh.bytes(method), "op");
  }
}

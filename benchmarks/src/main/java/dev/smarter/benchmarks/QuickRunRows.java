package dev.smarter.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the JMH results of {@link QuickRun} into table rows. */
final class QuickRunRows {
  private static final String DASH = "—";

  private QuickRunRows() {}

  static List<Row> canned(
      JmhResults jmh, double target, Map<String, Double> ab, double serverBytes) {
    double share = jmh.micros("okHttpString") / jmh.micros("sdk");
    double abShare = ab.get(CannedAb.RAW) / ab.get(CannedAb.SDK);
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "Canned server (JMH): sequential `guilds().get(id).execute()` vs raw OkHttp (body as"
                + " string)",
            perCall(jmh, "sdk"),
            perCall(jmh, "okHttpString"),
            Formats.percent(share),
            verdict(share, target)));
    rows.add(
        new Row(
            "Canned server (interleaved, median of 40 blocks of 200 calls): the same",
            Formats.perCall(ab.get(CannedAb.SDK)),
            Formats.perCall(ab.get(CannedAb.RAW)),
            Formats.percent(abShare),
            verdict(abShare, target)));
    rows.add(
        new Row(
            "Canned server: allocation per call (`gc.alloc.rate.norm`, whole JVM)",
            Formats.bytes(jmh.bytes("sdk"), "call"),
            Formats.bytes(jmh.bytes("okHttpString"), "call"),
            times(jmh.bytes("sdk") / jmh.bytes("okHttpString")) + " the bytes",
            "reported"));
    rows.add(
        new Row(
            "Split (JMH): raw OkHttp + only the SDK's Moshi adapter for Guild",
            perCallAndBytes(jmh, "okHttpMoshi"),
            perCallAndBytes(jmh, "okHttpString"),
            Formats.percent(jmh.micros("okHttpString") / jmh.micros("okHttpMoshi")),
            ""));
    rows.add(abSplit(ab, CannedAb.RAW_MOSHI, "Moshi adapter for Guild"));
    rows.add(
        new Row(
            "Canned server's own allocation per request (inside every B/call above)",
            Formats.bytes(serverBytes, "request"),
            DASH,
            DASH,
            ""));
    return rows;
  }

  private static Row abSplit(Map<String, Double> ab, String variant, String what) {
    return new Row(
        "Split (interleaved): raw OkHttp + only the SDK's " + what,
        Formats.perCall(ab.get(variant)),
        Formats.perCall(ab.get(CannedAb.RAW)),
        Formats.percent(ab.get(CannedAb.RAW) / ab.get(variant)),
        "");
  }

  private static String verdict(double share, double target) {
    return (share >= target ? "PASS" : "FAIL") + ": ≥ " + Formats.percent(target);
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

  private static String times(double factor) {
    return String.format(Locale.ROOT, "%.1f×", factor);
  }
}

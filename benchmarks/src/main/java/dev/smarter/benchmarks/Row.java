package dev.smarter.benchmarks;

/**
 * One line of the results table.
 *
 * @param scenario what was measured
 * @param sdk the SDK's result
 * @param raw the raw OkHttp (or hand-written) baseline's result, or a dash
 * @param ratio the SDK's throughput as a share of the baseline's, or a dash
 * @param target the target and whether it was met, or empty
 */
public record Row(String scenario, String sdk, String raw, String ratio, String target) {}

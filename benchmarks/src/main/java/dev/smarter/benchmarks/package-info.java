/**
 * Benchmarks of the Smarter Dev SDK against raw OkHttp: JMH micro-benchmarks ({@link
 * dev.smarter.benchmarks.CannedGetBenchmark}, {@link dev.smarter.benchmarks.JsonBenchmark}, {@link
 * dev.smarter.benchmarks.BreakdownBenchmark}) against a {@link dev.smarter.benchmarks.CannedServer}
 * that answers instantly, the end-to-end runs of {@link dev.smarter.benchmarks.EndToEnd} against
 * the testkit, and {@link dev.smarter.benchmarks.QuickRun}, which runs a short pass of everything
 * and prints one table.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.smarter.benchmarks;

import org.jspecify.annotations.NullMarked;

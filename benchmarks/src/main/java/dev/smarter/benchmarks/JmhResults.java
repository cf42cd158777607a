package dev.smarter.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** JMH results by benchmark method name ({@code sdk}, {@code decodeGuild}...). */
final class JmhResults {
  private final Map<String, RunResult> byMethod = new HashMap<>();

  void addAll(Collection<RunResult> results) {
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      byMethod.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result);
    }
  }

  boolean has(String method) {
    return byMethod.containsKey(method);
  }

  /** Average time in µs per operation. */
  double micros(String method) {
    return get(method).getPrimaryResult().getScore();
  }

  /** The 99.9 % confidence half-interval of {@link #micros(String)}, NaN when unknown. */
  double error(String method) {
    return get(method).getPrimaryResult().getScoreError();
  }

  /** Bytes allocated per operation in the whole JVM ({@code gc.alloc.rate.norm}). */
  double bytes(String method) {
    Result<?> norm = get(method).getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  private RunResult get(String method) {
    RunResult result = byMethod.get(method);
    if (result == null) {
      throw new IllegalStateException("no JMH result for " + method);
    }
    return result;
  }
}

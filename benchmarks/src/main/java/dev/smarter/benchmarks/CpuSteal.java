package dev.smarter.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Scanner;

/**
 * The share of CPU time the hypervisor gave to other guests ("steal", from Linux's {@code
 * /proc/stat}) between two points: on a shared virtual machine it tells how trustworthy the time
 * columns are.
 */
final class CpuSteal {
  /** user, nice, system, idle, iowait, irq, softirq, steal. */
  private static final int FIELDS = 8;

  private final long[] start = read();

  /** The steal share since this object was made, such as {@code 12 %}, or {@code n/a}. */
  String sinceStart() {
    long[] end = read();
    if (start.length == 0 || end.length == 0) {
      return "n/a";
    }
    long total = end[0] - start[0];
    long steal = end[1] - start[1];
    return total <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100.0 * steal / total);
  }

  /** Total and steal jiffies of all CPUs, or an empty array when unknown. */
  private static long[] read() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      try (Scanner scanner = new Scanner(lines.get(0))) {
        scanner.next();
        long total = 0;
        long steal = 0;
        for (int i = 0; i < FIELDS; i++) {
          steal = scanner.nextLong();
          total += steal;
        }
        return new long[] {total, steal};
      }
    } catch (IOException | RuntimeException e) {
      return new long[0];
    }
  }
}

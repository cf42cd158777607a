package dev.smarter.benchmarks;

import java.util.List;

/** Renders {@link Row}s as one Markdown table. */
final class MarkdownTable {
  private MarkdownTable() {}

  static String render(List<Row> rows) {
    StringBuilder table =
        new StringBuilder()
            .append(
                "| Scenario | SDK | Raw OkHttp / hand-written baseline | SDK ÷ baseline | Target"
                    + " |\n")
            .append("|---|---:|---:|---:|---|\n");
    for (Row row : rows) {
      table
          .append("| ")
          .append(row.scenario())
          .append(" | ")
          .append(row.sdk())
          .append(" | ")
          .append(row.raw())
          .append(" | ")
          .append(row.ratio())
          .append(" | ")
          .append(row.target())
          .append(" |\n");
    }
    return table.toString();
  }
}

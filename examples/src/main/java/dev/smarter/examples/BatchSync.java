package dev.smarter.examples;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.NewUser;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch sync of thousands of users with a progress bar: first the whole member list, then the
 * same list a day later with some renames, which shows that unchanged users are not sent again.
 */
public final class BatchSync {
  private static final int MEMBERS = 5_000;
  private static final int BAR_WIDTH = 30;

  private BatchSync() {}

  /**
   * Runs the example.
   *
   * @param args optional: the number of members (default 5,000)
   */
  public static void main(String[] args) {
    int members = args.length > 0 ? Integer.parseInt(args[0]) : MEMBERS;
    try (ExampleEnvironment environment = ExampleEnvironment.open()) {
      run(environment.client(), System.out, members);
    }
  }

  /**
   * Syncs {@code members} generated users twice.
   *
   * @param client the client to use
   * @param out where to print
   * @param members how many users to generate
   */
  public static void run(SmarterDevClient client, PrintStream out, int members) {
    List<NewUser> users = generate(members, 0);
    out.println(
        "Syncing " + members + " members in batches of " + UpsertOptions.DEFAULT_BATCH_SIZE);
    report(out, sync(client, out, users));

    List<NewUser> nextDay = generate(members, members / 10);
    out.println("Syncing again after " + members / 10 + " members changed their names");
    report(out, sync(client, out, nextDay));
  }

  private static UpsertSummary sync(SmarterDevClient client, PrintStream out, List<NewUser> users) {
    long start = System.nanoTime();
    UpsertSummary summary =
        client
            .users()
            .upsertAll(
                users, UpsertOptions.defaults().withListener(progress -> draw(out, progress)));
    out.printf("%nDone in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    return summary;
  }

  private static void draw(PrintStream out, UpsertProgress progress) {
    int filled = progress.batchesDone() * BAR_WIDTH / progress.batchesTotal();
    out.printf(
        "\r[%s%s] %d/%d batches, %d/%d users",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        progress.batchesDone(),
        progress.batchesTotal(),
        progress.usersDone(),
        progress.usersTotal());
  }

  private static void report(PrintStream out, UpsertSummary summary) {
    out.printf(
        "%d members: %d created, %d updated, %d unchanged, %d failed%n",
        summary.total(),
        summary.created(),
        summary.updated(),
        summary.unchanged(),
        summary.failed());
    for (UpsertSummary.Failure failure : summary.failures()) {
      out.println("  batch " + failure.batchIndex() + " failed: " + failure.error().getMessage());
    }
  }

  private static List<NewUser> generate(int count, int renamed) {
    Instant joined = Instant.parse("2026-01-01T00:00:00Z");
    List<NewUser> users = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      users.add(
          NewUser.builder()
              .discordId(1_170_000_000_000_000_000L + i)
              .username(i < renamed ? "member" + i + "-renamed" : "member" + i)
              .avatarUrl("https://cdn.discordapp.com/avatars/" + i + ".png")
              .createdAt(joined.plusSeconds(i * 60L))
              .build());
    }
    return users;
  }
}

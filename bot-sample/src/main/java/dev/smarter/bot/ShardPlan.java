package dev.smarter.bot;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Which Discord gateway shards this process runs. Discord splits a bot's servers over {@code total}
 * gateway connections (shards); Javacord opens one connection per shard. A process runs all of them
 * ({@code SMARTER_DEV_BOT_SHARDS} alone) or one ({@code SMARTER_DEV_BOT_SHARD} too, for one process
 * per shard). Every shard of a process shares one SDK client and one Discord-id cache.
 *
 * @param total how many shards the bot has in all, at least 1
 * @param only the one shard this process runs, or empty to run every shard
 */
public record ShardPlan(int total, OptionalInt only) {
  /** One shard: the default, enough for bots in fewer than 2,500 servers. */
  public static final ShardPlan SINGLE = new ShardPlan(1, OptionalInt.empty());

  /**
   * Checks the numbers.
   *
   * @param total how many shards in all, at least 1
   * @param only the one shard to run (0 to {@code total - 1}), or empty for all
   * @throws IllegalArgumentException if a number is out of range
   */
  public ShardPlan {
    if (total < 1) {
      throw new IllegalArgumentException("the total number of shards must be at least 1");
    }
    if (only.isPresent() && (only.getAsInt() < 0 || only.getAsInt() >= total)) {
      throw new IllegalArgumentException(
          "the shard index must be between 0 and " + (total - 1) + " but was " + only.getAsInt());
    }
  }

  /**
   * Returns the shards this process runs.
   *
   * @return the shard indexes, ascending
   */
  public List<Integer> shards() {
    return only.isPresent() ? List.of(only.getAsInt()) : IntStream.range(0, total).boxed().toList();
  }

  /**
   * Returns whether this process runs shard 0, which registers the global slash commands once for
   * the whole bot.
   *
   * @return {@code true} when shard 0 is among {@link #shards()}
   */
  public boolean runsFirstShard() {
    return only.isEmpty() || only.getAsInt() == 0;
  }

  /**
   * Describes the plan for logs and the startup line.
   *
   * @return such as {@code "shard 2 of 4"} or {@code "shards 0-3 of 4"}
   */
  @Override
  public String toString() {
    if (only.isPresent()) {
      return "shard " + only.getAsInt() + " of " + total;
    }
    return total == 1 ? "1 shard" : "shards 0-" + (total - 1) + " of " + total;
  }
}

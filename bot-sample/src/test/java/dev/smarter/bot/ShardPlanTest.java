package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ShardPlanTest {
  private static ShardPlan plan(Map<String, String> environment) {
    return BotConfig.fromEnvironment(environment).shards();
  }

  @Test
  void withoutSettingsTheBotRunsOneShard() {
    ShardPlan plan = plan(Map.of());

    assertThat(plan).isEqualTo(ShardPlan.SINGLE);
    assertThat(plan.shards()).containsExactly(0);
    assertThat(plan.runsFirstShard()).isTrue();
    assertThat(plan).hasToString("1 shard");
  }

  @Test
  void aTotalAloneRunsEveryShardInThisProcess() {
    ShardPlan plan = plan(Map.of("SMARTER_DEV_BOT_SHARDS", "4"));

    assertThat(plan.shards()).containsExactly(0, 1, 2, 3);
    assertThat(plan.runsFirstShard()).isTrue();
    assertThat(plan).hasToString("shards 0-3 of 4");
  }

  @Test
  void anIndexRunsThatShardOnly() {
    ShardPlan plan = plan(Map.of("SMARTER_DEV_BOT_SHARDS", "4", "SMARTER_DEV_BOT_SHARD", "2"));

    assertThat(plan).isEqualTo(new ShardPlan(4, OptionalInt.of(2)));
    assertThat(plan.shards()).containsExactly(2);
    assertThat(plan.runsFirstShard()).isFalse();
    assertThat(plan).hasToString("shard 2 of 4");
    assertThat(
            plan(Map.of("SMARTER_DEV_BOT_SHARDS", "4", "SMARTER_DEV_BOT_SHARD", "0"))
                .runsFirstShard())
        .isTrue();
  }

  @Test
  void badSettingsNameTheVariable() {
    assertThatThrownBy(() -> plan(Map.of("SMARTER_DEV_BOT_SHARDS", "two")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SMARTER_DEV_BOT_SHARDS must be a whole number but was \"two\".");
    assertThatThrownBy(() -> plan(Map.of("SMARTER_DEV_BOT_SHARDS", "0")))
        .hasMessage("SMARTER_DEV_BOT_SHARDS must be at least 1 but was 0.");
    assertThatThrownBy(
            () -> plan(Map.of("SMARTER_DEV_BOT_SHARDS", "4", "SMARTER_DEV_BOT_SHARD", "4")))
        .hasMessage(
            "SMARTER_DEV_BOT_SHARD must be between 0 and 3 (SMARTER_DEV_BOT_SHARDS is 4) but was"
                + " 4.");
    assertThatThrownBy(() -> plan(Map.of("SMARTER_DEV_BOT_SHARD", "1")))
        .hasMessageStartingWith("SMARTER_DEV_BOT_SHARD must be between 0 and 0");
    assertThatThrownBy(() -> new ShardPlan(2, OptionalInt.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

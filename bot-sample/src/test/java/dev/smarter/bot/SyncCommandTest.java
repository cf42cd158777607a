package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class SyncCommandTest {
  private final FakeSmarterDevServer server;
  private final GuildSynchronizer synchronizer;
  private final SyncCommand command;
  private final List<String> replies = new ArrayList<>();

  SyncCommandTest(SmarterDevClient client, FakeSmarterDevServer server) {
    this.server = server;
    this.synchronizer = new GuildSynchronizer(client);
    this.command = new SyncCommand(synchronizer);
  }

  @BeforeEach
  void warmUp() {
    synchronizer.warmUp();
  }

  private void ownerSyncs(List<MemberSnapshot> members) {
    command.run(Optional.of(TestMembers.guild()), true, () -> members, replies::add);
  }

  private long batchRequests() {
    return server.recordedRequests().stream()
        .filter(r -> r.path().equals("/api/users/batch"))
        .count();
  }

  @Test
  void guildOf1050MembersSyncsIn11BatchesWithProgressAt5And10AndTheLast() {
    ownerSyncs(TestMembers.members(1_050, 0));

    assertThat(batchRequests()).isEqualTo(11);
    assertThat(replies).hasSize(5);
    assertThat(replies.subList(0, 4))
        .containsExactly(
            "Syncing Test Guild and its 1,050 members in batches of 100...",
            "Batch 5/11 done: 500/1,050 users sent.",
            "Batch 10/11 done: 1,000/1,050 users sent.",
            "Batch 11/11 done: 1,050/1,050 users sent.");
    assertThat(replies.get(4))
        .startsWith("Sync complete for Test Guild in ")
        .matches(".* in \\d+\\.\\d\\d s: .*")
        .endsWith(
            ": 1,050 members, 1,050 created, 0 updated, 0 unchanged, 0 failed"
                + " (guild created, 0 bots skipped).");
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(1_050);
  }

  @Test
  void secondSyncCountsUpdatedAndUnchangedExactly() {
    List<MemberSnapshot> members = new ArrayList<>(TestMembers.members(1_050, 0));
    ownerSyncs(members);
    for (int i = 0; i < 30; i++) {
      members.set(i, members.get(i).withUsername("changed" + i));
    }
    replies.clear();
    server.clearRecordedRequests();

    ownerSyncs(members);

    assertThat(batchRequests()).isEqualTo(1);
    assertThat(replies).contains("Batch 1/1 done: 30/30 users sent.");
    assertThat(replies.get(replies.size() - 1))
        .endsWith(
            ": 1,050 members, 0 created, 30 updated, 1,020 unchanged, 0 failed"
                + " (guild unchanged, 0 bots skipped).");
  }

  @Test
  void botsAreSkippedAndCounted() {
    ownerSyncs(TestMembers.members(40, 5));

    assertThat(replies.get(0))
        .isEqualTo("Syncing Test Guild and its 40 members in batches of 100...");
    assertThat(replies.get(replies.size() - 1))
        .endsWith(
            ": 40 members, 40 created, 0 updated, 0 unchanged, 0 failed"
                + " (guild created, 5 bots skipped).");
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(40);
  }

  @Test
  void anyoneButTheOwnerIsRefused() {
    server.clearRecordedRequests();
    AtomicBoolean membersRead = new AtomicBoolean();
    Supplier<List<MemberSnapshot>> members =
        () -> {
          membersRead.set(true);
          return TestMembers.members(10, 0);
        };

    command.run(Optional.of(TestMembers.guild()), false, members, replies::add);

    assertThat(replies).containsExactly("Sorry, only the bot owner can run sync.");
    assertThat(membersRead).isFalse();
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void syncOutsideAGuildIsRefused() {
    server.clearRecordedRequests();

    command.run(Optional.empty(), true, () -> TestMembers.members(10, 0), replies::add);

    assertThat(replies).containsExactly(SyncCommand.GUILD_ONLY);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void aBatchRefusedWith400IsReportedAndTheOthersStillSync() {
    server.faults().enqueue(Fault.status(400).onlyFor("POST", "/api/users/batch"));

    ownerSyncs(TestMembers.members(1_050, 0));

    assertThat(batchRequests()).isEqualTo(11);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(950);
    assertThat(replies).contains("Batch 5/11 done: 500/1,050 users sent. 1 failed so far.");
    assertThat(replies.get(replies.size() - 3))
        .endsWith(
            ": 1,050 members, 950 created, 0 updated, 0 unchanged, 100 failed"
                + " (guild created, 0 bots skipped).");
    assertThat(replies.get(replies.size() - 2))
        .startsWith("Batch 1 (100 users) failed: POST /api/users/batch failed: HTTP 400");
    assertThat(replies.get(replies.size() - 1))
        .isEqualTo("Run sync again to retry the failed users.");
  }

  @Test
  void aBatchStillFailingAfterRetriesIsReportedAndTheOthersStillSync() {
    // The batch is idempotent, so a 503 is retried twice: three in a row fail the batch.
    server.faults().enqueue(Fault.status(503).onlyFor("POST", "/api/users/batch").times(3));

    ownerSyncs(TestMembers.members(300, 0));

    assertThat(batchRequests()).isEqualTo(3 + 2);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(200);
    assertThat(String.join("\n", replies))
        .contains("300 members, 200 created, 0 updated, 0 unchanged, 100 failed")
        .contains("Batch 1 (100 users) failed: POST /api/users/batch failed: HTTP 503");
  }

  @Test
  void anApiThatCannotListUsersIsReportedNotThrown() {
    server.faults().enqueue(Fault.status(400).onlyFor("GET", "/api/users"));

    ownerSyncs(TestMembers.members(10, 0));

    assertThat(replies.get(replies.size() - 1))
        .startsWith("Sync failed: GET /api/users failed: HTTP 400");
    assertThat(server.rowCount(FakeTable.USERS)).isZero();
  }

  @Test
  void aSyncStoppedByTheShutdownSaysHowFarItCame() {
    Replies stopAtTheFirstProgressLine =
        text -> {
          replies.add(text);
          if (text.startsWith("Batch 5/")) {
            synchronizer.stop();
          }
        };

    command.run(
        Optional.of(TestMembers.guild()),
        true,
        () -> TestMembers.members(1_050, 0),
        stopAtTheFirstProgressLine);

    assertThat(replies.get(replies.size() - 1))
        .isEqualTo(
            "Sync stopped after batch 5/11: the bot is shutting down. Run sync again when it is"
                + " back.");
    assertThat(batchRequests()).isEqualTo(5);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(500);
  }
}

package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.RecordedApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UpsertAllTest {
  @RegisterExtension static final FakeSmarterDevExtension fake = FakeSmarterDevExtension.create();

  private static List<NewUser> users(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> NewUser.of(1_000_000L + i, "user" + i))
        .collect(Collectors.toList());
  }

  private static List<RecordedApiRequest> batchRequests(FakeSmarterDevServer server) {
    return server.recordedRequests().stream()
        .filter(r -> r.path().equals("/api/users/batch"))
        .collect(Collectors.toList());
  }

  @Test
  void splitsIntoBatchesOfHundredAndReportsProgress() {
    SmarterDevClient client = fake.client();
    List<UpsertProgress> progress = new CopyOnWriteArrayList<>();

    UpsertSummary summary =
        client.users().upsertAll(users(1050), UpsertOptions.defaults().withListener(progress::add));

    assertThat(summary.total()).isEqualTo(1050);
    assertThat(summary.created()).isEqualTo(1050);
    assertThat(summary.users()).hasSize(1050);
    assertThat(batchRequests(fake.server())).hasSize(11);
    assertThat(progress).hasSize(11);
    assertThat(progress.get(4)).isEqualTo(new UpsertProgress(5, 11, 500, 1050, 0));
    assertThat(progress.get(10).isLast()).isTrue();
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(1050);
  }

  @Test
  void countsAreExactWhenSomeUsersAreUnchangedAndSomeChanged() {
    SmarterDevClient client = fake.client();
    client.users().upsertAll(users(300));
    List<NewUser> second = new ArrayList<>(users(300));
    for (int i = 0; i < 40; i++) {
      second.set(i, NewUser.of(second.get(i).discordId(), "renamed" + i));
    }
    second.addAll(users(350).subList(300, 350));
    fake.server().clearRecordedRequests();

    UpsertSummary summary = client.users().upsertAll(second);

    assertThat(summary.total()).isEqualTo(350);
    assertThat(summary.created()).isEqualTo(50);
    assertThat(summary.updated()).isEqualTo(40);
    assertThat(summary.unchanged()).isEqualTo(260);
    assertThat(summary.failed()).isZero();
    assertThat(summary.users())
        .extracting(DiscordUser::username)
        .startsWith("renamed0", "renamed1")
        .contains("user300", "user350");
    int sent =
        batchRequests(fake.server()).stream()
            .mapToInt(r -> r.body().split("\"discord_id\"").length - 1)
            .sum();
    assertThat(sent).isEqualTo(90);
  }

  @Test
  void unsetOptionalFieldsAreNotChanges() {
    SmarterDevClient client = fake.client();
    client
        .users()
        .create(NewUser.builder().discordId(1001).username("alice").discriminator("1234").build())
        .execute();
    List<NewUser> input = List.of(NewUser.of(1001, "alice"), NewUser.of(1002, "bob"));

    UpsertSummary first = client.users().upsertAll(input);
    UpsertSummary second = client.users().upsertAll(input);

    assertThat(first.unchanged()).isEqualTo(1);
    assertThat(first.created()).isEqualTo(1);
    assertThat(second.unchanged()).isEqualTo(2);
    assertThat(second.created()).isZero();
    assertThat(first.users())
        .extracting(u -> u.discriminator().orElse(""))
        .containsExactly("1234", "");
  }

  @Test
  void aRetriedBatchStillCountsUpdatesAsUpdates() {
    SmarterDevClient client = fake.client();
    client.users().upsertAll(users(100));
    List<NewUser> renamed =
        users(100).stream().map(u -> NewUser.of(u.discordId(), u.username() + "-new")).toList();
    fake.server().clearRecordedRequests();
    fake.server().faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/users/batch"));

    UpsertSummary summary = client.users().upsertAll(renamed);

    assertThat(summary.updated()).isEqualTo(100);
    assertThat(summary.created()).isZero();
    assertThat(batchRequests(fake.server())).hasSize(2);
  }

  @Test
  void keepsTheLastOfDuplicateDiscordIds() {
    SmarterDevClient client = fake.client();
    List<NewUser> input =
        List.of(NewUser.of(7, "first"), NewUser.of(8, "other"), NewUser.of(7, "last"));

    UpsertSummary summary = client.users().upsertAll(input);

    assertThat(summary.total()).isEqualTo(2);
    assertThat(summary.created()).isEqualTo(2);
    assertThat(summary.users()).extracting(DiscordUser::username).containsExactly("last", "other");
  }

  @Test
  void concurrentBatchesGiveTheSameResult() {
    SmarterDevClient client = fake.client();
    List<UpsertProgress> progress = new CopyOnWriteArrayList<>();

    UpsertSummary summary =
        client
            .users()
            .upsertAll(
                users(2000),
                UpsertOptions.defaults()
                    .withBatchSize(250)
                    .withConcurrency(4)
                    .withListener(progress::add));

    assertThat(summary.created()).isEqualTo(2000);
    assertThat(summary.users()).hasSize(2000);
    assertThat(batchRequests(fake.server())).hasSize(8);
    assertThat(progress)
        .extracting(UpsertProgress::batchesDone)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(2000);
  }

  @Test
  void concurrentBatchesReportProgressOneAtATimeInOrderBeforeTheSummary() {
    SmarterDevClient client = fake.client();
    for (int round = 0; round < 20; round++) {
      fake.server().reset();
      AtomicInteger inListener = new AtomicInteger();
      List<String> problems = new CopyOnWriteArrayList<>();
      List<Integer> done = new CopyOnWriteArrayList<>();

      UpsertSummary summary =
          client
              .users()
              .upsertAll(
                  users(400),
                  UpsertOptions.defaults()
                      .withBatchSize(10)
                      .withConcurrency(8)
                      .withListener(
                          progress -> {
                            if (inListener.incrementAndGet() != 1) {
                              problems.add("two listener calls at once");
                            }
                            done.add(progress.batchesDone());
                            LockSupport.parkNanos(20_000);
                            inListener.decrementAndGet();
                          }));

      assertThat(problems).isEmpty();
      assertThat(done).isEqualTo(IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toList()));
      assertThat(summary.created()).isEqualTo(400);
    }
  }

  @Test
  void aFailedBatchIsReportedAndTheOthersStillRun() {
    SmarterDevClient client = fake.client();
    fake.server()
        .faults()
        .enqueue(
            Fault.status(400)
                .body("{\"error\":\"Expected a list of users\"}")
                .onlyFor("POST", "/api/users/batch"));

    UpsertSummary summary = client.users().upsertAll(users(350));

    assertThat(summary.isComplete()).isFalse();
    assertThat(summary.failures()).hasSize(1);
    assertThat(summary.failures().get(0).batchIndex()).isZero();
    assertThat(summary.failures().get(0).users()).hasSize(100);
    assertThat(summary.failed()).isEqualTo(100);
    assertThat(summary.created()).isEqualTo(250);
    assertThat(fake.server().rowCount(FakeTable.USERS)).isEqualTo(250);
  }

  @Test
  void transientBatchFailuresAreRetriedBecauseTheBatchIsIdempotent() {
    SmarterDevClient client = fake.client();
    fake.server().faults().enqueue(Fault.status(503).times(2).onlyFor("POST", "/api/users/batch"));

    UpsertSummary summary = client.users().upsertAll(users(150));

    assertThat(summary.isComplete()).isTrue();
    assertThat(summary.created()).isEqualTo(150);
    assertThat(batchRequests(fake.server())).hasSize(4);
  }

  @Test
  void emptyInputSendsNothing() {
    SmarterDevClient client = fake.client();

    UpsertSummary summary = client.users().upsertAll(List.of());

    assertThat(summary.total()).isZero();
    assertThat(fake.server().requestCount()).isZero();
  }
}

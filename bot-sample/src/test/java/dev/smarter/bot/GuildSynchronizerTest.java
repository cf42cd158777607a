package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertProgress;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.RecordedApiRequest;
import dev.smarter.testkit.SeededGuild;
import dev.smarter.testkit.SeededUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class GuildSynchronizerTest {
  private final SmarterDevClient client;
  private final FakeSmarterDevServer server;
  private GuildSynchronizer sync;

  GuildSynchronizerTest(SmarterDevClient client, FakeSmarterDevServer server) {
    this.client = client;
    this.server = server;
  }

  @BeforeEach
  void setUp() {
    sync = new GuildSynchronizer(client);
  }

  private List<String> requestsAfter(Runnable action) {
    server.clearRecordedRequests();
    action.run();
    return server.recordedRequests().stream().map(r -> r.method() + " " + r.path()).toList();
  }

  @Test
  void warmUpFillsTheCacheFromTheListEndpoints() {
    SeededGuild guild = server.seedGuild(TestMembers.GUILD_ID, "Test Guild");
    SeededUser alice = server.seedUser(11L, "alice");
    server.seedUser(12L, "bob");

    List<String> requests = requestsAfter(sync::warmUp);

    assertThat(requests).containsSubsequence("GET /api/guilds", "GET /api/users");
    assertThat(sync.cacheSize()).isEqualTo(new GuildSynchronizer.CacheSize(1, 2));
    assertThat(sync.guildRowId(TestMembers.GUILD_ID)).contains(guild.id());
    assertThat(sync.userRowId(11L)).contains(alice.id());
    assertThat(sync.userRowId(99L)).isEmpty();
  }

  @Test
  void fullSyncCreatesTheGuildAndItsHumansInBatchesOf100() {
    sync.warmUp();

    GuildSyncReport report =
        sync.syncGuildAndMembers(TestMembers.guild(), TestMembers.members(250, 3), progress -> {});

    assertThat(report.guildOutcome()).isEqualTo(SyncOutcome.CREATED);
    assertThat(report.botsSkipped()).isEqualTo(3);
    assertThat(report.members().total()).isEqualTo(250);
    assertThat(report.members().created()).isEqualTo(250);
    assertThat(server.rowCount(FakeTable.GUILDS)).isEqualTo(1);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(250);
    assertThat(server.recordedRequests())
        .filteredOn(r -> r.path().equals("/api/users/batch"))
        .hasSize(3);
    assertThat(client.users().findByDiscordId(TestMembers.bot(0).discordId()).execute()).isEmpty();
    assertThat(sync.userRowId(TestMembers.human(249).discordId())).isPresent();
  }

  @Test
  void sendsTheMemberJoinTimeAsTheUsersCreatedAt() {
    sync.warmUp();
    MemberSnapshot member = TestMembers.human(7);

    sync.syncGuildAndMembers(TestMembers.guild(), List.of(member), progress -> {});

    DiscordUser stored = client.users().findByDiscordId(member.discordId()).execute().orElseThrow();
    assertThat(stored.createdAt()).isEqualTo(member.joinedAt());
  }

  @Test
  void memberJoinCreatesTheUserWithOneRequest() {
    sync.warmUp();
    MemberSnapshot member = TestMembers.human(3);

    List<String> requests =
        requestsAfter(() -> assertThat(sync.syncUser(member)).isEqualTo(SyncOutcome.CREATED));

    assertThat(requests).containsExactly("POST /api/users");
    DiscordUser stored = client.users().findByDiscordId(member.discordId()).execute().orElseThrow();
    assertThat(stored.username()).isEqualTo("user3");
    assertThat(stored.createdAt()).isEqualTo(member.joinedAt());
    assertThat(requestsAfter(() -> sync.syncUser(member))).isEmpty();
  }

  @Test
  void renameUpdatesTheUserThroughTheCacheWithoutListing() {
    SeededUser seeded = server.seedUser(TestMembers.human(1).discordId(), "user1");
    server.seedUser(2_000L, "someone-else");
    sync.warmUp();
    MemberSnapshot renamed = TestMembers.human(1).withUsername("user1-renamed");

    server.clearRecordedRequests();
    assertThat(sync.syncUser(renamed)).isEqualTo(SyncOutcome.UPDATED);

    List<RecordedApiRequest> requests = server.recordedRequests();
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).method()).isEqualTo("PUT");
    assertThat(requests.get(0).path()).isEqualTo("/api/users/" + seeded.id());
    assertThat(requests.get(0).body()).contains("\"username\":\"user1-renamed\"");
  }

  @Test
  void avatarChangeSendsOnlyTheAvatar() {
    MemberSnapshot member = TestMembers.human(4);
    sync.warmUp();
    sync.syncUser(member);

    server.clearRecordedRequests();
    sync.syncUser(member.withAvatarUrl("https://cdn.example/avatars/new.png"));

    List<RecordedApiRequest> requests = server.recordedRequests();
    assertThat(requests).singleElement().satisfies(r -> assertThat(r.method()).isEqualTo("PUT"));
    assertThat(requests.get(0).body())
        .isEqualTo("{\"avatar_url\":\"https://cdn.example/avatars/new.png\"}");
  }

  @Test
  void manyUserEventsNeverScanTheUserList() {
    sync.warmUp();
    sync.syncGuildAndMembers(TestMembers.guild(), TestMembers.members(120, 0), progress -> {});

    List<String> requests =
        requestsAfter(
            () -> {
              for (int i = 0; i < 20; i++) {
                sync.syncUser(TestMembers.human(i).withUsername("renamed" + i));
              }
            });

    assertThat(requests).hasSize(20).allMatch(r -> r.startsWith("PUT /api/users/"));
  }

  @Test
  void unchangedUserSendsNothing() {
    sync.warmUp();
    sync.syncUser(TestMembers.human(5));

    assertThat(requestsAfter(() -> sync.syncUser(TestMembers.human(5)))).isEmpty();
    assertThat(sync.syncUser(TestMembers.human(5))).isEqualTo(SyncOutcome.UNCHANGED);
  }

  @Test
  void userTheCacheDoesNotKnowButTheApiDoesIsBroughtUpToDate() {
    sync.warmUp();
    server.seedUser(TestMembers.human(6).discordId(), "old-name");

    List<String> requests =
        requestsAfter(
            () -> assertThat(sync.syncUser(TestMembers.human(6))).isEqualTo(SyncOutcome.UPDATED));

    assertThat(requests).hasSize(2);
    assertThat(requests.get(0)).isEqualTo("POST /api/users");
    assertThat(requests.get(1)).startsWith("PUT /api/users/");
    assertThat(client.users().findByDiscordId(TestMembers.human(6).discordId()).execute())
        .hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("user6"));
  }

  @Test
  void botsAreNeverSynced() {
    sync.warmUp();

    assertThat(
            requestsAfter(
                () -> assertThat(sync.syncUser(TestMembers.bot(1))).isEqualTo(SyncOutcome.SKIPPED)))
        .isEmpty();
  }

  @Test
  void guildRenameUpdatesOnlyTheName() {
    SeededGuild seeded = server.seedGuild(TestMembers.GUILD_ID, "Old Name");
    sync.warmUp();

    server.clearRecordedRequests();
    SyncOutcome outcome =
        sync.syncGuild(TestMembers.guild().withIconUrl(null).withName("New Name"));

    assertThat(outcome).isEqualTo(SyncOutcome.UPDATED);
    assertThat(server.recordedRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.method() + " " + r.path()).isEqualTo("PUT /api/guilds/" + seeded.id());
              assertThat(r.body()).isEqualTo("{\"name\":\"New Name\"}");
            });
  }

  @Test
  void guildIconChangeAndRemovalUpdateTheIcon() {
    sync.warmUp();
    sync.syncGuild(TestMembers.guild());
    long rowId = sync.guildRowId(TestMembers.GUILD_ID).orElseThrow();

    server.clearRecordedRequests();
    sync.syncGuild(TestMembers.guild().withIconUrl("https://cdn.example/icons/1/b.png"));
    sync.syncGuild(TestMembers.guild().withIconUrl(null));

    assertThat(server.recordedRequests())
        .extracting(RecordedApiRequest::body)
        .containsExactly(
            "{\"icon_url\":\"https://cdn.example/icons/1/b.png\"}", "{\"icon_url\":null}");
    Guild stored = client.guilds().get(rowId).execute();
    assertThat(stored.iconUrl()).isEmpty();
    assertThat(requestsAfter(() -> sync.syncGuild(TestMembers.guild().withIconUrl(null))))
        .isEmpty();
  }

  @Test
  void ensureUserCreatesAMissingRowOnceThenAnswersFromTheCache() {
    sync.warmUp();
    MemberSnapshot member = TestMembers.human(4);

    List<String> first = requestsAfter(() -> sync.ensureUser(member));
    List<String> second = requestsAfter(() -> sync.ensureUser(member));

    assertThat(first).containsExactly("POST /api/users");
    assertThat(second).isEmpty();
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(1);
    assertThat(sync.ensureUser(member).discordId()).isEqualTo(member.discordId());
  }

  @Test
  void ensureUserFindsARowTheCacheMissedWithoutDuplicatingIt() {
    SeededUser seeded = server.seedUser(TestMembers.human(5).discordId(), "old name");

    DiscordUser row = sync.ensureUser(TestMembers.human(5));

    assertThat(row.id()).isEqualTo(seeded.id());
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(1);
  }

  @Test
  void ensureUserRefusesBots() {
    assertThatThrownBy(() -> sync.ensureUser(TestMembers.bot(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void ensureGuildCreatesTheGuildOnceThenAnswersFromTheCache() {
    sync.warmUp();
    List<String> first = requestsAfter(() -> sync.ensureGuild(TestMembers.guild()));
    List<String> second = requestsAfter(() -> sync.ensureGuild(TestMembers.guild()));

    assertThat(first).containsExactly("POST /api/guilds");
    assertThat(second).isEmpty();
  }

  @Test
  void findUserLooksUpByDiscordIdWithoutCreatingAndCachesWhatItFinds() {
    SeededUser seeded = server.seedUser(21L, "carol");
    client.guilds().list().execute();

    List<String> missing = requestsAfter(() -> assertThat(sync.findUser(22L)).isEmpty());
    List<String> found =
        requestsAfter(
            () -> assertThat(sync.findUser(21L)).map(DiscordUser::id).contains(seeded.id()));
    List<String> cached = requestsAfter(() -> sync.findUser(21L));

    assertThat(missing).containsExactly("GET /api/users");
    assertThat(found).containsExactly("GET /api/users");
    assertThat(cached).isEmpty();
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(1);
  }

  @Test
  void stopEndsAFullSyncBetweenBatches() {
    sync.warmUp();
    List<UpsertProgress> reports = new ArrayList<>();

    assertThatThrownBy(
            () ->
                sync.syncGuildAndMembers(
                    TestMembers.guild(),
                    TestMembers.members(1_050, 0),
                    progress -> {
                      reports.add(progress);
                      if (progress.batchesDone() == 3) {
                        sync.stop();
                      }
                    }))
        .isInstanceOf(SyncStoppedException.class)
        .hasMessage("sync stopped after batch 3/11: the bot is shutting down")
        .satisfies(
            e ->
                assertThat(((SyncStoppedException) e).progress())
                    .map(UpsertProgress::batchesDone)
                    .contains(3));

    assertThat(reports).hasSize(3);
    assertThat(server.recordedRequests())
        .filteredOn(r -> r.path().equals("/api/users/batch"))
        .hasSize(3);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(300);
  }

  @Test
  void aStoppedSynchronizerStartsNoFullSync() {
    sync.warmUp();
    sync.stop();
    server.clearRecordedRequests();

    assertThatThrownBy(
            () ->
                sync.syncGuildAndMembers(
                    TestMembers.guild(), TestMembers.members(10, 0), progress -> {}))
        .isInstanceOf(SyncStoppedException.class)
        .hasMessage("sync not started: the bot is shutting down");
    assertThat(server.requestCount()).isZero();
    assertThat(sync.isStopping()).isTrue();
  }

  @Test
  void aStopDuringTheLastBatchLetsTheSyncComplete() {
    sync.warmUp();

    GuildSyncReport report =
        sync.syncGuildAndMembers(
            TestMembers.guild(),
            TestMembers.members(150, 0),
            progress -> {
              if (progress.isLast()) {
                sync.stop();
              }
            });

    assertThat(report.members().created()).isEqualTo(150);
  }
}

package dev.smarter.testkit.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.BytesConfigUpsert;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.SeededGuild;
import dev.smarter.testkit.SeededUser;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each create that is not idempotent, under each kind of fault, against the fake server: exactly
 * one row is stored, the call's outcome says what happened, and a bytes award moves the balances
 * once.
 */
class ExactlyOnceCreatesTest {
  private static final Duration CLIENT_READ_TIMEOUT = Duration.ofMillis(800);
  private static final Duration PAST_THE_TIMEOUT = Duration.ofSeconds(2);

  @RegisterExtension
  static final FakeSmarterDevExtension fake =
      FakeSmarterDevExtension.create().withClient(b -> b.readTimeout(CLIENT_READ_TIMEOUT));

  /** The three creates the SDK reconciles. */
  enum Create {
    WARNING("/api/warnings", FakeTable.WARNINGS),
    MODERATION_CASE("/api/moderation-cases", FakeTable.MODERATION_CASES),
    BYTES_AWARD("/api/bytes", FakeTable.BYTES);

    final String path;
    final FakeTable table;

    Create(String path, FakeTable table) {
      this.path = path;
      this.table = table;
    }
  }

  private SmarterDevClient client;
  private FakeSmarterDevServer server;
  private SeededGuild guild;
  private SeededUser giver;
  private SeededUser receiver;

  @BeforeEach
  void seed(SmarterDevClient client, FakeSmarterDevServer server) {
    this.client = client;
    this.server = server;
    guild = server.seedGuild(1_160_000_000_000_000_001L, "Smarter Dev");
    giver = server.seedUser(1_160_000_000_000_000_101L, "giver");
    receiver = server.seedUser(1_160_000_000_000_000_102L, "receiver");
    server.setBytesBalance(giver.id(), 100);
    client
        .bytes()
        .upsertConfig(BytesConfigUpsert.builder().guildId(guild.id()).cooldownMinutes(0).build())
        .execute();
  }

  private ApiResponse<?> send(Create create) {
    switch (create) {
      case WARNING:
        return client
            .warnings()
            .create(
                NewWarning.builder()
                    .guildId(guild.id())
                    .userId(receiver.id())
                    .modId(giver.id())
                    .reason("spam")
                    .build())
            .withResponse()
            .execute();
      case MODERATION_CASE:
        return client
            .moderationCases()
            .create(
                NewModerationCase.builder()
                    .guildId(guild.id())
                    .userId(receiver.id())
                    .modId(giver.id())
                    .action("mute")
                    .reason("spam")
                    .durationSec(600)
                    .build())
            .withResponse()
            .execute();
      default:
        return client
            .bytes()
            .give(
                NewBytesAward.builder()
                    .giverId(giver.id())
                    .receiverId(receiver.id())
                    .guildId(guild.id())
                    .amount(10)
                    .reason("thanks")
                    .build())
            .withResponse()
            .execute();
    }
  }

  private void assertStoredOnceAndBalancesMovedOnce(Create create) {
    assertThat(server.rowCount(create.table)).as("rows stored").isEqualTo(1);
    if (create == Create.BYTES_AWARD) {
      assertThat(client.users().get(giver.id()).execute().bytesBalance()).isEqualTo(90);
      assertThat(client.users().get(receiver.id()).execute().bytesBalance()).isEqualTo(10);
    }
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void refusedBeforeProcessingIsSentAgain(Create create) {
    server.faults().enqueue(Fault.status(503).onlyFor("POST", create.path));

    ApiResponse<?> response = send(create);

    assertThat(response.reconciled()).isFalse();
    assertThat(response.attempts()).isEqualTo(2);
    assertStoredOnceAndBalancesMovedOnce(create);
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void droppedBeforeProcessingIsSentAgain(Create create) {
    server.faults().enqueue(Fault.dropBeforeProcessing().onlyFor("POST", create.path));

    ApiResponse<?> response = send(create);

    assertThat(response.attempts()).isEqualTo(2);
    assertStoredOnceAndBalancesMovedOnce(create);
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void droppedAfterProcessingIsFoundNotSentAgain(Create create) {
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", create.path));

    ApiResponse<?> response = send(create);

    assertThat(response.reconciled()).isTrue();
    assertThat(response.attempts()).isEqualTo(1);
    assertStoredOnceAndBalancesMovedOnce(create);
    if (create == Create.BYTES_AWARD) {
      BytesAward award = (BytesAward) response.value();
      assertThat(award.giverBalance()).as("not read, not guessed").isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void aGatewayErrorAfterProcessingIsFoundNotSentAgain(Create create) {
    server.faults().enqueue(Fault.statusAfterProcessing(502).onlyFor("POST", create.path));

    ApiResponse<?> response = send(create);

    assertThat(response.reconciled()).isTrue();
    assertStoredOnceAndBalancesMovedOnce(create);
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void answeredLateAfterProcessingIsFoundAfterTheTimeout(Create create) {
    server.faults().enqueue(Fault.delay(PAST_THE_TIMEOUT).onlyFor("POST", create.path));

    ApiResponse<?> response = send(create);

    assertThat(response.reconciled()).isTrue();
    assertStoredOnceAndBalancesMovedOnce(create);
  }

  @ParameterizedTest
  @EnumSource(Create.class)
  void stillProcessingWhenTheClientGaveUpIsOutcomeUnknownAndNeverADuplicate(Create create)
      throws Exception {
    server
        .faults()
        .enqueue(Fault.delayBeforeProcessing(PAST_THE_TIMEOUT).onlyFor("POST", create.path));

    OutcomeUnknownException unknown =
        catchThrowableOfType(OutcomeUnknownException.class, () -> send(create));

    assertThat(unknown.reason()).isEqualTo(OutcomeUnknownException.Reason.MAY_STILL_BE_PROCESSING);
    assertThat(unknown.attempts()).isEqualTo(1);
    assertThat(unknown.lookups()).isEqualTo(1);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.rowCount(create.table) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(server.requestCount("POST", create.path)).as("never sent again").isEqualTo(1);
    assertStoredOnceAndBalancesMovedOnce(create);
  }
}

package dev.smarter.sdk.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.BytesAward;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A create that fails ambiguously is looked up: found, the call succeeds with the stored row;
 * proven absent after the peer ended the exchange, it is sent again; otherwise the call ends with
 * {@link OutcomeUnknownException} saying what was tried. Wire level: the exact requests.
 */
class ReconciliationTest {
  private static final Pattern TIME =
      Pattern.compile("\"(warned_at|created_at|awarded_at)\":\"([^\"]+)\"");

  @StartStop final MockWebServer server = new MockWebServer();
  private final Script script = new Script();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private SmarterDevClient client;

  @BeforeEach
  void setUp() {
    server.setDispatcher(script);
    client = builder().build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private SmarterDevClient.Builder builder() {
    return SmarterDevClient.builder()
        .baseUrl(server.url("/").toString())
        .apiKey("k")
        .sleeper(sleeps::add);
  }

  /** Answers the token exchange, then each request with the next scripted answer for its method. */
  private static final class Script extends Dispatcher {
    final Queue<Function<RecordedRequest, MockResponse>> posts = new ConcurrentLinkedQueue<>();
    final Queue<Function<RecordedRequest, MockResponse>> gets = new ConcurrentLinkedQueue<>();
    final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
    volatile String lastStamp = "";

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getUrl().encodedPath().equals("/api/auth/token")) {
        return json(200, "{\"token\":\"t\",\"expires_in\":3600}");
      }
      received.add(request);
      if (request.getMethod().equals("POST")) {
        Matcher time = TIME.matcher(request.getBody().utf8());
        lastStamp = time.find() ? time.group(2) : "";
        return posts.remove().apply(request);
      }
      return gets.remove().apply(request);
    }

    long count(String method) {
      return received.stream().filter(r -> r.getMethod().equals(method)).count();
    }

    List<String> bodiesOf(String method) {
      List<String> bodies = new ArrayList<>();
      for (RecordedRequest request : received) {
        if (request.getMethod().equals(method)) {
          bodies.add(request.getBody().utf8());
        }
      }
      return bodies;
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse dropped() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .body("")
        .build();
  }

  private String warningRow(int id, String warnedAt) {
    return "{\"id\":"
        + id
        + ",\"user_id\":2,\"mod_id\":3,\"guild_id\":4,\"reason\":\"spam\",\"warned_at\":\""
        + warnedAt
        + "\"}";
  }

  private MockResponse storedWarnings(String... rows) {
    return json(200, "{\"warnings\":[" + String.join(",", rows) + "]}");
  }

  private static <T extends Throwable> T caught(ThrowingCallable call, Class<T> type) {
    return catchThrowableOfType(type, call);
  }

  private static NewWarning warning() {
    return NewWarning.builder().userId(2).modId(3).guildId(4).reason("spam").build();
  }

  @Test
  void everyExecutionOfACreateIsStampedWithAUniqueMicrosecondTime() {
    for (int i = 0; i < 3; i++) {
      script.posts.add(r -> json(201, warningRow(1, script.lastStamp)));
    }
    var call = client.warnings().create(warning());
    Instant before = Instant.now().minusSeconds(5);

    call.execute();
    call.execute();
    call.execute();

    List<Instant> stamps = new ArrayList<>();
    for (String body : script.bodiesOf("POST")) {
      Matcher time = TIME.matcher(body);
      assertThat(time.find()).isTrue();
      assertThat(time.group(2)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?");
      stamps.add(Instant.parse(time.group(2) + "Z"));
    }
    assertThat(stamps).hasSize(3).isSorted().doesNotHaveDuplicates();
    assertThat(stamps.get(0)).isAfter(before);
  }

  @Test
  void aTimeTheCallerChoseIsSentAsItIs() {
    script.posts.add(r -> json(201, warningRow(1, "2026-11-01T10:00:00")));

    client
        .warnings()
        .create(
            NewWarning.builder()
                .from(warning())
                .warnedAt(Instant.parse("2026-11-01T10:00:00Z"))
                .build())
        .execute();

    assertThat(script.bodiesOf("POST").get(0)).contains("\"warned_at\":\"2026-11-01T10:00:00\"");
  }

  @Test
  void aDroppedCreateThatWasStoredIsFoundAndReturned() {
    script.posts.add(r -> dropped());
    script.gets.add(
        r -> storedWarnings(warningRow(7, "2026-11-01T09:00:00"), warningRow(8, script.lastStamp)));

    ApiResponse<UserWarning> response =
        client.warnings().create(warning()).withResponse().execute();

    assertThat(response.value().id()).isEqualTo(8);
    assertThat(response.reconciled()).isTrue();
    assertThat(response.attempts()).isEqualTo(1);
    assertThat(script.count("POST")).isEqualTo(1);
    assertThat(script.received.get(1).getTarget())
        .isEqualTo("/api/warnings?guild_id=4&user_id=2&mod_id=3");
    assertThat(sleeps).as("waited the lookup delay first").containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aDroppedCreateProvenAbsentIsSentAgainOnceWithTheSameStamp() {
    script.posts.add(r -> dropped());
    script.gets.add(r -> storedWarnings(warningRow(7, "2026-11-01T09:00:00")));
    script.posts.add(r -> json(201, warningRow(9, script.lastStamp)));

    ApiResponse<UserWarning> response =
        client.warnings().create(warning()).withResponse().execute();

    assertThat(response.value().id()).isEqualTo(9);
    assertThat(response.reconciled()).isFalse();
    assertThat(response.attempts()).isEqualTo(2);
    List<String> posts = script.bodiesOf("POST");
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1)).isEqualTo(posts.get(0));
  }

  @Test
  void a502NotFoundIsSentAgainButA504NotFoundIsNever() {
    script.posts.add(r -> json(502, "<html>Bad Gateway</html>"));
    script.gets.add(r -> storedWarnings());
    script.posts.add(r -> json(201, warningRow(9, script.lastStamp)));
    assertThat(client.warnings().create(warning()).execute().id()).isEqualTo(9);

    script.posts.add(r -> json(504, "<html>Gateway Timeout</html>"));
    script.gets.add(r -> storedWarnings());
    OutcomeUnknownException unknown =
        caught(() -> client.warnings().create(warning()).execute(), OutcomeUnknownException.class);

    assertThat(unknown.reason()).isEqualTo(OutcomeUnknownException.Reason.MAY_STILL_BE_PROCESSING);
    assertThat(unknown.attempts()).isEqualTo(1);
    assertThat(unknown.lookups()).isEqualTo(1);
    assertThat(unknown.getCause()).isInstanceOf(ServerException.class);
    assertThat(unknown).hasMessageContaining("sent 1 time, looked up 1 time; not found, but");
    assertThat(script.count("POST")).isEqualTo(3);
  }

  @Test
  void aTimedOutCreateNotFoundIsOutcomeUnknownAndNeverSentAgain() {
    try (SmarterDevClient impatient = builder().readTimeout(Duration.ofMillis(200)).build()) {
      script.posts.add(
          r ->
              new MockResponse.Builder()
                  .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS)
                  .code(201)
                  .addHeader("Content-Type", "application/json")
                  .body(warningRow(1, script.lastStamp))
                  .build());
      script.gets.add(r -> storedWarnings());

      OutcomeUnknownException unknown =
          caught(
              () -> impatient.warnings().create(warning()).execute(),
              OutcomeUnknownException.class);

      assertThat(unknown.reason())
          .isEqualTo(OutcomeUnknownException.Reason.MAY_STILL_BE_PROCESSING);
      assertThat(script.count("POST")).isEqualTo(1);
      assertThat(sleeps).as("no delay: a resend is out of the question").isEmpty();
    }
  }

  @Test
  void aTimedOutCreateThatWasStoredIsFound() {
    try (SmarterDevClient impatient = builder().readTimeout(Duration.ofMillis(200)).build()) {
      script.posts.add(
          r ->
              new MockResponse.Builder()
                  .headersDelay(1, java.util.concurrent.TimeUnit.SECONDS)
                  .code(201)
                  .addHeader("Content-Type", "application/json")
                  .body(warningRow(1, script.lastStamp))
                  .build());
      script.gets.add(r -> storedWarnings(warningRow(5, script.lastStamp)));

      assertThat(impatient.warnings().create(warning()).execute().id()).isEqualTo(5);
    }
  }

  @Test
  void aFailingLookupEndsOutcomeUnknownAfterItsOwnRetries() {
    script.posts.add(r -> dropped());
    for (int i = 0; i < 3; i++) {
      script.gets.add(r -> json(503, "{\"error\":\"down\"}"));
    }

    OutcomeUnknownException unknown =
        caught(() -> client.warnings().create(warning()).execute(), OutcomeUnknownException.class);

    assertThat(unknown.reason()).isEqualTo(OutcomeUnknownException.Reason.LOOKUP_FAILED);
    assertThat(script.count("GET")).isEqualTo(3);
    assertThat(script.count("POST")).isEqualTo(1);
  }

  @Test
  void provenAbsentWithNoRetriesLeftFailsPlainlyNotUnknown() {
    try (SmarterDevClient once = builder().maxRetries(0).build()) {
      script.posts.add(r -> json(503, "<html>unavailable</html>"));
      script.gets.add(r -> storedWarnings());

      Throwable thrown =
          caught(() -> once.warnings().create(warning()).execute(), ServerException.class);

      assertThat(thrown).isNotInstanceOf(OutcomeUnknownException.class);
      assertThat(script.count("POST")).isEqualTo(1);
    }
  }

  @Test
  void aBytesAwardConfirmedByALookupClaimsNoBalances() {
    script.posts.add(r -> dropped());
    script.gets.add(
        r ->
            json(
                200,
                "{\"bytes\":[{\"id\":3,\"giver_id\":1,\"receiver_id\":2,\"guild_id\":4,"
                    + "\"amount\":5,\"reason\":null,\"awarded_at\":\""
                    + script.lastStamp
                    + "\"}]}"));

    BytesAward award =
        client
            .bytes()
            .give(NewBytesAward.builder().giverId(1).receiverId(2).guildId(4).amount(5).build())
            .execute();

    assertThat(award.bytes().id()).isEqualTo(3);
    assertThat(award.giverBalance()).isEmpty();
    assertThat(award.receiverBalance()).isEmpty();
    assertThat(award.earnedRoles()).isEmpty();
    assertThat(script.received.get(1).getTarget())
        .isEqualTo("/api/bytes?guild_id=4&giver_id=1&receiver_id=2");
  }

  @Test
  void aResentAwardRefusedForCooldownIsLookedUpOnceMore() {
    String cooldown =
        "{\"error\":\"Cooldown still active. Try again in 1439 minutes.\",\"minutes_left\":1439}";
    script.posts.add(r -> dropped());
    script.gets.add(r -> json(200, "{\"bytes\":[]}"));
    script.posts.add(r -> json(400, cooldown));
    script.gets.add(
        r ->
            json(
                200,
                "{\"bytes\":[{\"id\":3,\"giver_id\":1,\"receiver_id\":2,\"guild_id\":4,"
                    + "\"amount\":1,\"reason\":null,\"awarded_at\":\""
                    + script.lastStamp
                    + "\"}]}"));

    BytesAward award =
        client
            .bytes()
            .give(NewBytesAward.builder().giverId(1).receiverId(2).guildId(4).build())
            .execute();

    assertThat(award.bytes().id()).as("the first had been stored after all").isEqualTo(3);

    script.posts.add(r -> dropped());
    script.gets.add(r -> json(200, "{\"bytes\":[]}"));
    script.posts.add(r -> json(400, cooldown));
    script.gets.add(r -> json(200, "{\"bytes\":[]}"));
    assertThat(
            caught(
                () ->
                    client
                        .bytes()
                        .give(NewBytesAward.builder().giverId(1).receiverId(2).guildId(4).build())
                        .execute(),
                CooldownException.class))
        .as("a real cooldown, from another award")
        .isNotNull();
  }

  @Test
  void aModerationCaseIsMatchedOnItsActionAndFields() {
    script.posts.add(r -> dropped());
    script.gets.add(
        r ->
            json(
                200,
                "{\"cases\":[{\"id\":6,\"case_number\":2,\"guild_id\":4,\"user_id\":2,"
                    + "\"mod_id\":3,\"action\":\"ban\",\"reason\":\"raid\",\"created_at\":\""
                    + script.lastStamp
                    + "\",\"duration_sec\":60,\"resolved_at\":null,\"resolution_note\":null}]}"));

    ModerationCase stored =
        client
            .moderationCases()
            .create(
                NewModerationCase.builder()
                    .guildId(4)
                    .userId(2)
                    .modId(3)
                    .action("ban")
                    .reason("raid")
                    .durationSec(60)
                    .build())
            .execute();

    assertThat(stored.caseNumber()).isEqualTo(2);
    assertThat(script.received.get(1).getTarget())
        .isEqualTo("/api/moderation-cases?guild_id=4&user_id=2&mod_id=3&action=ban");
  }

  @Test
  void withReconciliationOffTheServersTimeIsKeptAndTheCallFailsAtOnce() {
    try (SmarterDevClient plain = builder().reconcileCreates(false).build()) {
      script.posts.add(r -> dropped());

      OutcomeUnknownException unknown =
          caught(() -> plain.warnings().create(warning()).execute(), OutcomeUnknownException.class);

      assertThat(unknown.reason()).isEqualTo(OutcomeUnknownException.Reason.NOT_LOOKED_UP);
      assertThat(script.bodiesOf("POST").get(0)).doesNotContain("warned_at");
      assertThat(script.count("GET")).isZero();
    }
  }

  @Test
  void aCustomLookupDelayIsHonoured() {
    try (SmarterDevClient patient =
        builder()
            .retryPolicy(RetryPolicy.defaults().withLookupDelay(Duration.ofSeconds(2)))
            .build()) {
      script.posts.add(r -> dropped());
      script.gets.add(r -> storedWarnings(warningRow(8, script.lastStamp)));

      patient.warnings().create(warning()).execute();

      assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }
  }
}

package dev.smarter.sdk.wire;

import static dev.smarter.sdk.wire.WireTestSupport.API_KEY;
import static dev.smarter.sdk.wire.WireTestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.InsufficientBalanceException;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RateLimitException;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UnexpectedResponseException;
import dev.smarter.sdk.model.GuildUpdate;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.WarningQuery;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Every error answer of API.md (and the non-answers: redirects, wrong bodies, dropped connections)
 * becomes the right exception, with the server's text, the request's method and path, and no
 * secret. The client runs with retries off, so each call is one exchange.
 */
class ErrorMappingWireTest {
  static final String GUILD_WITHOUT_CREATED_AT =
      "{'id':7,'discord_id':42,'name':'Smarter Dev','icon_url':null,"
          + "'joined_at':'2026-11-24T03:10:00'}";

  @StartStop final MockWebServer server = new MockWebServer();
  final WireTestSupport wire = new WireTestSupport(server);
  SmarterDevClient client;

  @BeforeEach
  void setUp() {
    wire.enqueueToken();
    client = wire.clientBuilder().maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** Runs {@code call}, checks it throws a {@code type}, and returns what it threw. */
  static <E extends Throwable> E thrown(Class<E> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  /** Checks the exception's message and every cause's message for the key and the token. */
  static void assertNoSecrets(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(API_KEY).doesNotContain(TOKEN);
      assertThat(t.toString()).doesNotContain(API_KEY).doesNotContain(TOKEN);
    }
  }

  static <E extends ApiException> E assertApiException(
      E e, int status, String method, String path) {
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.method()).isEqualTo(method);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage()).contains(method + " " + path);
    assertNoSecrets(e);
    return e;
  }

  // ---- error statuses of API.md

  @Test
  void missingFieldBecomesBadRequestWithServerText() throws Exception {
    wire.enqueueJson(400, "{'error':'Missing required field: user_id'}");

    BadRequestException e =
        thrown(
            BadRequestException.class,
            () ->
                client
                    .warnings()
                    .create(NewWarning.builder().userId(2).modId(3).guildId(1).build())
                    .execute());

    assertApiException(e, 400, "POST", "/api/warnings");
    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.errorMessage()).isEqualTo("Missing required field: user_id");
    assertThat(e.getMessage()).contains("Missing required field: user_id");
    wire.assertJson("POST", "/api/warnings", "{'user_id':2,'mod_id':3,'guild_id':1}");
  }

  @Test
  void insufficientBalanceBecomesInsufficientBalanceException() {
    wire.enqueueJson(400, "{'error':'Insufficient bytes balance'}");

    InsufficientBalanceException e =
        thrown(InsufficientBalanceException.class, () -> client.bytes().give(award()).execute());

    assertApiException(e, 400, "POST", "/api/bytes");
    assertThat(e).isInstanceOf(BadRequestException.class).isNotInstanceOf(CooldownException.class);
    assertThat(e.errorMessage()).isEqualTo("Insufficient bytes balance");
  }

  @Test
  void otherBadRequestTextsStayPlainBadRequests() {
    wire.enqueueJson(400, "{'error':'Insufficient bytes balance!'}");

    BadRequestException e =
        thrown(BadRequestException.class, () -> client.bytes().give(award()).execute());

    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
  }

  @Test
  void cooldownBodyBecomesCooldownExceptionWithMinutesLeft() {
    wire.enqueueJson(
        400, "{'error':'Cooldown still active. Try again in 5 minutes.','minutes_left':5}");

    CooldownException e =
        thrown(CooldownException.class, () -> client.bytes().give(award()).execute());

    assertApiException(e, 400, "POST", "/api/bytes");
    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.minutesLeft()).isEqualTo(5);
    assertThat(e.errorMessage()).isEqualTo("Cooldown still active. Try again in 5 minutes.");
  }

  @Test
  void invalidApiKeyBecomesAuthenticationException() {
    wire.answerEveryRequestWith(
        new MockResponse.Builder()
            .code(401)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"Invalid API key\"}")
            .build());

    AuthenticationException e =
        thrown(AuthenticationException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 401, "GET", "/api/guilds/7");
    assertThat(e)
        .hasMessage(
            "GET /api/guilds/7 failed: the API key was refused: POST /api/auth/token failed:"
                + " HTTP 401: Invalid API key");
    assertThat(e.errorMessage()).isEqualTo("Invalid API key");
    assertApiException((ApiException) e.getCause(), 401, "POST", "/api/auth/token");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tokenRefusedAfterRenewalBecomesAuthenticationException() throws Exception {
    wire.enqueueJson(401, "{'error':'Invalid or expired token'}");
    wire.enqueueJson(200, "{'token':'t0k3n-2','expires_in':3600}");
    wire.enqueueJson(401, "{'error':'Invalid or expired token'}");

    AuthenticationException e =
        thrown(AuthenticationException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 401, "GET", "/api/guilds/7");
    assertThat(e.errorMessage()).isEqualTo("Invalid or expired token");
    assertThat(e.getMessage()).doesNotContain("t0k3n-2");
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void missingRowBecomesNotFound() throws Exception {
    wire.enqueueJson(404, "{'error':'Guild not found'}");

    NotFoundException e = thrown(NotFoundException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 404, "GET", "/api/guilds/7");
    assertThat(e.errorMessage()).isEqualTo("Guild not found");
    assertThat(e.getMessage()).contains("GET /api/guilds/7").contains("Guild not found");
    wire.assertGet("/api/guilds/7");
  }

  @Test
  void missingRowFailsAsyncFutureWithNotFound() {
    wire.enqueueJson(404, "{'error':'Moderation case not found'}");

    assertThatThrownBy(
            () -> client.moderationCases().get(9).executeAsync().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("GET /api/moderation-cases/9")
        .hasMessageContaining("Moderation case not found");
  }

  @Test
  void deleteOfMissingRoleBecomesNotFound() {
    wire.enqueueJson(404, "{'error':'Role not found'}");

    NotFoundException e =
        thrown(NotFoundException.class, () -> client.bytes().deleteRole(41).execute());

    assertApiException(e, 404, "DELETE", "/api/bytes/roles/41");
    assertThat(e.errorMessage()).isEqualTo("Role not found");
  }

  @Test
  void serverKeyErrorBecomesServerException() {
    wire.enqueue(
        new MockResponse.Builder()
            .code(500)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\": \"'name'\"}")
            .build());

    ServerException e =
        thrown(
            ServerException.class,
            () -> client.guilds().create(NewGuild.of(42, "Smarter Dev")).execute());

    assertApiException(e, 500, "POST", "/api/guilds");
    assertThat(e.errorMessage()).isEqualTo("'name'");
  }

  @Test
  void serverErrorKeepsQueryInPath() {
    wire.enqueueJson(500, "{'error':'database is locked'}");

    ServerException e =
        thrown(
            ServerException.class,
            () -> client.warnings().list(WarningQuery.builder().guildId(1L).build()).execute());

    assertApiException(e, 500, "GET", "/api/warnings?guild_id=1");
    assertThat(e.errorMessage()).isEqualTo("database is locked");
  }

  @Test
  void serverErrorWithHtmlBodyBecomesServerExceptionWithoutText() {
    wire.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Bad Gateway</body></html>")
            .build());

    ServerException e = thrown(ServerException.class, () -> client.guilds().list().execute());

    assertApiException(e, 502, "GET", "/api/guilds");
    assertThat(e.errorMessage()).isNull();
  }

  @Test
  void tooManyRequestsBecomesRateLimitWithRetryAfter() throws Exception {
    wire.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Content-Type", "application/json")
            .addHeader("Retry-After", "7")
            .body("{\"error\":\"Too many requests\"}")
            .build());

    RateLimitException e = thrown(RateLimitException.class, () -> client.guilds().list().execute());

    assertApiException(e, 429, "GET", "/api/guilds");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.errorMessage()).isEqualTo("Too many requests");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tooManyRequestsWithoutBodyOrHeaderStillBecomesRateLimit() {
    wire.enqueue(new MockResponse.Builder().code(429).build());

    RateLimitException e = thrown(RateLimitException.class, () -> client.guilds().list().execute());

    assertApiException(e, 429, "GET", "/api/guilds");
    assertThat(e.retryAfter()).isEmpty();
    assertThat(e.errorMessage()).isNull();
  }

  // ---- answers that are not the API's

  @Test
  void redirectIsNotFollowedAndBecomesUnexpectedResponse() throws Exception {
    wire.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", "/")
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<a href=\"/\">/</a>")
            .build());

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 302, "GET", "/api/guilds/7");
    assertThat(e.errorMessage()).isNull();
    assertThat(e.getMessage()).contains("redirect to /");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void methodNotAllowedTextBecomesUnexpectedResponse() {
    wire.enqueue(
        new MockResponse.Builder()
            .code(405)
            .addHeader("Content-Type", "text/plain")
            .addHeader("Allow", "GET, HEAD, OPTIONS")
            .body("Method Not Allowed")
            .build());

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.bytes().deleteRole(41).execute());

    assertApiException(e, 405, "DELETE", "/api/bytes/roles/41");
    assertThat(e.errorMessage()).isNull();
    assertThat(e.getMessage()).contains("text/plain").contains("Method Not Allowed");
  }

  @Test
  void htmlBodyOnSuccessBecomesUnexpectedResponse() {
    wire.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<!DOCTYPE html><html><title>Smarter Dev</title></html>")
            .build());

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 200, "GET", "/api/guilds/7");
    assertThat(e.getMessage()).contains("text/html");
  }

  @Test
  void noContentForACallThatNeedsABodyBecomesUnexpectedResponse() {
    wire.enqueue(new MockResponse.Builder().code(204).build());

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 204, "GET", "/api/guilds/7");
    assertThat(e.getMessage()).contains("expected a JSON body but got none");
  }

  @Test
  void htmlBodyOnDeleteBecomesUnexpectedResponse() {
    wire.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<!DOCTYPE html><html><title>Smarter Dev</title></html>")
            .build());

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.bytes().deleteRole(41).execute());

    assertApiException(e, 200, "DELETE", "/api/bytes/roles/41");
    assertThat(e.getMessage()).contains("text/html");
  }

  @Test
  void htmlTokenResponseBecomesUnexpectedResponse() {
    wire.answerEveryRequestWith(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<!DOCTYPE html><html><title>Captive portal</title></html>")
            .build());

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 200, "GET", "/api/guilds/7");
    assertThat(e)
        .hasMessageStartingWith(
            "GET /api/guilds/7 failed: unexpected response (HTTP 200): could not get a token: ");
    assertApiException((ApiException) e.getCause(), 200, "POST", "/api/auth/token");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void serverDownNamesTheUsersCallFirstAndTheTokenExchangeAsCause() throws Exception {
    server.close();

    ApiIoException e = thrown(ApiIoException.class, () -> client.guilds().list().execute());

    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/api/guilds");
    assertThat(e).hasMessageStartingWith("GET /api/guilds failed: could not get a token: POST");
    assertThat(e.getCause())
        .isInstanceOf(ApiIoException.class)
        .hasMessageStartingWith("POST /api/auth/token failed: ConnectException");
    assertNoSecrets(e);
  }

  @Test
  void malformedJsonOnSuccessBecomesUnexpectedResponse() {
    wire.enqueueJson(200, "{'id':7,'discord_id':");

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 200, "GET", "/api/guilds/7");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void missingRequiredFieldBecomesUnexpectedResponseNamingIt() {
    wire.enqueueJson(200, GUILD_WITHOUT_CREATED_AT);

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertApiException(e, 200, "GET", "/api/guilds/7");
    assertThat(e.getMessage()).contains("created_at");
  }

  @Test
  void nullRequiredFieldBecomesUnexpectedResponseNamingIt() {
    wire.enqueueJson(
        200,
        "{'id':7,'discord_id':42,'name':null,'icon_url':null,'joined_at':null,"
            + "'created_at':'2026-11-24T03:10:00'}");

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertThat(e.getMessage()).contains("name");
  }

  @Test
  void missingEnvelopeFieldBecomesUnexpectedResponseNamingIt() {
    wire.enqueueJson(200, "{'users':[]}");

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().list().execute());

    assertApiException(e, 200, "GET", "/api/guilds");
    assertThat(e.getMessage()).contains("guilds");
  }

  @Test
  void unparseableDatetimeBecomesUnexpectedResponse() {
    wire.enqueueJson(
        200,
        "{'id':7,'discord_id':42,'name':'Smarter Dev','icon_url':null,'joined_at':null,"
            + "'created_at':'yesterday'}");

    UnexpectedResponseException e =
        thrown(UnexpectedResponseException.class, () -> client.guilds().get(7).execute());

    assertThat(e.getMessage()).contains("yesterday");
  }

  // ---- no answer

  /**
   * Serves the token, then answers every API request with {@code fault}, however often the HTTP
   * client tries. MockWebServer applies a request-start {@code CloseSocket} when it accepts a
   * connection, taking it from {@link Dispatcher#peek()}; so the token response closes its
   * connection, and {@code peek()} returns the fault once the token is out.
   */
  private void dropApiRequests(MockResponse fault) {
    AtomicBoolean tokenServed = new AtomicBoolean();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getTarget().equals("/api/auth/token")) {
              tokenServed.set(true);
              return new MockResponse.Builder()
                  .code(200)
                  .addHeader("Content-Type", "application/json")
                  .addHeader("Connection", "close")
                  .body("{\"token\":\"" + TOKEN + "\",\"expires_in\":3600}")
                  .build();
            }
            return fault;
          }

          @Override
          public MockResponse peek() {
            return tokenServed.get() ? fault : super.peek();
          }
        });
  }

  @Test
  void droppedConnectionBecomesApiIoException() {
    dropApiRequests(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());

    ApiIoException e = thrown(ApiIoException.class, () -> client.guilds().get(7).execute());

    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/api/guilds/7");
    assertThat(e.getMessage()).contains("GET /api/guilds/7");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertNoSecrets(e);
  }

  @Test
  void connectionShutDownBeforeResponseBecomesApiIoException() {
    dropApiRequests(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    ApiIoException e = thrown(ApiIoException.class, () -> client.users().list().execute());

    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/api/users");
    assertThat(e.getMessage()).contains("GET /api/users");
    assertNoSecrets(e);
  }

  @Test
  void droppedWarningCreateIsNotReplayedAndKeepsApiIoExceptionAsCause() {
    dropApiRequests(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());

    OutcomeUnknownException e =
        thrown(
            OutcomeUnknownException.class,
            () ->
                client
                    .warnings()
                    .create(NewWarning.builder().userId(2).modId(3).guildId(1).build())
                    .execute());

    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/api/warnings");
    assertThat(e.getMessage()).contains("POST /api/warnings");
    assertThat(e.getCause()).isInstanceOf(ApiIoException.class);
    assertNoSecrets(e);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void droppedConnectionFailsAsyncFutureWithApiIoException() {
    dropApiRequests(
        new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());

    assertThatThrownBy(() -> client.bytes().config(1).executeAsync().get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ApiIoException.class)
        .hasMessageContaining("GET /api/bytes/config/1");
  }

  // ---- invalid requests fail before anything is sent

  @Test
  void negativeIdFailsBeforeSending() {
    assertThatThrownBy(() -> client.guilds().get(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void zeroSnowflakeGuildIsRejected() {
    assertThatThrownBy(() -> NewGuild.of(0, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discordId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void blankGuildNameIsRejected() {
    assertThatThrownBy(() -> NewGuild.of(42, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void guildWithoutNameNamesTheMissingField() {
    assertThatThrownBy(() -> NewGuild.builder().discordId(42).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void guildUpdateWithNoChangeIsRejected() {
    assertThatThrownBy(() -> GuildUpdate.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GuildUpdate");
  }

  @Test
  void awardOfZeroBytesIsRejected() {
    assertThatThrownBy(
            () -> NewBytesAward.builder().giverId(2).receiverId(4).guildId(1).amount(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void negativeAwardIsRejected() {
    assertThatThrownBy(
            () -> NewBytesAward.builder().giverId(2).receiverId(4).guildId(1).amount(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
  }

  @Test
  void batchOf501UsersIsRejected() {
    List<NewUser> users = new ArrayList<>();
    for (int i = 1; i <= 501; i++) {
      users.add(NewUser.of(i, "user" + i));
    }

    assertThatThrownBy(() -> UserBatch.of(users))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("501");
  }

  @Test
  void batchWithDuplicateDiscordIdIsRejected() {
    List<NewUser> users = List.of(NewUser.of(555, "bob"), NewUser.of(555, "robert"));

    assertThatThrownBy(() -> UserBatch.of(users))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("555");
  }

  @Test
  void warningWithoutUserNamesTheMissingField() {
    assertThatThrownBy(() -> NewWarning.builder().modId(3).guildId(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("userId");
  }

  private static NewBytesAward award() {
    return NewBytesAward.builder().giverId(2).receiverId(4).guildId(1).amount(5).build();
  }
}

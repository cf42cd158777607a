package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake's HTTP/1.1 as seen on the wire: framing, keep-alive, and headers as sent. */
class HttpWireTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private static final String WARNING = "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3}";

  private RawConnection connect() throws Exception {
    return new RawConnection(fake.server().port());
  }

  private String authorization() {
    return "Authorization: Bearer " + fake.server().issueToken() + "\r\n";
  }

  private String get(String path) {
    return "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + authorization() + "\r\n";
  }

  @Test
  void jsonResponseHasStarletteHeadersInOrderAndTheServersDate() throws Exception {
    try (RawConnection connection = connect()) {
      RawConnection.RawResponse response = connection.send(get("/api/guilds")).read();

      assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(response.headerLines())
          .containsExactly(
              "date: Tue, 24 Nov 2026 03:10:00 GMT",
              "content-length: 13",
              "content-type: application/json");
      assertThat(response.body()).isEqualTo("{\"guilds\":[]}");
    }
  }

  @Test
  void redirectHasALocationAndAnEmptyBodyWithoutContentType() throws Exception {
    try (RawConnection connection = connect()) {
      RawConnection.RawResponse response = connection.send(get("/api/nowhere")).read();

      assertThat(response.statusLine()).isEqualTo("HTTP/1.1 302 Found");
      assertThat(response.headerNames()).containsExactly("date", "location", "content-length");
      assertThat(response.header("location")).isEqualTo("/");
      assertThat(response.header("content-length")).isEqualTo("0");
    }
  }

  @Test
  void methodNotAllowedListsAllowBeforeTheBodyHeaders() throws Exception {
    try (RawConnection connection = connect()) {
      RawConnection.RawResponse response =
          connection
              .send("DELETE /api/guilds HTTP/1.1\r\nHost: x\r\n" + authorization() + "\r\n")
              .read();

      assertThat(response.statusLine()).isEqualTo("HTTP/1.1 405 Method Not Allowed");
      assertThat(response.headerNames())
          .containsExactly("date", "allow", "content-length", "content-type");
      assertThat(response.body()).isEqualTo("Method Not Allowed");
    }
  }

  @Test
  void headSendsTheLengthOfTheBodyItLeavesOut() throws Exception {
    try (RawConnection connection = connect()) {
      RawConnection.RawResponse head =
          connection
              .send("HEAD /api/guilds HTTP/1.1\r\nHost: x\r\n" + authorization() + "\r\n")
              .read(true);
      RawConnection.RawResponse next = connection.send(get("/api/guilds")).read();

      assertThat(head.header("content-length")).isEqualTo("13");
      assertThat(next.body()).isEqualTo("{\"guilds\":[]}");
    }
  }

  @Test
  void keepAliveServesManyRequestsOnOneConnectionAndPipelinedOnesInOrder() throws Exception {
    fake.server().seedGuild(7, "G");
    try (RawConnection connection = connect()) {
      connection.send(get("/api/guilds/1") + get("/api/guilds/2") + get("/api/guilds/1"));

      assertThat(connection.read().statusLine()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(connection.read().statusLine()).isEqualTo("HTTP/1.1 404 Not Found");
      assertThat(connection.read().body()).contains("\"discord_id\":7");
      assertThat(connection.send(get("/api/guilds")).read().statusLine()).endsWith("200 OK");
    }
  }

  @Test
  void aRequestArrivingInPiecesIsReadWhole() throws Exception {
    String request =
        "POST /api/warnings HTTP/1.1\r\nHost: x\r\n"
            + authorization()
            + "Content-Length: "
            + WARNING.length()
            + "\r\n\r\n"
            + WARNING;
    try (RawConnection connection = connect()) {
      for (int i = 0; i < request.length(); i += 7) {
        connection.send(request.substring(i, Math.min(request.length(), i + 7)));
        Thread.sleep(1);
      }

      assertThat(connection.read().statusLine()).isEqualTo("HTTP/1.1 201 Created");
    }
    assertThat(fake.server().takeRequest().body()).isEqualTo(WARNING);
  }

  @Test
  void chunkedRequestBodyIsDecoded() throws Exception {
    String first = WARNING.substring(0, 10);
    String rest = WARNING.substring(10);
    try (RawConnection connection = connect()) {
      RawConnection.RawResponse response =
          connection
              .send(
                  "POST /api/warnings HTTP/1.1\r\nHost: x\r\n"
                      + authorization()
                      + "Transfer-Encoding: chunked\r\n\r\n"
                      + Integer.toHexString(first.length())
                      + "\r\n"
                      + first
                      + "\r\n"
                      + Integer.toHexString(rest.length())
                      + ";ext=1\r\n"
                      + rest
                      + "\r\n0\r\nX-Trailer: y\r\n\r\n")
              .read();

      assertThat(response.statusLine()).isEqualTo("HTTP/1.1 201 Created");
    }
    assertThat(fake.server().takeRequest().body()).isEqualTo(WARNING);
  }

  @Test
  void expectContinueGetsAnInterimResponseBeforeTheBodyIsSent() throws Exception {
    try (RawConnection connection = connect()) {
      connection.send(
          "POST /api/warnings HTTP/1.1\r\nHost: x\r\n"
              + authorization()
              + "Expect: 100-continue\r\nContent-Length: "
              + WARNING.length()
              + "\r\n\r\n");

      assertThat(connection.read().statusLine()).isEqualTo("HTTP/1.1 100 Continue");
      assertThat(connection.send(WARNING).read().statusLine()).isEqualTo("HTTP/1.1 201 Created");
    }
  }

  @Test
  void http10AndConnectionCloseGetOneResponseThenTheConnectionCloses() throws Exception {
    for (String request :
        new String[] {
          "GET /api/guilds HTTP/1.0\r\n" + authorization() + "\r\n",
          "GET /api/guilds HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + authorization() + "\r\n"
        }) {
      try (RawConnection connection = connect()) {
        RawConnection.RawResponse response = connection.send(request).read();

        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(response.header("connection")).isEqualTo("close");
        assertThat(connection.closedByServer()).isTrue();
      }
    }
  }

  @Test
  void aMalformedRequestGets400LikeUvicornAndACloseConnection() throws Exception {
    for (String request :
        new String[] {
          "GET /api/guilds\r\n\r\n",
          "GET /api/guilds HTTP/2.0\r\n\r\n",
          "GET /api/guilds HTTP/1.1\r\nNo colon here\r\n\r\n",
          "GET /api/guilds HTTP/1.1\r\nBad Name: x\r\n\r\n",
          "POST /api/warnings HTTP/1.1\r\nContent-Length: 12x\r\n\r\n",
          "POST /api/warnings HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
          "POST /api/warnings HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"
        }) {
      try (RawConnection connection = connect()) {
        RawConnection.RawResponse response = connection.send(request).read();

        assertThat(response.statusLine()).as(request).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(response.body()).isEqualTo("Invalid HTTP request received.");
        assertThat(connection.closedByServer()).isTrue();
      }
    }
    assertThat(fake.server().requestCount()).isZero();
  }

  @Test
  void headerValuesAreRecordedAsSentWithoutTheirSurroundingWhitespace() throws Exception {
    try (RawConnection connection = connect()) {
      connection
          .send(
              "GET /api/guilds HTTP/1.1\r\nHost: x\r\nX-Spaced:  \ta\tb  c \t\r\n"
                  + authorization()
                  + "\r\n")
          .read();
    }

    assertThat(fake.server().takeRequest().header("x-spaced")).isEqualTo("a\tb  c");
  }

  @Test
  void thePathIsPercentDecodedAndTheQueryKeptRaw() throws Exception {
    fake.server().seedGuild(7, "G");
    try (RawConnection connection = connect()) {
      assertThat(connection.send(get("/api/guilds/%31?x=%20y")).read().statusLine())
          .endsWith("200 OK");
    }

    RecordedApiRequest recorded = fake.server().takeRequest();
    assertThat(recorded.path()).isEqualTo("/api/guilds/1");
    assertThat(recorded.query()).isEqualTo("x=%20y");
  }
}

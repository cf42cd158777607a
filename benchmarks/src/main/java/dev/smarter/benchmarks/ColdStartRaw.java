package dev.smarter.benchmarks;

import java.io.IOException;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The raw OkHttp side of {@link ColdStart}, run in a fresh JVM: the least a hand-written client
 * does for the same result as {@link ColdStartSdk}. An {@link OkHttpClient}, the token exchange
 * with the JSON written and the token cut out of the answer by hand, then {@code GET /api/guilds}
 * read as a string; then exit. The client is a default one, or with the argument {@code cleartext}
 * one that speaks cleartext only and so skips TLS setup, as the SDK's own client does for an {@code
 * http://} URL.
 */
public final class ColdStartRaw {
  /** The argument that selects a cleartext-only client. */
  static final String CLEARTEXT = "cleartext";

  private ColdStartRaw() {}

  /**
   * Lists the guilds once.
   *
   * @param args the server's base URL, the API key, and optionally {@code cleartext}
   * @throws IOException if a request fails
   */
  public static void main(String[] args) throws IOException {
    OkHttpClient client =
        args.length > 2 && args[2].equals(CLEARTEXT)
            ? new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build()
            : new OkHttpClient();
    try {
      HttpUrl base = HttpUrl.get(args[0]);
      Request exchange =
          new Request.Builder()
              .url(base.resolve("/api/auth/token"))
              .post(
                  RequestBody.create(
                      "{\"api_key\": \"" + args[1] + "\"}", MediaType.get("application/json")))
              .build();
      String token = stringField(bodyOf(client, exchange), "token");
      Request list =
          new Request.Builder()
              .url(base.resolve("/api/guilds"))
              .header("Authorization", "Bearer " + token)
              .build();
      String guilds = bodyOf(client, list);
      if (!guilds.contains("\"guilds\"")) {
        throw new IOException("not a guild list: " + guilds);
      }
      System.out.println(ColdStart.SUCCESS + " " + guilds.length());
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private static String bodyOf(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code() + " for " + request.url());
      }
      return response.body().string();
    }
  }

  /** The value of {@code "name": "value"} in a flat JSON object. */
  private static String stringField(String json, String name) throws IOException {
    int key = json.indexOf("\"" + name + "\"");
    int open = key < 0 ? -1 : json.indexOf('"', json.indexOf(':', key) + 1);
    int close = open < 0 ? -1 : json.indexOf('"', open + 1);
    if (close < 0) {
      throw new IOException("no " + name + " in " + json);
    }
    return json.substring(open + 1, close);
  }
}

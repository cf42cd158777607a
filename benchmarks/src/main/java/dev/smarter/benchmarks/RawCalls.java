package dev.smarter.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The requests of the benchmarks written by hand with raw OkHttp: the floor the SDK is compared
 * with. Each call builds its request (URL, {@code Authorization: Bearer} header) as a hand-written
 * client would, fails on a non-2xx status, and reads the body as a string.
 */
final class RawCalls {
  private final OkHttpClient client;
  private final HttpUrl baseUrl;
  private final String authorization;

  RawCalls(OkHttpClient client, String baseUrl, String token) {
    this.client = client;
    this.baseUrl = HttpUrl.get(baseUrl);
    this.authorization = "Bearer " + token;
  }

  /** The request of {@code GET /api/guilds/{id}}. */
  Request guildRequest(long id) {
    HttpUrl url =
        baseUrl
            .newBuilder()
            .addPathSegments("api/guilds")
            .addPathSegment(Long.toString(id))
            .build();
    return new Request.Builder().url(url).header("Authorization", authorization).build();
  }

  /** Sends {@code GET /api/guilds/{id}} and returns the body. */
  String getGuild(long id) {
    return execute(guildRequest(id));
  }

  /** Sends {@code POST /api/users/batch} with {@code json}, a JSON array of users. */
  String postBatch(RequestBody json) {
    HttpUrl url = baseUrl.newBuilder().addPathSegments("api/users/batch").build();
    return execute(
        new Request.Builder().url(url).header("Authorization", authorization).post(json).build());
  }

  /** Sends {@code GET /api/guilds/{id}} on the dispatcher. */
  CompletableFuture<String> getGuildAsync(long id) {
    CompletableFuture<String> future = new CompletableFuture<>();
    client
        .newCall(guildRequest(id))
        .enqueue(
            new Callback() {
              @Override
              public void onResponse(Call call, Response response) {
                try (response) {
                  future.complete(bodyOf(response));
                } catch (IOException | RuntimeException e) {
                  future.completeExceptionally(e);
                }
              }

              @Override
              public void onFailure(Call call, IOException e) {
                future.completeExceptionally(e);
              }
            });
    return future;
  }

  private String execute(Request request) {
    try (Response response = client.newCall(request).execute()) {
      return bodyOf(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bodyOf(Response response) throws IOException {
    ResponseBody body = response.body();
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code() + " for " + response.request().url());
    }
    return body.string();
  }
}

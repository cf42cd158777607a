package dev.smarter.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Raw HTTP against the fake with OkHttp: no SDK, no redirects followed, no silent retries. */
final class RawApi {
  static final OkHttpClient CLIENT =
      new OkHttpClient.Builder()
          .followRedirects(false)
          .followSslRedirects(false)
          .retryOnConnectionFailure(false)
          .build();
  private static final MediaType JSON = MediaType.get("application/json");

  private final String baseUrl;
  private final String token;

  RawApi(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  RawApi withToken(String token) {
    return new RawApi(baseUrl, token);
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  /** Sends with {@code Authorization: Bearer <token>} when this has a token. */
  Reply send(String method, String path, String body) {
    Request.Builder request = new Request.Builder().url(baseUrl + path);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return execute(
        request,
        method,
        body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Sends exactly the given headers (name, value pairs) and body bytes. */
  Reply sendRaw(String method, String path, byte[] body, String... headers) {
    Request.Builder request = new Request.Builder().url(baseUrl + path);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return execute(request, method, body);
  }

  private static Reply execute(Request.Builder request, String method, byte[] body) {
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(body, JSON);
    } else if (method.equals("POST") || method.equals("PUT")) {
      requestBody = RequestBody.create(new byte[0], null);
    }
    request.method(method, requestBody);
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      return new Reply(response.code(), text, response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

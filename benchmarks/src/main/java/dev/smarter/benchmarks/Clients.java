package dev.smarter.benchmarks;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.internal.NoDelaySocketFactory;
import java.time.Duration;
import javax.net.SocketFactory;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Builds the two clients every comparison uses: the SDK's, and a raw {@link OkHttpClient}
 * configured the way the SDK configures its own (same dispatcher limits, timeouts, no redirects,
 * TCP_NODELAY), so that the only difference is the SDK's code.
 */
final class Clients {
  /** Requests in flight at once, for both clients. */
  static final int MAX_CONCURRENT_REQUESTS = 32;

  private Clients() {}

  /** An SDK client for {@code baseUrl}, with retries on their defaults. */
  static SmarterDevClient sdk(String baseUrl, String apiKey) {
    return builder(baseUrl, apiKey).build();
  }

  /** The builder of {@link #sdk}, to add listeners to. */
  static SmarterDevClient.Builder builder(String baseUrl, String apiKey) {
    return SmarterDevClient.builder()
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .maxConcurrentRequests(MAX_CONCURRENT_REQUESTS);
  }

  /** A raw OkHttp client with the SDK's settings. */
  static OkHttpClient raw() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
    dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(60))
        .followRedirects(false)
        .followSslRedirects(false)
        .socketFactory(new NoDelaySocketFactory(SocketFactory.getDefault()))
        .build();
  }

  /** Stops the threads and connections of a client made by {@link #raw()}. */
  static void close(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}

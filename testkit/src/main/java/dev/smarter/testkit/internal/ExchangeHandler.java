package dev.smarter.testkit.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.smarter.testkit.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The JDK HTTP server's handler: reads the whole request, applies an armed fault if one claims it,
 * lets {@link FakeApi} answer, records the exchange, then writes the response (or drops the
 * connection without a byte, which the client sees as an {@link IOException}).
 */
public final class ExchangeHandler implements HttpHandler {
  private final FakeApi api;
  private final FaultPlan faults;
  private final Consumer<ExchangeRecord> recorder;

  /** Creates the handler. {@code recorder} is called once per exchange, before responding. */
  public ExchangeHandler(FakeApi api, FaultPlan faults, Consumer<ExchangeRecord> recorder) {
    this.api = api;
    this.faults = faults;
    this.recorder = recorder;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      URI uri = exchange.getRequestURI();
      String path = uri.getPath() == null ? "" : uri.getPath();
      String rawQuery = uri.getRawQuery();
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = lowerCaseHeaders(exchange.getRequestHeaders());
      Fault fault = faults.claim(method, path);
      Fault.Kind kind = fault == null ? null : fault.kind();
      if (kind == Fault.Kind.DROP_BEFORE_PROCESSING) {
        recorder.accept(new ExchangeRecord(method, path, rawQuery, headers, body, -1, kind, false));
        exchange.close();
        return;
      }
      ApiResponse response =
          kind == Fault.Kind.STATUS
              ? injected(fault)
              : process(new ApiRequest(method, path, rawQuery, headers, body));
      boolean drop = kind == Fault.Kind.DROP_AFTER_PROCESSING;
      recorder.accept(
          new ExchangeRecord(
              method, path, rawQuery, headers, body, response.status(), kind, !drop));
      if (drop) {
        exchange.close();
        return;
      }
      if (kind == Fault.Kind.DELAY) {
        sleep(fault);
      }
      send(exchange, method, response);
    } finally {
      exchange.close();
    }
  }

  private ApiResponse process(ApiRequest request) {
    try {
      return api.handle(request);
    } catch (RuntimeException e) {
      return ApiResponse.error(500, "fake server bug: " + e);
    }
  }

  private static ApiResponse injected(Fault fault) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", fault.contentType());
    fault.retryAfter().ifPresent(value -> headers.put("Retry-After", value));
    return ApiResponse.raw(
        fault.status(), headers, fault.responseBody().getBytes(StandardCharsets.UTF_8));
  }

  private static void sleep(Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, String method, ApiResponse response)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    int length = response.bodyLength();
    if (method.equals("HEAD")) {
      if (length > 0) {
        headers.set("Content-Length", Integer.toString(length));
      }
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    if (length == 0) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response.bodyUnsafe());
    }
  }

  private static Map<String, List<String>> lowerCaseHeaders(Headers headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, values) ->
            copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(values));
    copy.replaceAll((name, values) -> List.copyOf(values));
    return Map.copyOf(copy);
  }
}

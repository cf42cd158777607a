package dev.smarter.testkit.internal;

import dev.smarter.testkit.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns one request read by the transport into what the transport must do: applies an armed fault
 * if one claims it, lets {@link FakeApi} answer, and records the exchange before a single response
 * byte is written.
 */
public final class ExchangeHandler {
  private final FakeApi api;
  private final FaultPlan faults;
  private final Consumer<ExchangeRecord> recorder;

  /** Creates the handler. {@code recorder} is called once per exchange, before responding. */
  public ExchangeHandler(FakeApi api, FaultPlan faults, Consumer<ExchangeRecord> recorder) {
    this.api = api;
    this.faults = faults;
    this.recorder = recorder;
  }

  /**
   * What the transport does with a request: write {@code response} after {@code delay}, or close
   * the connection without a byte when {@code response} is {@code null}.
   */
  record Outcome(@Nullable ApiResponse response, Duration delay) {
    static Outcome drop() {
      return new Outcome(null, Duration.ZERO);
    }
  }

  Outcome handle(HttpRequestHead head, byte[] body) {
    String method = head.method().toUpperCase(Locale.ROOT);
    String target = head.target();
    int question = target.indexOf('?');
    String path = QueryStrings.unquote(question < 0 ? target : target.substring(0, question));
    String rawQuery = question < 0 ? null : target.substring(question + 1);
    Map<String, List<String>> headers = lowerCaseHeaders(head.headers());
    Fault fault = faults.claim(method, path);
    Fault.Kind kind = fault == null ? null : fault.kind();
    if (kind == Fault.Kind.DROP_BEFORE_PROCESSING) {
      recorder.accept(new ExchangeRecord(method, path, rawQuery, headers, body, -1, kind, false));
      return Outcome.drop();
    }
    if (kind == Fault.Kind.DELAY_BEFORE_PROCESSING) {
      holdBack(fault.delay());
    }
    ApiResponse response =
        kind == Fault.Kind.STATUS
            ? injected(fault)
            : process(new ApiRequest(method, path, rawQuery, headers, body));
    if (kind == Fault.Kind.STATUS_AFTER_PROCESSING) {
      response = injected(fault);
    }
    boolean drop = kind == Fault.Kind.DROP_AFTER_PROCESSING;
    recorder.accept(
        new ExchangeRecord(method, path, rawQuery, headers, body, response.status(), kind, !drop));
    if (drop) {
      return Outcome.drop();
    }
    return new Outcome(response, kind == Fault.Kind.DELAY ? fault.delay() : Duration.ZERO);
  }

  /** Waits before processing, as a queued request would; an interrupt cuts the wait short. */
  private static void holdBack(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    fault.retryAfter().ifPresent(value -> headers.add(ApiResponse.header("retry-after", value)));
    return ApiResponse.raw(
        fault.status(),
        fault.contentType(),
        headers,
        fault.responseBody().getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> lowerCaseHeaders(
      List<Map.Entry<String, String>> fields) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : fields) {
      copy.computeIfAbsent(field.getKey().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
          .add(field.getValue());
    }
    copy.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(copy);
  }
}

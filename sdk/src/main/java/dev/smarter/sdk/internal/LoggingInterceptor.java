package dev.smarter.sdk.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each attempt of each request through SLF4J: at DEBUG the method, path, status, duration and
 * attempt number; at TRACE also the bodies. Headers are never logged, and the bodies of the token
 * exchange (which hold the API key and the token) are replaced by {@code [redacted]}.
 */
public final class LoggingInterceptor implements Interceptor {
  /** The name of the logger the SDK's HTTP traffic goes to. */
  public static final String LOGGER_NAME = "dev.smarter.sdk.http";

  private static final long MAX_LOGGED_BODY = 4096;
  private static final String TOKEN_PATH = "/api/auth/token";

  private final Logger logger;

  /** Creates the interceptor that logs to {@value #LOGGER_NAME}. */
  public LoggingInterceptor() {
    this(LoggerFactory.getLogger(LOGGER_NAME));
  }

  /**
   * Creates the interceptor that logs to {@code logger}.
   *
   * @param logger where to log
   */
  public LoggingInterceptor(Logger logger) {
    this.logger = logger;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!logger.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String path = ErrorResponses.pathOf(request);
    Attempt attempt = request.tag(Attempt.class);
    int number = attempt == null ? 1 : attempt.number();
    boolean secret = request.url().encodedPath().endsWith(TOKEN_PATH);
    if (logger.isTraceEnabled()) {
      logger.trace("{} {} request body: {}", request.method(), path, body(request.body(), secret));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      logger.debug(
          "{} {} failed after {} ms (attempt {}): {}",
          request.method(),
          path,
          millisSince(start),
          number,
          e.toString());
      throw e;
    }
    logger.debug(
        "{} {} -> {} ({} ms, attempt {})",
        request.method(),
        path,
        response.code(),
        millisSince(start),
        number);
    if (logger.isTraceEnabled()) {
      logger.trace(
          "{} {} response body: {}",
          request.method(),
          path,
          secret ? "[redacted]" : response.peekBody(MAX_LOGGED_BODY).string());
    }
    return response;
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static String body(@Nullable RequestBody body, boolean secret) throws IOException {
    if (body == null) {
      return "(none)";
    }
    if (secret) {
      return "[redacted]";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    long size = buffer.size();
    String text = buffer.readString(Math.min(size, MAX_LOGGED_BODY), StandardCharsets.UTF_8);
    return size > MAX_LOGGED_BODY ? text + "... (" + size + " bytes)" : text;
  }

  @Override
  public String toString() {
    return "LoggingInterceptor{" + logger.getName() + "}";
  }
}

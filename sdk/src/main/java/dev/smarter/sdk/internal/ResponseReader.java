package dev.smarter.sdk.internal;

import dev.smarter.sdk.UnexpectedResponseException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;

/**
 * Reads the body of a successful response as the call's result: it must be JSON, and the converter
 * Retrofit chose for the method's result type must read it whole. Everything else is an {@link
 * UnexpectedResponseException}.
 *
 * <p>The body is first read into memory ({@link #buffer}): a connection cut in the middle of the
 * body is then a failure of the attempt (an {@link IOException}, retried like any other), and only
 * a complete body that does not parse is an unexpected response.
 *
 * @param <T> the result type
 */
final class ResponseReader<T> {
  private final Converter<ResponseBody, T> converter;
  private final boolean voidResult;

  ResponseReader(Converter<ResponseBody, T> converter, boolean voidResult) {
    this.converter = converter;
    this.voidResult = voidResult;
  }

  /** Returns {@code response} with its whole body in memory, and its connection released. */
  static Response buffer(Response response) throws IOException {
    try (ResponseBody body = response.body()) {
      Buffer buffer = new Buffer();
      buffer.writeAll(body.source());
      return response
          .newBuilder()
          .body(ResponseBody.create(buffer, body.contentType(), buffer.size()))
          .build();
    }
  }

  /** Reads the buffered body of {@code response}, a 2xx. */
  @Nullable T read(Response response) {
    Request request = response.request();
    int code = response.code();
    ResponseBody body = response.body();
    if (code == 204 || code == 205) {
      if (voidResult) {
        return null;
      }
      throw unexpected(response, request, "expected a JSON body but got none", null);
    }
    MediaType type = body.contentType();
    if (type == null || !type.subtype().contains("json")) {
      throw unexpected(
          response,
          request,
          "expected a JSON body but got " + (type == null ? "no content type" : type.toString()),
          null);
    }
    if (voidResult) {
      return null;
    }
    try {
      return converter.convert(body);
    } catch (IOException | RuntimeException e) {
      throw unexpected(response, request, "unreadable JSON body: " + e.getMessage(), e);
    }
  }

  private static UnexpectedResponseException unexpected(
      Response response, Request request, String detail, @Nullable Throwable cause) {
    return new UnexpectedResponseException(
        response.code(), request.method(), ErrorResponses.pathOf(request), detail, cause);
  }
}

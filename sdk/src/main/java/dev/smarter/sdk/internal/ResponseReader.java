package dev.smarter.sdk.internal;

import dev.smarter.sdk.UnexpectedResponseException;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;

/**
 * Reads the body of a successful response as the call's result: it must be JSON, and the converter
 * Retrofit chose for the method's result type must read it whole. Everything else is an {@link
 * UnexpectedResponseException}.
 *
 * <p>The body is first read into memory ({@link #buffer}): a connection cut in the middle of the
 * body is then a failure of the attempt (an {@link IOException}, retried like any other), and only
 * a complete body that does not parse is an unexpected response. It is read into the response's own
 * source buffer, so the response is not copied, and its connection goes back to the pool as soon as
 * the last byte is read.
 *
 * @param <T> the result type
 */
final class ResponseReader<T> {
  private static final String JSON_TEXT = "application/json";

  private final Converter<ResponseBody, T> converter;
  private final boolean voidResult;

  ResponseReader(Converter<ResponseBody, T> converter, boolean voidResult) {
    this.converter = converter;
    this.voidResult = voidResult;
  }

  /**
   * Returns {@code response} with its whole body in memory, and its connection released; closes it
   * and throws if the body cannot be read to its end.
   */
  static Response buffer(Response response) throws IOException {
    try {
      response.body().source().request(Long.MAX_VALUE);
      return response;
    } catch (IOException | RuntimeException | Error e) {
      response.close();
      throw e;
    }
  }

  /** Reads the buffered body of {@code response}, a 2xx, and closes it. */
  @Nullable T read(Response response) {
    try (ResponseBody body = response.body()) {
      return read(response, body);
    }
  }

  private @Nullable T read(Response response, ResponseBody body) {
    Request request = response.request();
    int code = response.code();
    if (code == 204 || code == 205) {
      if (voidResult) {
        return null;
      }
      throw unexpected(response, request, "expected a JSON body but got none", null);
    }
    MediaType type = contentType(response, body);
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

  /** The body's media type; the usual {@code application/json} is recognized without parsing. */
  private static @Nullable MediaType contentType(Response response, ResponseBody body) {
    return JSON_TEXT.equals(response.header("Content-Type"))
        ? JsonConverterFactory.JSON
        : body.contentType();
  }

  private static UnexpectedResponseException unexpected(
      Response response, Request request, String detail, @Nullable Throwable cause) {
    return new UnexpectedResponseException(
        response.code(), request.method(), ErrorResponses.pathOf(request), detail, cause);
  }
}

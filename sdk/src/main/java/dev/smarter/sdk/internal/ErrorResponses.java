package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonReader;
import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.InsufficientBalanceException;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.RateLimitException;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.UnexpectedResponseException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Turns a response that is not a success into the SDK's typed exception. */
public final class ErrorResponses {
  private static final int SNIPPET_LENGTH = 120;
  private static final String INSUFFICIENT_BALANCE = "Insufficient bytes balance";

  private ErrorResponses() {}

  /**
   * Returns the path and query of {@code request}, as exceptions show it.
   *
   * @param request the request
   * @return such as {@code /api/warnings?guild_id=1}
   */
  public static String pathOf(Request request) {
    String query = request.url().encodedQuery();
    return request.url().encodedPath() + (query == null ? "" : "?" + query);
  }

  /**
   * Returns the exception for a response whose status is not 2xx.
   *
   * @param response the raw response, headers only are read
   * @param body the response body, read and closed here, or {@code null}
   * @param now the current time, for {@code Retry-After} dates
   * @return the typed exception
   */
  public static ApiException toException(
      Response response, @Nullable ResponseBody body, Instant now) {
    Request request = response.request();
    String method = request.method();
    String path = pathOf(request);
    int code = response.code();
    if (code >= 300 && code < 400) {
      String location = response.header("Location");
      return new UnexpectedResponseException(
          code,
          method,
          path,
          "redirect to "
              + (location == null ? "(no Location)" : location)
              + "; the server redirects unknown paths and invalid ids to its home page,"
              + " so check the base URL",
          null);
    }
    ErrorBody error = ErrorBody.read(body);
    if (error.message == null && code < 500 && code != 429) {
      return new UnexpectedResponseException(code, method, path, error.describeNonJson(), null);
    }
    String message = error.message;
    switch (code) {
      case 400:
        if (error.minutesLeft != null) {
          return new CooldownException(message, method, path, error.minutesLeft);
        }
        return INSUFFICIENT_BALANCE.equals(message)
            ? new InsufficientBalanceException(message, method, path)
            : new BadRequestException(code, message, method, path);
      case 401:
        return new AuthenticationException(code, message, method, path);
      case 404:
        return new NotFoundException(code, message, method, path);
      case 429:
        Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), now);
        return new RateLimitException(message, method, path, retryAfter);
      default:
        return code >= 500
            ? new ServerException(code, message, method, path)
            : new ApiException(code, message, method, path);
    }
  }

  /** What an error body said: the {@code error} text and the cooldown's {@code minutes_left}. */
  private static final class ErrorBody {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("error", "minutes_left");

    @Nullable String message;
    @Nullable Long minutesLeft;
    @Nullable MediaType contentType;
    String text = "";

    static ErrorBody read(@Nullable ResponseBody body) {
      ErrorBody result = new ErrorBody();
      if (body == null) {
        return result;
      }
      try (body) {
        result.contentType = body.contentType();
        Buffer buffer = new Buffer();
        buffer.writeAll(body.source());
        result.text = buffer.snapshot().utf8();
        result.parse(buffer);
      } catch (IOException | RuntimeException unreadable) {
        result.message = null;
        result.minutesLeft = null;
      }
      return result;
    }

    private void parse(Buffer json) throws IOException {
      JsonReader reader = JsonReader.of(json);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(NAMES);
        if (index == -1) {
          reader.skipName();
          reader.skipValue();
        } else if (index == 0 && reader.peek() == JsonReader.Token.STRING) {
          message = reader.nextString();
        } else if (index == 1 && reader.peek() == JsonReader.Token.NUMBER) {
          minutesLeft = reader.nextLong();
        } else {
          reader.skipValue();
        }
      }
    }

    String describeNonJson() {
      String type = contentType == null ? "no content type" : contentType.toString();
      String snippet = text.strip().replaceAll("\\s+", " ");
      if (snippet.length() > SNIPPET_LENGTH) {
        snippet = snippet.substring(0, SNIPPET_LENGTH) + "...";
      }
      return "expected a JSON error body but got "
          + type
          + (snippet.isEmpty() ? " (empty)" : ": \"" + snippet + "\"");
    }
  }
}

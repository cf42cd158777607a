package dev.smarter.sdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.smarter.sdk.ApiCall;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The call that exchanges the API key for a token, {@code POST /api/auth/token}: sent without an
 * {@code Authorization} header and outside the concurrency limit, retried like any idempotent call.
 *
 * <p>Built here rather than declared on a Retrofit interface: the exchange is the first request of
 * every client, and a request written with Moshi's streaming API spares a short-lived program the
 * parsing of one more service method and the reflective adapters of two more types (see the cold
 * start figures in {@code benchmarks/README.md}).
 */
final class TokenExchange {
  static final Endpoint ENDPOINT = new Endpoint("POST /api/auth/token", true, false, null);

  private static final String[] FIELD_NAMES = {"token", "expires_in"};
  private static final JsonReader.Options FIELDS = JsonReader.Options.of(FIELD_NAMES);

  private TokenExchange() {}

  /**
   * The exchange of {@code apiKey} at the server of {@code baseUrl}.
   *
   * @param runtime the client's call runtime
   * @param baseUrl the client's base URL, ending with {@code /}
   * @param apiKey the API key
   * @return a call; each execution is one exchange
   */
  static ApiCall<TokenResponse> call(CallRuntime runtime, HttpUrl baseUrl, String apiKey) {
    Request request =
        new Request.Builder()
            .url(baseUrl.resolve("api/auth/token"))
            .post(requestBody(apiKey))
            .build();
    return HttpApiCall.of(
        runtime,
        ENDPOINT,
        request,
        new ResponseReader<>(new JsonConverterFactory.ResponseConverter<>(RESPONSE), false),
        null);
  }

  /** {@code {"api_key":"..."}}. */
  private static RequestBody requestBody(String apiKey) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject().name("api_key").value(apiKey).endObject();
    } catch (IOException e) {
      throw new AssertionError("writing to a buffer", e);
    }
    return RequestBody.create(buffer.readByteString(), JsonConverterFactory.JSON);
  }

  /**
   * Reads {@code {"token": "...", "expires_in": 3600}}; other fields are skipped, a missing or
   * {@code null} field fails with the same messages as the SDK's other JSON adapters, and the
   * values go through {@link TokenResponse}'s checks.
   */
  static final JsonAdapter<TokenResponse> RESPONSE =
      new JsonAdapter<TokenResponse>() {
        @Override
        public TokenResponse fromJson(JsonReader reader) throws IOException {
          String token = null;
          Long expiresIn = null;
          reader.beginObject();
          while (reader.hasNext()) {
            int field = reader.selectName(FIELDS);
            if (field == -1) {
              reader.skipName();
              reader.skipValue();
            } else if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonFailures.nullValue(FIELD_NAMES[field], reader);
            } else if (field == 0) {
              token = reader.nextString();
            } else {
              expiresIn = reader.nextLong();
            }
          }
          reader.endObject();
          if (token == null) {
            throw JsonFailures.missing(FIELD_NAMES[0], reader);
          }
          if (expiresIn == null) {
            throw JsonFailures.missing(FIELD_NAMES[1], reader);
          }
          try {
            return TokenResponse.builder().token(token).expiresIn(expiresIn).build();
          } catch (IllegalStateException e) {
            throw JsonFailures.invalid("TokenResponse", reader, e);
          }
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable TokenResponse value) {
          throw new UnsupportedOperationException("token responses are only read");
        }

        @Override
        public String toString() {
          return "JsonAdapter(TokenResponse)";
        }
      }.nullSafe();
}

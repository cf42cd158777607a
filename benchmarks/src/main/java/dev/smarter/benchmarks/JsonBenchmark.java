package dev.smarter.benchmarks;

import dev.smarter.sdk.GuildsApi;
import dev.smarter.sdk.UsersApi;
import dev.smarter.sdk.internal.Json;
import dev.smarter.sdk.internal.JsonConverterFactory;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.UserBatch;
import dev.smarter.sdk.model.UserBatchResult;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The SDK's JSON cost: the body converters Retrofit picks for {@link GuildsApi#get(long)} (one
 * Guild), {@link UsersApi#list()} (a 100-user {@code {"users": [...]}}) and {@link
 * UsersApi#batch(UserBatch)} (a 500-user request and a 500-user response), exactly as the client
 * runs them, next to {@link HandWrittenJson}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");

  private Converter<ResponseBody, Guild> guild;
  private Converter<ResponseBody, List<DiscordUser>> userList;
  private Converter<ResponseBody, UserBatchResult> batchResult;
  private Converter<UserBatch, RequestBody> batchRequest;
  private final HandWrittenJson handWritten = new HandWrittenJson();
  private byte[] guildJson;
  private byte[] userList100;
  private byte[] batchResult500;
  private UserBatch batch500;

  /**
   * Gets the converters from a Retrofit configured as the client's, and checks that both sides
   * agree on every body.
   *
   * @throws Exception if a converter is missing or the two sides disagree
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl("http://localhost/")
            .addConverterFactory(new JsonConverterFactory(Json.moshi(ZoneOffset.UTC)))
            .build();
    Method get = GuildsApi.class.getMethod("get", long.class);
    Method list = UsersApi.class.getMethod("list");
    Method batch = UsersApi.class.getMethod("batch", UserBatch.class);
    guild = retrofit.responseBodyConverter(resultType(get), get.getAnnotations());
    userList = retrofit.responseBodyConverter(resultType(list), list.getAnnotations());
    batchResult = retrofit.responseBodyConverter(resultType(batch), batch.getAnnotations());
    batchRequest =
        retrofit.requestBodyConverter(
            UserBatch.class, batch.getParameterAnnotations()[0], batch.getAnnotations());
    guildJson = Fixtures.guildJson(Fixtures.GUILD_ID).getBytes(StandardCharsets.UTF_8);
    userList100 = Fixtures.userListJson(100).getBytes(StandardCharsets.UTF_8);
    batchResult500 = Fixtures.batchResultJson(500).getBytes(StandardCharsets.UTF_8);
    batch500 = UserBatch.of(Fixtures.newUsers(500));
    check(decodeGuild().equals(handDecodeGuild()), "guild");
    check(decodeUserList100().equals(handDecodeUserList100()), "user list");
    check(decodeBatchResult500().equals(handDecodeBatchResult500()), "batch result");
    check(bytes(encodeBatch500()).equals(bytes(handEncodeBatch500())), "batch request");
  }

  /**
   * SDK: decodes one Guild, the body of a get.
   *
   * @return the guild
   * @throws IOException never in practice
   */
  @Benchmark
  public Guild decodeGuild() throws IOException {
    return guild.convert(ResponseBody.create(guildJson, JSON));
  }

  /**
   * Baseline: decodes one Guild by hand.
   *
   * @return the guild
   * @throws IOException never in practice
   */
  @Benchmark
  public Guild handDecodeGuild() throws IOException {
    return handWritten.readGuild(ResponseBody.create(guildJson, JSON).source());
  }

  /**
   * SDK: decodes a 100-user list.
   *
   * @return the users
   * @throws IOException never in practice
   */
  @Benchmark
  public List<DiscordUser> decodeUserList100() throws IOException {
    return userList.convert(ResponseBody.create(userList100, JSON));
  }

  /**
   * Baseline: decodes a 100-user list by hand.
   *
   * @return the users
   * @throws IOException never in practice
   */
  @Benchmark
  public List<DiscordUser> handDecodeUserList100() throws IOException {
    return handWritten.readUserList(ResponseBody.create(userList100, JSON).source());
  }

  /**
   * SDK: decodes a 500-user batch response.
   *
   * @return the result
   * @throws IOException never in practice
   */
  @Benchmark
  public UserBatchResult decodeBatchResult500() throws IOException {
    return batchResult.convert(ResponseBody.create(batchResult500, JSON));
  }

  /**
   * Baseline: decodes a 500-user batch response by hand.
   *
   * @return the result
   * @throws IOException never in practice
   */
  @Benchmark
  public UserBatchResult handDecodeBatchResult500() throws IOException {
    return handWritten.readBatchResult(ResponseBody.create(batchResult500, JSON).source());
  }

  /**
   * SDK: encodes a 500-user batch request.
   *
   * @return the request body
   * @throws IOException never in practice
   */
  @Benchmark
  public RequestBody encodeBatch500() throws IOException {
    return batchRequest.convert(batch500);
  }

  /**
   * Baseline: encodes a 500-user batch request by hand.
   *
   * @return the request body
   * @throws IOException never in practice
   */
  @Benchmark
  public RequestBody handEncodeBatch500() throws IOException {
    return handWritten.writeBatch(batch500.users());
  }

  private static Type resultType(Method method) {
    return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
  }

  private static String bytes(RequestBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }

  private static void check(boolean same, String what) {
    if (!same) {
      throw new IllegalStateException("the SDK and the baseline disagree on the " + what);
    }
  }
}

package com.example.app;

import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Runs from the module path ({@code java -p ... -m com.example.app/com.example.app.Main}) with no
 * {@code --add-modules}: calls the in-process fake with HTTP logging on, so OkHttp, Retrofit, Moshi
 * and SLF4J (with its binding found as a service) are all loaded as modules. The calls cover the
 * token exchange, list envelopes, batches, partial updates, default methods and error mapping.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    requireModule(Main.class, "com.example.app");
    requireModule(SmarterDevClient.class, "dev.smarter.sdk");
    requireModule(FakeSmarterDevServer.class, "dev.smarter.testkit");
    requireModule(OkHttpClient.class, "okhttp3");

    PrintStream console = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    OkHttpClient http = new OkHttpClient();
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start();
        SmarterDevClient client =
            SmarterDevClient.builder()
                .baseUrl(server.url())
                .apiKey(server.apiKey())
                .okHttpClient(http)
                .httpLogging(true)
                .build()) {
      Guild guild = client.guilds().create(NewGuild.of(1160000000000000001L, "JPMS")).execute();
      require(client.guilds().list().execute().equals(List.of(guild)), "guild listed");
      UpsertSummary sync =
          client
              .users()
              .upsertAll(
                  List.of(
                      NewUser.of(1160000000000000100L, "ada"),
                      NewUser.of(1160000000000000101L, "grace")));
      require(sync.created() == 2 && sync.isComplete(), "users synced: " + sync);
      Optional<DiscordUser> ada = client.users().findByDiscordId(1160000000000000100L).execute();
      require(ada.map(DiscordUser::username).equals(Optional.of("ada")), "user found: " + ada);
      long adaId = ada.orElseThrow().id();
      ModerationCase opened =
          client
              .moderationCases()
              .create(
                  NewModerationCase.builder()
                      .guildId(guild.id())
                      .userId(adaId)
                      .modId(adaId)
                      .action("warn")
                      .build())
              .execute();
      ModerationCase resolved =
          client.moderationCases().resolve(opened.id(), "Apologised").execute();
      require(resolved.resolvedAt().isPresent(), "case resolved: " + resolved);
      try {
        client.guilds().get(999).execute();
        throw new IllegalStateException("expected NotFoundException");
      } catch (NotFoundException expected) {
        require(expected.statusCode() == 404, "404 mapped: " + expected);
      }
    } finally {
      System.setErr(console);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    String log = logged.toString(StandardCharsets.UTF_8);
    console.print(log);
    require(log.contains("DEBUG dev.smarter.sdk.http"), "the SDK logged through SLF4J");
    require(log.contains("/api/guilds"), "the log names the calls");
    System.out.println("JPMS consumer OK: sdk, testkit, okhttp3 and SLF4J ran as named modules");
  }

  private static void requireModule(Class<?> type, String module) {
    String actual = type.getModule().getName();
    require(module.equals(actual), type.getName() + " is in module " + actual + ", not " + module);
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("JPMS consumer check failed: " + what);
    }
  }
}

package com.example.shaded;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertSummary;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Runs from a fat jar built by maven-shade-plugin with its defaults, that is without {@code
 * Multi-Release: true}, so the JVM ignores Retrofit's classes under {@code META-INF/versions}.
 * Calls the default methods of the resource groups ({@code upsertAll}, {@code findByDiscordId},
 * {@code resolve}) against the in-process fake.
 */
public final class Main {
  private static final String RETROFIT_JAVA_16_CLASS =
      "META-INF/versions/16/retrofit2/DefaultMethodSupport.class";

  private Main() {}

  public static void main(String[] args) throws Exception {
    requireFatJarWithoutMultiRelease();
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start();
        SmarterDevClient client =
            SmarterDevClient.builder().baseUrl(server.url()).apiKey(server.apiKey()).build()) {
      UpsertSummary sync =
          client
              .users()
              .upsertAll(
                  List.of(
                      NewUser.of(1160000000000000100L, "ada"),
                      NewUser.of(1160000000000000101L, "grace")));
      require(sync.created() == 2 && sync.isComplete(), "upsertAll created both users: " + sync);

      Optional<DiscordUser> ada = client.users().findByDiscordId(1160000000000000100L).execute();
      require(ada.map(DiscordUser::username).equals(Optional.of("ada")), "user found: " + ada);

      Guild guild = client.guilds().create(NewGuild.of(1160000000000000001L, "Shaded")).execute();
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
    }
    System.out.println("Shaded consumer OK: default methods work from a jar without Multi-Release");
  }

  /** Without these conditions this program would pass without testing anything. */
  private static void requireFatJarWithoutMultiRelease() throws Exception {
    File jar = new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    require(jar.isFile(), "runs from a jar, not from " + jar);
    try (JarFile file = new JarFile(jar)) {
      Manifest manifest = file.getManifest();
      require(
          manifest == null || manifest.getMainAttributes().getValue("Multi-Release") == null,
          jar + " has no Multi-Release entry");
      require(file.getEntry(RETROFIT_JAVA_16_CLASS) != null, jar + " holds Retrofit's classes");
    }
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("Shaded consumer check failed: " + what);
    }
  }
}

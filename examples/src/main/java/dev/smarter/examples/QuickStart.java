package dev.smarter.examples;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewUser;
import java.io.PrintStream;
import java.util.List;

/**
 * The quick start: list the guilds and users the website knows, as the original client's example
 * did. On an empty server it first registers a guild and three members, so there is something to
 * list.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (ExampleEnvironment environment = ExampleEnvironment.open()) {
      run(environment.client(), System.out);
    }
  }

  /**
   * Lists guilds and users, registering a few when the server has none.
   *
   * @param client the client to use
   * @param out where to print
   */
  public static void run(SmarterDevClient client, PrintStream out) {
    List<Guild> guilds = client.guilds().list().execute();
    if (guilds.isEmpty()) {
      out.println("The server has no guilds yet: registering one with three members.");
      client.guilds().create(NewGuild.of(1_160_000_000_000_000_001L, "Smarter Dev")).execute();
      List<String> names = List.of("ada", "grace", "linus");
      for (int i = 0; i < names.size(); i++) {
        client.users().create(NewUser.of(1_160_000_000_000_000_100L + i, names.get(i))).execute();
      }
      guilds = client.guilds().list().execute();
    }
    out.println("Found " + guilds.size() + " guilds");
    for (Guild guild : guilds) {
      out.printf(
          "  #%d %s (Discord id %d, joined %s)%n",
          guild.id(),
          guild.name(),
          guild.discordId(),
          guild.joinedAt().map(Object::toString).orElse("unknown"));
    }
    List<DiscordUser> users = client.users().list().execute();
    out.println("Found " + users.size() + " users");
    for (DiscordUser user : users) {
      out.printf(
          "  #%d %s (Discord id %d, %d bytes)%n",
          user.id(), user.username(), user.discordId(), user.bytesBalance());
    }
  }
}

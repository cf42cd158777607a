package dev.smarter.examples;

import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.model.NewBytesAward;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewWarning;
import java.io.PrintStream;

/**
 * Error handling: a missing row, input refused before anything is sent, and an API key the server
 * does not accept.
 */
public final class ErrorHandling {
  private ErrorHandling() {}

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
   * Shows each kind of failure and what the exception carries.
   *
   * @param client the client to use
   * @param out where to print
   */
  public static void run(SmarterDevClient client, PrintStream out) {
    try {
      client.guilds().get(987_654).execute();
    } catch (NotFoundException e) {
      out.printf(
          "Not found: HTTP %d, server said \"%s\" for %s %s%n",
          e.statusCode(), e.errorMessage(), e.method(), e.path());
    }

    try {
      NewBytesAward.builder().giverId(1).receiverId(2).guildId(3).amount(0).build();
    } catch (IllegalArgumentException e) {
      out.println("Refused before sending: " + e.getMessage());
    }
    try {
      NewGuild.builder().discordId(42).build();
    } catch (IllegalStateException e) {
      out.println("Refused before sending: " + e.getMessage());
    }
    try {
      client.warnings().get(-1);
    } catch (IllegalArgumentException e) {
      out.println("Refused before sending: " + e.getMessage());
    }
    try {
      long discordId = 1_160_000_000_000_000_001L;
      NewWarning.builder().guildId(discordId).userId(2).modId(1).reason("spam").build();
    } catch (IllegalArgumentException e) {
      out.println("Refused before sending: " + e.getMessage());
    }

    try (SmarterDevClient wrongKey = client.newBuilder().apiKey("not-a-real-key").build()) {
      wrongKey.users().list().execute();
    } catch (AuthenticationException e) {
      out.printf(
          "Authentication failed: HTTP %d, server said \"%s\" (the key is not in the message)%n",
          e.statusCode(), e.errorMessage());
    } catch (SmarterDevException e) {
      out.println("The call failed: " + e.getMessage());
    }
  }
}

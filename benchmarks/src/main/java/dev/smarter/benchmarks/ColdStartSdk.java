package dev.smarter.benchmarks;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.Guild;
import java.util.List;

/**
 * The SDK side of {@link ColdStart}, run in a fresh JVM: build a client, exchange the key for a
 * token and list the guilds, as a command-line tool or a scheduled job would; then exit.
 */
public final class ColdStartSdk {
  private ColdStartSdk() {}

  /**
   * Lists the guilds once.
   *
   * @param args the server's base URL and the API key
   */
  public static void main(String[] args) {
    try (SmarterDevClient client =
        SmarterDevClient.builder().baseUrl(args[0]).apiKey(args[1]).build()) {
      List<Guild> guilds = client.guilds().list().execute();
      System.out.println(ColdStart.SUCCESS + " " + guilds.size());
    }
  }
}

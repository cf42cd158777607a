package dev.smarter.examples;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevServer;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server an example talks to: the one named by {@code SMARTER_DEV_API_URL} (with the configured
 * key, unchanged), or, when that variable is unset, an in-process fake started for the example.
 * Closing it closes the client and stops the fake.
 */
public final class ExampleEnvironment implements AutoCloseable {
  private final @Nullable FakeSmarterDevServer fake;
  private final SmarterDevClient client;

  private ExampleEnvironment(@Nullable FakeSmarterDevServer fake, SmarterDevClient client) {
    this.fake = fake;
    this.client = client;
  }

  /**
   * Opens the environment described by the process's environment variables, saying on standard
   * output which server is used.
   *
   * @return the environment
   */
  public static ExampleEnvironment open() {
    return open(System.getenv(), System.out);
  }

  /**
   * Opens the environment described by {@code environment}.
   *
   * @param environment the variables to read
   * @param out where to say which server is used
   * @return the environment
   */
  public static ExampleEnvironment open(Map<String, String> environment, PrintStream out) {
    String url = environment.get("SMARTER_DEV_API_URL");
    if (url != null && !url.isBlank()) {
      SmarterDevClient client = SmarterDevClient.builder().environment(environment).build();
      out.println("Using the Smarter Dev API at " + client.baseUrl());
      return new ExampleEnvironment(null, client);
    }
    FakeSmarterDevServer fake = FakeSmarterDevServer.builder().localMode(true).build().start();
    out.println(
        "SMARTER_DEV_API_URL is not set: started the in-process fake Smarter Dev API at "
            + fake.url());
    SmarterDevClient client =
        SmarterDevClient.builder()
            .environment(environment)
            .baseUrl(fake.url())
            .apiKey(fake.apiKey())
            .build();
    return new ExampleEnvironment(fake, client);
  }

  /**
   * Returns the client for the server.
   *
   * @return the client
   */
  public SmarterDevClient client() {
    return client;
  }

  /**
   * Returns the in-process fake, when the example runs on one.
   *
   * @return the fake, or empty against a real server
   */
  public Optional<FakeSmarterDevServer> fake() {
    return Optional.ofNullable(fake);
  }

  @Override
  public void close() {
    client.close();
    if (fake != null) {
      fake.close();
    }
  }
}

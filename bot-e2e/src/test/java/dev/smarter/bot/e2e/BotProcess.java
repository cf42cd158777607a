package dev.smarter.bot.e2e;

import dev.smarter.bot.BotMain;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;

/**
 * The bot's {@code main} for a child JVM, with Javacord pointed at a {@code FakeDiscord} through
 * the proxy port in {@value #PROXY_PORT}: {@link BotMain#main} but for that, the JVM's shutdown
 * hook included.
 */
public final class BotProcess {
  /** The environment variable holding the fake's proxy port. */
  static final String PROXY_PORT = "FAKE_DISCORD_PROXY_PORT";

  private BotProcess() {}

  /**
   * Runs {@link BotMain#run} on the JVM's platform with the proxy, and exits as {@link
   * BotMain#main} does.
   *
   * @param args the bot's arguments
   */
  public static void main(String[] args) {
    Proxy proxy =
        new Proxy(
            Proxy.Type.HTTP,
            new InetSocketAddress(
                InetAddress.getLoopbackAddress(), Integer.parseInt(System.getenv(PROXY_PORT))));
    BotMain.Platform jvm = BotMain.Platform.jvm();
    int status =
        BotMain.run(
            args,
            System.getenv(),
            System.out,
            System.err,
            new BotMain.Platform(
                builder -> builder.setProxy(proxy).setTrustAllCertificates(true),
                jvm.shutdownHooks()));
    if (status != BotMain.EXIT_OK) {
      System.exit(status);
    }
  }
}

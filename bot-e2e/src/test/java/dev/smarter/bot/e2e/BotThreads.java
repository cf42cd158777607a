package dev.smarter.bot.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The threads a stopped bot may leave behind: none of its own, and no non-daemon thread at all
 * (which would keep the JVM alive after {@code main} returns).
 */
final class BotThreads {
  /**
   * Javacord 3.8's daemon threads that outlive a closed client by design: they wait up to 60 s on
   * their queues before they notice the shutdown. They do not keep the JVM alive.
   */
  private static final Set<String> JAVACORD_LINGERING_DAEMONS =
      Set.of(
          "Javacord - Request Server Members Queue Consumer",
          "Javacord - Web Socket Frame Sender",
          "Javacord - Central Daemon Scheduler");

  private BotThreads() {}

  /**
   * Returns the threads running now, to compare with later.
   *
   * @return the live threads
   */
  static Set<Thread> snapshot() {
    return Set.copyOf(Thread.getAllStackTraces().keySet());
  }

  /**
   * Waits until no thread started since {@code before} is left that belongs to the bot.
   *
   * @param before the threads that ran before the bot started
   * @param timeout how long to wait
   * @throws AssertionError naming the threads still running after the timeout
   * @throws InterruptedException if interrupted while waiting
   */
  static void awaitNoneLeftSince(Set<Thread> before, Duration timeout) throws InterruptedException {
    Await.until(
        () -> startedSince(before).isEmpty(),
        timeout,
        () -> "the bot's threads to end; still running: " + startedSince(before));
  }

  /**
   * Threads started since {@code before} that still run and belong to the bot: every non-daemon
   * thread (it would keep the JVM alive), and the bot's and Javacord's daemon threads but the
   * lingering ones above. The fakes' server threads and the JVM's shared daemon pools (OkHttp,
   * Okio, the common pool) are not the bot's.
   */
  private static List<String> startedSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive())
        .filter(thread -> !thread.getName().startsWith("MockWebServer"))
        .filter(thread -> !thread.getName().startsWith("fake-smarter-dev"))
        .filter(thread -> !thread.isDaemon() || isBotOrJavacord(thread.getName()))
        .map(thread -> thread.getName() + (thread.isDaemon() ? " (daemon)" : ""))
        .sorted()
        .toList();
  }

  private static boolean isBotOrJavacord(String name) {
    if (JAVACORD_LINGERING_DAEMONS.stream().anyMatch(name::startsWith)) {
      return false;
    }
    return name.startsWith("Javacord") || name.startsWith("bot-");
  }
}

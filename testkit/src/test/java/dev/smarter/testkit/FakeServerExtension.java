package dev.smarter.testkit;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake server per test class on a {@link MutableClock} at {@link MutableClock#T0}; before each
 * test the store is reset and the clock set back to T0.
 */
final class FakeServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private final MutableClock clock;
  private final UnaryOperator<FakeSmarterDevServer.Builder> options;
  private FakeSmarterDevServer server;

  FakeServerExtension() {
    this(MutableClock.utc(), builder -> builder);
  }

  FakeServerExtension(MutableClock clock, UnaryOperator<FakeSmarterDevServer.Builder> options) {
    this.clock = clock;
    this.options = options;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    clock.set(MutableClock.T0);
    server = options.apply(FakeSmarterDevServer.builder().clock(clock)).build().start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clock.set(MutableClock.T0);
    server.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
  }

  FakeSmarterDevServer server() {
    return server;
  }

  /** Raw HTTP carrying a token freshly issued at the clock's current time. */
  RawApi api() {
    return new RawApi(server.url(), server.issueToken());
  }

  /** Raw HTTP without any Authorization header. */
  RawApi anonymous() {
    return new RawApi(server.url(), null);
  }

  MutableClock clock() {
    return clock;
  }
}

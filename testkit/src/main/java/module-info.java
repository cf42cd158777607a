/**
 * The Smarter Dev testkit: {@link dev.smarter.testkit.FakeSmarterDevServer}, an in-process fake of
 * the Smarter Dev API, and {@link dev.smarter.testkit.FakeSmarterDevExtension} for JUnit 5.
 *
 * <p>Reading this module gives the SDK too. JUnit Jupiter is optional ({@code requires static}):
 * the server runs without it, and a test module that uses the extension requires {@code
 * org.junit.jupiter.api} itself, as every JUnit 5 test module does.
 */
module dev.smarter.testkit {
  requires transitive dev.smarter.sdk;
  requires static org.junit.jupiter.api;
  requires jdk.httpserver;

  exports dev.smarter.testkit;
}

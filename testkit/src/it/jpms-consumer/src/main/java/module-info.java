/** A user's application module: it names the SDK and the testkit, nothing else. */
module com.example.app {
  requires dev.smarter.sdk;
  requires dev.smarter.testkit;
}

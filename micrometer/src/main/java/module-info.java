/**
 * The Micrometer binding of the Smarter Dev SDK: {@link dev.smarter.micrometer.SmarterDevMetrics}
 * turns the SDK's {@link dev.smarter.sdk.CallListener} events into meters of a Micrometer {@code
 * MeterRegistry}.
 *
 * <p>A consumer module needs only {@code requires dev.smarter.micrometer;}: the SDK and Micrometer
 * ({@code micrometer.core}, an automatic module named by its {@code Automatic-Module-Name}) come
 * with it.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.smarter.micrometer {
  requires transitive dev.smarter.sdk;
  requires transitive micrometer.core;

  exports dev.smarter.micrometer;
}

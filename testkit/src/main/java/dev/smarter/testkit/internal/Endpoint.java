package dev.smarter.testkit.internal;

/** One route handler. Runs holding the database lock. */
@FunctionalInterface
interface Endpoint {
  ApiResponse handle(ApiRequest request);
}

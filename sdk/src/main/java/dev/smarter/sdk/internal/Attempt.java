package dev.smarter.sdk.internal;

/**
 * What one attempt of a request carries as a request tag: its number, for the log, and whether the
 * server asked to retry at once ({@code Retry-After: 0} on a 503), which {@link RetryNowGuard}
 * records so that OkHttp does not repeat the request outside the SDK's retry budget.
 */
public final class Attempt {
  private final int number;
  private volatile boolean retryNow;

  /**
   * Creates the tag of an attempt.
   *
   * @param number 1 for the first attempt, 2 for the first retry, and so on
   */
  public Attempt(int number) {
    this.number = number;
  }

  /**
   * Returns the attempt's number.
   *
   * @return 1 for the first attempt
   */
  public int number() {
    return number;
  }

  boolean retryNow() {
    return retryNow;
  }

  void markRetryNow() {
    retryNow = true;
  }

  @Override
  public String toString() {
    return "Attempt{" + number + "}";
  }
}

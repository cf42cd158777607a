package dev.smarter.sdk.internal;

/**
 * The number of a retry of a request, carried as a request tag from the retry interceptor to the
 * logging interceptor; a request without the tag is a first attempt.
 *
 * @param number 1 for the first attempt, 2 for the first retry, and so on
 */
public record Attempt(int number) {}

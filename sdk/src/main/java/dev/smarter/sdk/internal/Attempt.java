package dev.smarter.sdk.internal;

/**
 * The number of an attempt at a request, from 1, carried as a request tag from the retry
 * interceptor to the logging interceptor.
 *
 * @param number 1 for the first attempt, 2 for the first retry, and so on
 */
public record Attempt(int number) {}

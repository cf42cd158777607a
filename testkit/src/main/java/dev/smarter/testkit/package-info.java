/**
 * An in-process fake of the Smarter Dev API for tests, and a standalone server.
 *
 * <p>{@link dev.smarter.testkit.FakeSmarterDevServer} implements every route of the real server
 * with its status codes, body shapes, error texts, datetime formats and quirks, on an in-memory
 * store; it records requests and injects faults ({@link dev.smarter.testkit.Faults}). It shares no
 * code with the SDK on purpose, so that the two cannot agree on a mistake.
 */
@NullMarked
package dev.smarter.testkit;

import org.jspecify.annotations.NullMarked;

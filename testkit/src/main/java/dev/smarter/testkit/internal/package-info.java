/**
 * Implementation of the fake Smarter Dev server. Not a public API: everything here may change
 * without notice. Use {@link dev.smarter.testkit.FakeSmarterDevServer} instead.
 */
@NullMarked
package dev.smarter.testkit.internal;

import org.jspecify.annotations.NullMarked;

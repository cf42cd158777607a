/**
 * Micrometer metrics for the Smarter Dev SDK: {@link dev.smarter.micrometer.SmarterDevMetrics}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.smarter.micrometer;

import org.jspecify.annotations.NullMarked;

/**
 * The Smarter Dev API client: {@link dev.smarter.sdk.SmarterDevClient}, its resource groups (one
 * Retrofit interface per group of endpoints), {@link dev.smarter.sdk.ApiCall} and the exception
 * hierarchy rooted at {@link dev.smarter.sdk.SmarterDevException}.
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package dev.smarter.sdk;

import org.jspecify.annotations.NullMarked;

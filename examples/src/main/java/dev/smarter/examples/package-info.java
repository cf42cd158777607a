/**
 * Runnable example programs for the Smarter Dev SDK. Each starts the in-process fake API when
 * {@code SMARTER_DEV_API_URL} is unset, and uses the configured server and key otherwise.
 */
@NullMarked
package dev.smarter.examples;

import org.jspecify.annotations.NullMarked;

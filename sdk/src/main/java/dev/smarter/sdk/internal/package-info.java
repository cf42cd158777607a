/**
 * Implementation details of the SDK: JSON adapters, the call adapter, token handling and HTTP
 * plumbing. Not a public API: anything here may change in any release.
 */
@NullMarked
@ImmutablesStyle
package dev.smarter.sdk.internal;

import org.jspecify.annotations.NullMarked;

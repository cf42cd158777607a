/**
 * Implementation details of the SDK: JSON adapters, the call adapter, token handling and HTTP
 * plumbing. Not a public API: anything here may change in any release.
 */
@NullMarked
@Value.Style(allowedClasspathAnnotations = {Override.class})
package dev.smarter.sdk.internal;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;

/**
 * Immutable value types for every Smarter Dev API resource, and the request types the client sends.
 *
 * <p>Response models mirror the server's JSON one field per accessor: ids and Discord snowflakes
 * are {@code long}, datetimes are {@link java.time.Instant}, and fields the server may send as
 * {@code null} are {@link java.util.Optional}. Request types ({@code New*}, {@code *Update}, {@code
 * *Query}, {@link dev.smarter.sdk.model.UserBatch}) validate themselves when built, so an invalid
 * request fails with a message naming the field before anything is sent.
 *
 * <p>All types here are immutable and thread-safe. Everything is non-null unless annotated
 * {@code @Nullable}.
 */
@NullMarked
@ImmutablesStyle
package dev.smarter.sdk.model;

import dev.smarter.sdk.internal.ImmutablesStyle;
import org.jspecify.annotations.NullMarked;

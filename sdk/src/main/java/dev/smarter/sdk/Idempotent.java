package dev.smarter.sdk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code POST} endpoint that is safe to send more than once, because the server looks the
 * row up before creating it (an upsert). {@code GET}, {@code PUT} and {@code DELETE} endpoints are
 * idempotent by definition and need no mark.
 *
 * <p>The client retries an idempotent request after a failure that may have reached the server; a
 * request that is not idempotent (a warning, a moderation case, a bytes award) is only retried when
 * it certainly did not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {}

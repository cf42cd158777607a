package dev.smarter.sdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a create that is not idempotent but can be found again: when it fails ambiguously, the SDK
 * looks for the row it sent instead of giving up ({@link CreateLookup}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Reconciled {
  /**
   * Returns which create this is.
   *
   * @return the kind of create
   */
  CreateKind value();
}

package dev.smarter.sdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose response wraps the result in an object: {@code @Envelope("guilds")} reads
 * {@code {"guilds": [...]}} as the list inside.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Envelope {
  /**
   * Returns the name of the field that holds the result.
   *
   * @return the JSON field name
   */
  String value();
}

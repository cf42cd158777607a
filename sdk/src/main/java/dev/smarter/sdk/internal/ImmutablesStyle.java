package dev.smarter.sdk.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the SDK's value types: public implementations, JDK collections only, and
 * no {@code @Generated} annotation from the compile-time-only Immutables jar. Its source retention
 * keeps every Immutables annotation out of the SDK's class files, so projects that compile against
 * the SDK with {@code -Werror} see no "cannot find annotation" warnings.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    optionalAcceptNullable = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface ImmutablesStyle {}

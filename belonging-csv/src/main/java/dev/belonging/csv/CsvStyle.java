package dev.belonging.csv;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style for this module. It mirrors belonging-core's style, which lives in
 * core's unexported internal package and is therefore not usable here: generated classes are
 * package-private, accessors have no {@code get} prefix, absent values are {@code Optional}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = NullPointerException.class,
    depluralize = true)
@interface CsvStyle {}

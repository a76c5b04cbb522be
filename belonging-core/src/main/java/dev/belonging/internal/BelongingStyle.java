package dev.belonging.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users only ever see the abstract
 * value type, its static factories and its builder. Builders and {@code with*} methods return the
 * abstract type; accessors carry no {@code get} prefix; collections are Guava immutable
 * collections; absent values are {@link java.util.Optional}. Invariants live in a
 * {@code @Value.Check} method of the abstract type.
 *
 * <p>This annotation is not API: it lives in an internal package that no module exports.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = NullPointerException.class,
    depluralize = true)
public @interface BelongingStyle {}

/**
 * Statistical computations shared by the disaggregation, fairness and intervention packages: per
 * cell descriptives, interval estimates, tests, multiplicity adjustment, power and inequality
 * measures. Not API: never exported.
 *
 * <p>Conventions: undefined statistics are empty {@link java.util.Optional} / {@link
 * java.util.OptionalDouble} values, never NaN; caller mistakes (negative counts, successes above
 * trials, a level outside (0, 1)) throw {@link IllegalArgumentException} naming the argument and
 * the rule. Every method is deterministic and cites its source; each has a reference test
 * against R or scipy ({@code belonging-core/src/test/reference}).
 *
 * <p>This package sits below {@code dev.belonging.stats} in the layering, so its results use
 * {@link dev.belonging.internal.stats.ConfidenceLimits}; callers convert them with {@code
 * Interval.of(limits.lower(), limits.upper(), limits.level())}.
 */
@NullMarked
package dev.belonging.internal.stats;

import org.jspecify.annotations.NullMarked;

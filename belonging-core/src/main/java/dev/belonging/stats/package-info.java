/**
 * Small public value types for statistical results, such as a confidence {@link
 * dev.belonging.stats.Interval}. The computations themselves are not API; result types of the
 * feature packages (disaggregation, fairness, intervention) carry these values.
 */
@NullMarked
package dev.belonging.stats;

import org.jspecify.annotations.NullMarked;

/**
 * jqwik arbitraries for belonging: workforces, instruments, simulated response waves and
 * breakdown dimensions, with edge cases around an anonymity threshold. Only this package needs
 * jqwik on the class path (an optional dependency of the testkit); the generators in {@link
 * dev.belonging.testkit} work without it.
 */
@NullMarked
package dev.belonging.testkit.jqwik;

import org.jspecify.annotations.NullMarked;

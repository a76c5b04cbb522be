/**
 * Synthetic workforces, response simulation and property-testing support for belonging. Every
 * generator is seeded and deterministic: see {@link dev.belonging.testkit.SeededRandom}.
 */
@NullMarked
package dev.belonging.testkit;

import org.jspecify.annotations.NullMarked;

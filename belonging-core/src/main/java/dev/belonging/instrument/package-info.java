/**
 * Survey instruments: constructs, items, response scales, instruments and their versions, item
 * lint, response validation, scoring and reliability.
 */
@NullMarked
package dev.belonging.instrument;

import org.jspecify.annotations.NullMarked;

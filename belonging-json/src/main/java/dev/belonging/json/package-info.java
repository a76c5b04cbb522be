/**
 * belonging-json: the versioned JSON wire format of belonging's domain values. Every document is
 * read through the domain's own factories, so core validation runs on every byte read; every
 * failure is a {@link dev.belonging.json.WireFormatException}.
 */
@NullMarked
package dev.belonging.json;

import org.jspecify.annotations.NullMarked;

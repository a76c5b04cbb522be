/**
 * Exact linear algebra for disclosure control: an incremental, fraction-free reduced row echelon
 * form over weighted columns, and an exhaustive search for small 0/1 vectors in its row space.
 * Not API; never exported.
 */
@NullMarked
package dev.belonging.internal.linalg;

import org.jspecify.annotations.NullMarked;

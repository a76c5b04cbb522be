/**
 * Helpers shared by belonging's feature packages that are not API. Never exported; other modules
 * and users must not depend on anything here (an architecture test enforces it).
 */
@NullMarked
package dev.belonging.internal;

import org.jspecify.annotations.NullMarked;

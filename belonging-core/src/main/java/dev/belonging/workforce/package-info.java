/**
 * Who the respondents are, as far as reporting needs: the {@link dev.belonging.workforce.Dimension
 * dimensions} results are broken down by and each respondent's {@link
 * dev.belonging.workforce.Attributes attributes}.
 */
@NullMarked
package dev.belonging.workforce;

import org.jspecify.annotations.NullMarked;

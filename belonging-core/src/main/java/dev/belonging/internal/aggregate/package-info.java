/**
 * Raw, mergeable sufficient statistics of subgroup cells, kept in integers: respondent counts,
 * per-item histograms, exact construct-score moments and respondent counts per atom signature.
 *
 * <p>Not API: this package is not exported. Its numbers are unreleased; they reach users only
 * through the release step of {@code dev.belonging.disaggregation}, which applies the anonymity
 * decision first.
 */
@NullMarked
package dev.belonging.internal.aggregate;

import org.jspecify.annotations.NullMarked;

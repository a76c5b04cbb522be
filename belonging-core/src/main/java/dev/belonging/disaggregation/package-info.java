/**
 * Subgroup disaggregation: {@link dev.belonging.disaggregation.Breakdown breakdowns} of survey
 * results by team (rolled up the hierarchy), tenure, role, work arrangement, location and
 * demographics; exact, mergeable aggregation ({@link dev.belonging.disaggregation.Tally}); and
 * released reports ({@link dev.belonging.disaggregation.DisaggregationReport}) with per-cell
 * statistics, gaps to a baseline, response rates and trends.
 *
 * <p>Privacy by construction: raw cell sums live in a non-exported internal package; a number
 * about a cell reaches a public type only after the release step has decided that the cell may be
 * published. The public builders of the released values (for example {@link
 * dev.belonging.disaggregation.DisaggregationReport#builder()}) exist to rebuild a report from its
 * serialized form; they never see raw sums, and their checks reject a published cell below the
 * report's minimum group size.
 */
@NullMarked
package dev.belonging.disaggregation;

import org.jspecify.annotations.NullMarked;

/**
 * Fairness checks on the facts an organisation holds, not only on perceptions: adverse impact
 * of promotions and assignments ({@link dev.belonging.fairness.AdverseImpact}), recognition
 * equity ({@link dev.belonging.fairness.RecognitionEquity}), voice equity in meetings ({@link
 * dev.belonging.fairness.VoiceEquity}), participation parity in a survey wave ({@link
 * dev.belonging.fairness.ParticipationParity}) and the perceived-fairness gap ({@link
 * dev.belonging.fairness.PerceivedFairness}).
 *
 * <p>Every check is an immutable configured value ({@code withDefaults()}, {@code withX(..)})
 * whose {@code test(..)} returns an immutable result. Each group-level output is a {@link
 * dev.belonging.fairness.GroupResult}: either published with its numbers or suppressed with a
 * {@link dev.belonging.fairness.Suppression} reason. What is suppressed depends only on the sizes
 * of the groups, never on outcomes, and a suppressed group cannot be recovered by subtracting
 * published groups from a known total (the complement rule).
 */
@NullMarked
package dev.belonging.fairness;

import org.jspecify.annotations.NullMarked;

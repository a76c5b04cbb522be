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
 * {@link dev.belonging.fairness.Suppression} reason. Every check releases its groups through the
 * exact disclosure check of {@link dev.belonging.anonymity.DisclosureControl} under its {@link
 * dev.belonging.anonymity.AnonymityPolicy}, as survey cells are released: groups are cells over
 * people, the totals a reader knows anyway (headcount, number selected, overall response rate)
 * are taken as published, and no set of people below the minimum is derivable from what a result
 * publishes together with those totals. What is suppressed depends only on who is in which
 * group, never on outcomes.
 */
@NullMarked
package dev.belonging.fairness;

import org.jspecify.annotations.NullMarked;

/**
 * From credible gaps to action: a catalog of micro-interventions ({@link
 * dev.belonging.intervention.InterventionCatalog}), a recommender that turns a report's credible
 * gaps into a short, explained and diverse list ({@link dev.belonging.intervention.Recommender}),
 * a scheduler that pairs opted-in people for coffee chats ({@link
 * dev.belonging.intervention.PairingScheduler}), and the evaluation of a trial by
 * difference-in-differences ({@link dev.belonging.intervention.TrialEvaluation}).
 *
 * <p>Everything here is deterministic: identical inputs (and seeds) give identical outputs.
 */
@NullMarked
package dev.belonging.intervention;

import org.jspecify.annotations.NullMarked;

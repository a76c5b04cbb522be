package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Gestures that look like belonging work but tend to read as performative, modelled as warnings.
 * {@link #check(Intervention)} flags a catalog entry and {@link #checkPlan(List)} a set of
 * interventions planned together.
 *
 * <p>The rules are deliberately simple and explicit:
 *
 * <ul>
 *   <li>{@link #ONE_OFF_EVENT}: an entry whose {@link Intervention#cadence()} is {@link
 *       Cadence#ONCE}; for a plan, additionally when no entry of the plan recurs.
 *   <li>{@link #DISCONNECTED_TRAINING}: a {@link Kind#TRAINING} entry without a {@link
 *       Intervention#dailyPractice()}.
 *   <li>{@link #JUNIOR_ONLY_VULNERABILITY}: an entry whose {@link Intervention#sharing()} is {@link
 *       Sharing#JUNIOR_STAFF_ONLY}.
 * </ul>
 */
public enum PerformativePattern {
  /** A single event with nothing recurring after it: attention fades within weeks. */
  ONE_OFF_EVENT("a one-off event changes little; make it recurring or pair it with a practice"),
  /** Training with no link to daily behaviour: knowledge that never reaches the team's routine. */
  DISCONNECTED_TRAINING(
      "training without a daily practice rarely changes behaviour; name the routine it feeds"),
  /** Exercises where only junior staff are expected to be vulnerable. */
  JUNIOR_ONLY_VULNERABILITY(
      "when only junior staff are asked to open up, sharing feels unsafe; leaders must go first");

  private final String advice;

  PerformativePattern(String advice) {
    this.advice = advice;
  }

  /** What to do instead, in one sentence. */
  public String advice() {
    return advice;
  }

  /**
   * The performative patterns one entry exhibits.
   *
   * @param intervention the entry to check
   * @return warnings in the order of this enum; empty when none applies
   */
  public static ImmutableList<PerformativeWarning> check(Intervention intervention) {
    ImmutableList.Builder<PerformativeWarning> warnings = ImmutableList.builder();
    if (intervention.cadence() == Cadence.ONCE) {
      warnings.add(PerformativeWarning.of(ONE_OFF_EVENT, intervention.id()));
    }
    if (intervention.kind() == Kind.TRAINING && intervention.dailyPractice().isEmpty()) {
      warnings.add(PerformativeWarning.of(DISCONNECTED_TRAINING, intervention.id()));
    }
    if (intervention.sharing() == Sharing.JUNIOR_STAFF_ONLY) {
      warnings.add(PerformativeWarning.of(JUNIOR_ONLY_VULNERABILITY, intervention.id()));
    }
    return warnings.build();
  }

  /**
   * The performative patterns of a plan: the warnings of each entry, in plan order, followed by a
   * plan-level {@link #ONE_OFF_EVENT} (without an intervention id) when the plan is non-empty and
   * none of its entries recurs.
   *
   * @param plan the interventions planned together
   * @return the warnings; empty when none applies
   */
  public static ImmutableList<PerformativeWarning> checkPlan(List<Intervention> plan) {
    ImmutableList.Builder<PerformativeWarning> warnings = ImmutableList.builder();
    boolean anyRecurring = false;
    for (Intervention intervention : plan) {
      warnings.addAll(check(intervention));
      anyRecurring |= intervention.cadence() != Cadence.ONCE;
    }
    if (!plan.isEmpty() && !anyRecurring) {
      warnings.add(PerformativeWarning.ofPlan(ONE_OFF_EVENT));
    }
    return warnings.build();
  }
}

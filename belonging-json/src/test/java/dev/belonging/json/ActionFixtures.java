package dev.belonging.json;

import dev.belonging.instrument.Construct;
import dev.belonging.intervention.Cadence;
import dev.belonging.intervention.Intervention;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.Kind;
import dev.belonging.intervention.Level;
import dev.belonging.intervention.OrgShape;
import dev.belonging.intervention.ServedGroup;
import dev.belonging.intervention.Sharing;

/**
 * The values of the golden files of interventions, pairing, trials and fairness, built by hand
 * through the domain's API.
 */
final class ActionFixtures {
  private ActionFixtures() {}

  /** A vendor's own entry using every optional field: a training tied to a daily practice. */
  static Intervention customTraining() {
    return Intervention.builder()
        .id("listening_training")
        .name("Listening for managers")
        .summary("Two short sessions on asking open questions and waiting for the answer, "
            + "followed by a weekly \"ask first\" habit in team meetings.")
        .addSteps("Book two 45-minute sessions.", "Agree the weekly habit with each team.")
        .addTargets(Construct.VOICE, Construct.of("manager_support", "Manager support"))
        .addServedGroups(ServedGroup.JUNIOR_STAFF, ServedGroup.EVERYONE)
        .addOrgShapes(OrgShape.LARGE_ORGANISATION)
        .kind(Kind.TRAINING)
        .effort(Level.MEDIUM)
        .cost(Level.MEDIUM)
        .cadence(Cadence.WEEKLY)
        .trialDays(42)
        .addWatchedItems("voice.asked", "vendor.listening")
        .sharing(Sharing.LEADERS_FIRST)
        .dailyPractice("At each team meeting the manager asks one open question before speaking.")
        .build();
  }

  /** The built-in catalog with one entry replaced, one removed and a vendor's entry added. */
  static InterventionCatalog customCatalog() {
    InterventionCatalog builtIn = InterventionCatalog.builtIn();
    Intervention first = builtIn.interventions().get(0);
    return InterventionCatalog.of(java.util.List.of(
        Intervention.builder().from(first).trialDays(28).sharing(Sharing.MUTUAL).build(),
        customTraining()));
  }
}

package dev.belonging.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.Attendee;
import dev.belonging.fairness.Meeting;
import dev.belonging.fairness.OutcomeRecord;
import dev.belonging.fairness.RecognitionRecord;
import dev.belonging.workforce.Attributes;
import dev.belonging.fairness.DisparityVerdict;
import dev.belonging.fairness.GroupFairnessGap;
import dev.belonging.fairness.GroupImpact;
import dev.belonging.fairness.GroupParticipation;
import dev.belonging.fairness.GroupRecognition;
import dev.belonging.fairness.GroupResult;
import dev.belonging.fairness.GroupVoice;
import dev.belonging.fairness.MeetingVoice;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.PooledEvidence;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.Suppression;
import dev.belonging.fairness.VoiceResult;
import dev.belonging.instrument.Construct;
import dev.belonging.intervention.GapSignal;
import dev.belonging.intervention.GroupSummary;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Participant;
import dev.belonging.intervention.PerformativePattern;
import dev.belonging.intervention.PerformativeWarning;
import dev.belonging.intervention.Recommendation;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.TrialDecision;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import dev.belonging.intervention.Unmatched;
import dev.belonging.intervention.UnmatchedReason;
import dev.belonging.stats.Interval;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.WorkArrangement;
import java.time.LocalTime;
import java.util.List;
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

  // ---------------------------------------------------------------- recommendations

  static GapSignal remoteConnectionGap() {
    return GapSignal.builder().construct(Construct.CONNECTION)
        .dimension(Dimension.WORK_ARRANGEMENT).valueLabel("REMOTE")
        .servedGroup(dev.belonging.intervention.ServedGroup.REMOTE_STAFF)
        .hedgesG(-0.6).qValue(0.01).n(42).credible(true).build();
  }

  static GapSignal safetyGap() {
    return GapSignal.builder().construct(Construct.PSYCHOLOGICAL_SAFETY)
        .dimension(Dimension.sensitive("age_band")).valueLabel("under 25")
        .hedgesG(-0.45).qValue(0.04).n(17).credible(true).build();
  }

  /** A prerequisite without a catalog entry, then an intervention with a note; two warnings. */
  static Recommendations recommendations() {
    return Recommendations.builder()
        .addEntry(Recommendation.builder().rank(1).kind(Recommendation.Kind.PREREQUISITE)
            .construct(Construct.PSYCHOLOGICAL_SAFETY).addEvidence(safetyGap()).score(0.0)
            .explanation("prerequisite: age_band 'under 25' scores 0.45 SD lower on "
                + "psychological safety; fix it first (no catalog entry targets it)")
            .build())
        .addEntry(Recommendation.builder().rank(2).kind(Recommendation.Kind.INTERVENTION)
            .construct(Construct.CONNECTION).intervention(customTraining())
            .addEvidence(remoteConnectionGap(), safetyGap()).score(1.25)
            .explanation("remote staff score 0.6 SD lower on connection, q = 0.01 -> "
                + "Listening for managers; effort medium")
            .note("adjusted after an earlier trial; run it differently this time")
            .build())
        .addExcludedAsStopped("social_video_break")
        .addWarning(PerformativeWarning.of(PerformativePattern.ONE_OFF_EVENT, "kickoff_day"))
        .addWarning(PerformativeWarning.ofPlan(PerformativePattern.ONE_OFF_EVENT))
        .build();
  }

  // ---------------------------------------------------------------- pairing

  static ImmutableList<Participant> participants() {
    return ImmutableList.of(
        Participant.of("p-01", WorkArrangement.REMOTE, "platform", "Europe/Berlin",
            LocalTime.of(9, 0), LocalTime.of(17, 30)),
        Participant.of("p-02", WorkArrangement.OFFICE, "sales", "+02:00",
            LocalTime.of(8, 15, 30), LocalTime.of(16, 0)),
        Participant.of("p-03", WorkArrangement.FRONTLINE_SHIFT, "warehouse", "America/Chicago",
            LocalTime.of(22, 0), LocalTime.of(6, 0)),
        Participant.of("p-04", WorkArrangement.HYBRID, "support", "UTC",
            LocalTime.of(7, 0), LocalTime.of(15, 0, 0, 500_000_000)));
  }

  /** A pair, a trio with its third member, and two unmatched participants. */
  static PairingRound round() {
    return PairingRound.builder()
        .exactMatching(false)
        .addGroup(PairingGroup.of(List.of("p-02", "p-01"), 0.875))
        .addGroup(PairingGroup.builder().members(List.of("p-04", "p-05", "p-06")).quality(0.5)
            .joinedAsThird("p-06").build())
        .addUnmatched(Unmatched.of("p-03", UnmatchedReason.NO_OVERLAPPING_HOURS))
        .addUnmatched(Unmatched.of("p-07", UnmatchedReason.ONLY_RECENT_PARTNERS))
        .build();
  }

  static ImmutableList<PairingRound> history() {
    return ImmutableList.of(
        PairingRound.of(List.of(PairingGroup.of(List.of("p-01", "p-03"), 1.0)), List.of()),
        round());
  }

  // ---------------------------------------------------------------- trials

  static TrialEvaluation trialEvaluation() {
    return TrialEvaluation.withDefaults().withConfidenceLevel(0.9).withMinimumGroupSize(8)
        .withHigherIsBetter(false).withSmallestWorthwhileChange(0.25);
  }

  static TrialWaves trialWaves() {
    return TrialWaves.of(GroupSummary.of(24, 3.1, 0.9), GroupSummary.of(26, 3.6, 0.85),
        GroupSummary.of(80, 3.4, 1.0), GroupSummary.of(78, 3.45, 0.95));
  }

  /** A credible win. */
  static TrialResult trialResult() {
    return TrialResult.builder().estimate(0.45).standardError(0.2875)
        .degreesOfFreedom(61.5).interval(Interval.of(0.02, 0.88, 0.9)).confidenceLevel(0.9)
        .groupsLargeEnough(true).credible(true).decision(TrialDecision.CONTINUE).win(true)
        .explanation("difference-in-differences +0.45; credible improvement -> continue")
        .build();
  }

  /** No variation: no degrees of freedom, no interval. */
  static TrialResult trialResultWithoutVariation() {
    return TrialResult.builder().estimate(0.0).standardError(0.0).confidenceLevel(0.95)
        .groupsLargeEnough(false).credible(false).decision(TrialDecision.ADJUST).win(false)
        .explanation("no variation in any group, so no interval; adjust and evaluate again")
        .build();
  }

  // ---------------------------------------------------------------- fairness results

  static AdverseImpactResult adverseImpact() {
    GroupImpact frontline = GroupImpact.builder().group("FRONTLINE_SHIFT").selected(1).size(10)
        .rate(0.1).reference(false).referenceRate(0.25).impactRatio(0.4)
        .impactRatioInterval(Interval.of(0.0625, 2.5, 0.95)).belowFourFifths(true)
        .fisherP(0.68).z(-1.0954).zP(0.2733).shortfall(2).oneSelectionFlipsFlag(true)
        .pooled(PooledEvidence.builder().strata(2).statistic(0.31).p(0.58)
            .commonOddsRatio(0.35).commonOddsRatioInterval(Interval.of(0.04, 3.1, 0.95))
            .build())
        .verdict(DisparityVerdict.FLAGGED_NOT_SUPPORTED)
        .sentence("'FRONTLINE_SHIFT' is selected at 0.4 of the rate of 'OFFICE'; at this size "
            + "the data do not support a finding.")
        .build();
    GroupImpact office = GroupImpact.builder().group("OFFICE").selected(20).size(80).rate(0.25)
        .reference(true).referenceRate(0.25).impactRatio(1.0).belowFourFifths(false)
        .shortfall(0).oneSelectionFlipsFlag(false).verdict(DisparityVerdict.REFERENCE)
        .sentence("'OFFICE' is the reference group.")
        .build();
    GroupImpact none = GroupImpact.builder().group("CONTRACTOR").selected(0).size(12).rate(0.0)
        .reference(false).referenceRate(0.25).impactRatio(0.0)
        .impactRatioInterval(Interval.of(0.0, Double.POSITIVE_INFINITY, 0.95))
        .belowFourFifths(true).fisherP(0.06).z(-1.9).zP(0.057).shortfall(3)
        .oneSelectionFlipsFlag(false).pooledSuppression(Suppression.COMPLEMENT_DISCLOSURE)
        .verdict(DisparityVerdict.FLAGGED_NOT_SUPPORTED)
        .sentence("'CONTRACTOR' had no selections.")
        .build();
    return AdverseImpactResult.builder().dimension("work_arrangement").minimumGroupSize(5)
        .addGroup(GroupResult.published("CONTRACTOR", none))
        .addGroup(GroupResult.published("FRONTLINE_SHIFT", frontline))
        .addGroup(GroupResult.suppressed("HYBRID", Suppression.COMPLEMENT_DISCLOSURE))
        .addGroup(GroupResult.published("OFFICE", office))
        .addGroup(GroupResult.suppressed("REMOTE", Suppression.BELOW_MINIMUM_GROUP_SIZE))
        .reference("OFFICE")
        .verdict("2 groups flagged, none supported by the data; 2 groups withheld.")
        .build();
  }

  static RecognitionResult recognition() {
    GroupRecognition remote = GroupRecognition.builder().group("REMOTE").people(12)
        .personPeriods(36.0).events(9).rate(0.25).reference(false).referenceRate(0.5)
        .rateRatio(0.5).rateRatioInterval(Interval.of(0.22, 1.04, 0.95)).p(0.064)
        .belowThreshold(true).verdict(DisparityVerdict.FLAGGED_NOT_SUPPORTED)
        .sentence("'REMOTE' is recognised half as often as 'OFFICE'.").build();
    GroupRecognition office = GroupRecognition.builder().group("OFFICE").people(30)
        .personPeriods(90.0).events(45).rate(0.5).reference(true).referenceRate(0.5)
        .rateRatio(1.0).belowThreshold(false).verdict(DisparityVerdict.REFERENCE)
        .sentence("'OFFICE' is the reference group.").build();
    return RecognitionResult.builder().dimension("work_arrangement").minimumGroupSize(5)
        .addGroup(GroupResult.published("OFFICE", office))
        .addGroup(GroupResult.published("REMOTE", remote))
        .addGroup(GroupResult.suppressed("HYBRID", Suppression.BELOW_MINIMUM_GROUP_SIZE))
        .reference("OFFICE").verdict("1 group flagged, not supported by the data.").build();
  }

  static VoiceResult voice() {
    MeetingVoice overall = MeetingVoice.builder().meetings(4).people(14).attendances(40)
        .turns(212).gini(0.41).giniCorrected(0.4205128205128205).topicsWithTurns(15)
        .firstVoiceTopics(6).firstVoiceShare(0.4).build();
    GroupVoice remote = GroupVoice.builder().group("REMOTE").people(6).attendances(18).turns(60)
        .attendanceShare(0.45).turnShare(0.2830188679245283)
        .representationRatio(0.6289308176100629).build();
    GroupVoice silent = GroupVoice.builder().group("OFFICE").people(6).attendances(17).turns(152)
        .attendanceShare(0.425).turnShare(0.7169811320754716)
        .representationRatio(1.6870144284128745).build();
    return VoiceResult.builder().dimension("work_arrangement").minimumGroupSize(5)
        .overall(GroupResult.published("all attendees", overall))
        .addGroup(GroupResult.suppressed("HYBRID", Suppression.BELOW_MINIMUM_GROUP_SIZE))
        .addGroup(GroupResult.published("OFFICE", silent))
        .addGroup(GroupResult.published("REMOTE", remote))
        .verdict("'REMOTE' speaks less than its presence suggests (ratio 0.63).").build();
  }

  /** A voice result whose meeting-level numbers are withheld, with no nobody-spoke values. */
  static VoiceResult voiceSuppressed() {
    return VoiceResult.builder().dimension("team").minimumGroupSize(5)
        .overall(GroupResult.suppressed("all attendees", Suppression.BELOW_MINIMUM_GROUP_SIZE))
        .addGroup(GroupResult.suppressed("eng", Suppression.BELOW_MINIMUM_GROUP_SIZE))
        .verdict("Too few attendees to publish anything.").build();
  }

  static ParticipationResult participation() {
    GroupParticipation office = GroupParticipation.builder().group("OFFICE").invited(100)
        .responded(82).rate(0.82).rateInterval(Interval.of(0.7335, 0.8828, 0.95))
        .belowMinimumRate(false).reference(true).gapSupported(false)
        .sentence("'OFFICE' responded at 82%.").build();
    GroupParticipation frontline = GroupParticipation.builder().group("FRONTLINE_SHIFT")
        .invited(40).responded(18).rate(0.45).rateInterval(Interval.of(0.3063, 0.6028, 0.95))
        .belowMinimumRate(true).reference(false).gap(-0.37)
        .gapInterval(Interval.of(-0.5346, -0.1897, 0.95)).gapSupported(true)
        .sentence("'FRONTLINE_SHIFT' responded at 45%, below 60%, 37 points below 'OFFICE'.")
        .build();
    return ParticipationResult.builder().dimension("work_arrangement").minimumGroupSize(5)
        .addGroup(GroupResult.published("FRONTLINE_SHIFT", frontline))
        .addGroup(GroupResult.published("OFFICE", office))
        .addGroup(GroupResult.suppressed("REMOTE", Suppression.BELOW_MINIMUM_GROUP_SIZE))
        .reference("OFFICE").verdict("1 group below the healthy response rate.").build();
  }

  static PerceivedFairnessResult perceivedFairness() {
    GroupFairnessGap junior = GroupFairnessGap.builder().group("junior").n(14).mean(2.9)
        .standardDeviation(0.8).restN(30).restMean(3.6).gap(-0.7).t(-2.71)
        .degreesOfFreedom(27.3).p(0.0115).gapInterval(Interval.of(-1.23, -0.17, 0.95))
        .hedgesG(-0.86).hedgesGInterval(Interval.of(-1.52, -0.2, 0.95)).lowerAndSupported(true)
        .sentence("'junior' scores 0.7 lower than the rest (p = 0.012).").build();
    GroupFairnessGap single = GroupFairnessGap.builder().group("senior").n(1).mean(4.0)
        .restN(0).lowerAndSupported(false).sentence("'senior' has no published comparison.")
        .build();
    return PerceivedFairnessResult.builder().dimension("role").minimumGroupSize(1)
        .addGroup(GroupResult.published("junior", junior))
        .addGroup(GroupResult.published("senior", single))
        .addGroup(GroupResult.suppressed("lead", Suppression.COMPLEMENT_DISCLOSURE))
        .verdict("1 group scores credibly lower.").build();
  }

  // ---------------------------------------------------------------- fairness inputs

  static ImmutableList<OutcomeRecord> outcomeRecords() {
    Attributes remote = Attributes.of(ImmutableMap.of(Dimension.WORK_ARRANGEMENT, "REMOTE",
        Fixtures.GENDER, "woman"));
    Attributes office = Attributes.of(ImmutableMap.of(Dimension.WORK_ARRANGEMENT, "OFFICE"));
    return ImmutableList.of(OutcomeRecord.of(remote, true, "north"),
        OutcomeRecord.of(office, false, "north"), OutcomeRecord.of(office, true, "south"),
        OutcomeRecord.of(Attributes.none(), false));
  }

  static ImmutableList<RecognitionRecord> recognitionRecords() {
    return ImmutableList.of(
        RecognitionRecord.of(Attributes.of(ImmutableMap.of(Dimension.TEAM, "eng/platform")), 3.0,
            4),
        RecognitionRecord.of(Attributes.of(ImmutableMap.of(Dimension.TEAM, "sales")), 1.5, 0));
  }

  static ImmutableList<Meeting> meetings() {
    return ImmutableList.of(
        Meeting.of(List.of(Attendee.of("m1", "REMOTE", 0), Attendee.of("m2", "OFFICE", 2),
            Attendee.of("m3", "OFFICE", 1)),
            List.of(List.of("m1", "m2", "m2"), List.of(), List.of("m3"))),
        Meeting.of(List.of(Attendee.of("m2", "OFFICE", 2)), List.of()));
  }
}

package dev.belonging.fairness;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.belonging.anonymity.AnonymityPolicy;
import org.junit.jupiter.api.Test;

/** The anonymity configuration every check shares: a policy, and a shorthand for its minimum. */
class CheckConfigurationTest {
  private static final AnonymityPolicy NO_COALITION =
      AnonymityPolicy.withDefaults().withCoalitionSize(0);

  @Test
  void withPolicy_partOfEachChecksValue() {
    new EqualsTester()
        .addEqualityGroup(RecognitionEquity.withDefaults(),
            RecognitionEquity.withDefaults().withPolicy(AnonymityPolicy.withDefaults()))
        .addEqualityGroup(RecognitionEquity.withDefaults().withPolicy(NO_COALITION))
        .addEqualityGroup(RecognitionEquity.withDefaults().withMinimumGroupSize(7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(VoiceEquity.withDefaults(),
            VoiceEquity.withDefaults().withPolicy(AnonymityPolicy.withDefaults()))
        .addEqualityGroup(VoiceEquity.withDefaults().withPolicy(NO_COALITION))
        .addEqualityGroup(VoiceEquity.withDefaults().withMinimumGroupSize(7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ParticipationParity.withDefaults(),
            ParticipationParity.withDefaults().withPolicy(AnonymityPolicy.withDefaults()))
        .addEqualityGroup(ParticipationParity.withDefaults().withPolicy(NO_COALITION))
        .addEqualityGroup(ParticipationParity.withDefaults().withMinimumGroupSize(7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PerceivedFairness.withDefaults(),
            PerceivedFairness.withDefaults().withPolicy(AnonymityPolicy.withDefaults()))
        .addEqualityGroup(PerceivedFairness.withDefaults().withPolicy(NO_COALITION))
        .addEqualityGroup(PerceivedFairness.withDefaults().withMinimumGroupSize(7))
        .testEquals();
  }

  @Test
  void withMinimumGroupSize_isThePolicysMinimum() {
    assertThat(RecognitionEquity.withDefaults().withMinimumGroupSize(7).policy())
        .isEqualTo(AnonymityPolicy.withDefaults().withResponseRateMinimum(7)
            .withMinimumGroupSize(7));
    assertThat(VoiceEquity.withDefaults().withMinimumGroupSize(7).minimumGroupSize())
        .isEqualTo(7);
    assertThat(ParticipationParity.withDefaults().withMinimumGroupSize(7).minimumGroupSize())
        .isEqualTo(7);
    assertThat(PerceivedFairness.withDefaults().withPolicy(NO_COALITION).policy())
        .isEqualTo(NO_COALITION);
  }

  @Test
  void withPolicy_null_rejected() {
    assertThrows(NullPointerException.class, () -> AdverseImpact.withDefaults().withPolicy(null));
    assertThrows(NullPointerException.class, () -> VoiceEquity.withDefaults().withPolicy(null));
  }
}

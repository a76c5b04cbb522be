package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import org.junit.jupiter.api.Test;

/** The "Survey instruments" example of README.md, which must contain it verbatim. */
class ReadmeExampleTest {

  @Test
  void example() {
    // README-INSTRUMENT-EXAMPLE-BEGIN
    Instrument index = BuiltInInstruments.belongingIndex();
    assertThat(InstrumentLint.withDefaults().lint(index)).isEmpty();

    Response answer = Response.builder()
        .respondentId("7f3a")                      // a pseudonym; never printed
        .attributes(Attributes.of(ImmutableMap.of(Dimension.TEAM, "support")))
        .putAnswer("voice.disagree", 4)
        .putAnswer("voice.asked", 5)
        .putAnswer("voice.held_back", 2)           // reverse keyed: scored as 4
        .build();
    ResponseWave wave = ResponseWave.of(index, "2026-q3", 0, ImmutableList.of(answer));

    ValidationResult valid = ResponseValidator.withDefaults()
        .withPolicy(ValidationPolicy.EXCLUDE_AND_COUNT)
        .withMinimumAnsweredFraction(0.1)
        .validate(index, wave);
    ConstructScore voice = Scoring.withDefaults()
        .score(index, valid.accepted().get(0))
        .construct(Construct.VOICE).orElseThrow();

    assertThat(voice.mean()).hasValue(13.0 / 3);   // (4 + 5 + 4) / 3 answered of 4 items
    assertThat(voice.hundred().getAsDouble()).isWithin(1e-12).of(83.33333333333333);
    assertThat(voice.favorable()).isEqualTo(3);
    // README-INSTRUMENT-EXAMPLE-END
  }

}

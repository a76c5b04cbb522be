package dev.belonging.instrument;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.workforce.Attributes;
import org.junit.jupiter.api.Test;

class ResponseValidatorTest {
  private static final Instrument INSTRUMENT = Instrument.builder().id("demo").version("2.0.0")
      .title("Demo").kind(InstrumentKind.MODULE)
      .addItem(Item.frequency("a", Construct.VOICE, "In the last month, how often did you A?"))
      .addItem(Item.frequency("b", Construct.VOICE, "In the last month, how often did you B?"))
      .addItem(Item.agreement("c", Construct.VOICE, "C happens here."))
      .addItem(Item.agreement("d", Construct.VOICE, "D happens here."))
      .addItem(Item.openText("note", Construct.VOICE, "Anything to add?"))
      .addRetiredItemIds("old")
      .build();
  private static final ResponseValidator EXCLUDE =
      ResponseValidator.withDefaults().withPolicy(ValidationPolicy.EXCLUDE_AND_COUNT);

  private static Response answers(String id, ImmutableMap<String, Integer> answers) {
    return Response.of(id, Attributes.none(), answers);
  }

  private static final Response GOOD = answers("secret-1", ImmutableMap.of("a", 1, "b", 2));

  @Test
  void failFast_outOfRange_namesPositionItemAndRule_notIdOrAnswer() {
    ImmutableList<Response> wave = ImmutableList.of(GOOD,
        answers("secret-2", ImmutableMap.of("a", 1, "c", 9)));
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> ResponseValidator.withDefaults().validate(INSTRUMENT, wave));
    assertThat(e.position()).isEqualTo(1);
    assertThat(e.itemId()).hasValue("c");
    assertThat(e.rule()).isEqualTo(ValidationRule.OUT_OF_RANGE_POINT);
    assertThat(e).hasMessageThat().isEqualTo("response at position 1, item 'c': the point is "
        + "outside [1, 5] (rule OUT_OF_RANGE_POINT)");
    assertThat(e).hasMessageThat().doesNotContain("secret");
    assertThat(e).hasMessageThat().doesNotContain("9");
  }

  @Test
  void failFast_eachRule() {
    assertThat(rule(answers("x", ImmutableMap.of("zzz", 1, "a", 1, "b", 1))))
        .isEqualTo(ValidationRule.UNKNOWN_ITEM);
    assertThat(rule(answers("x", ImmutableMap.of("old", 1, "a", 1, "b", 1))))
        .isEqualTo(ValidationRule.RETIRED_ITEM);
    assertThat(rule(answers("x", ImmutableMap.of("note", 1, "a", 1, "b", 1))))
        .isEqualTo(ValidationRule.WRONG_ANSWER_KIND);
    assertThat(rule(Response.builder().from(GOOD).putComment("a", "text").build()))
        .isEqualTo(ValidationRule.WRONG_ANSWER_KIND);
    assertThat(rule(answers("x", ImmutableMap.of("a", 1))))
        .isEqualTo(ValidationRule.TOO_FEW_ANSWERS);
  }

  private static ValidationRule rule(Response r) {
    return assertThrows(InvalidResponseException.class,
        () -> ResponseValidator.withDefaults().validate(INSTRUMENT, ImmutableList.of(r))).rule();
  }

  @Test
  void failFast_duplicateRespondent_namesLaterPosition() {
    InvalidResponseException e = assertThrows(InvalidResponseException.class,
        () -> ResponseValidator.withDefaults().validate(INSTRUMENT,
            ImmutableList.of(GOOD, GOOD, GOOD)));
    assertThat(e.position()).isEqualTo(1);
    assertThat(e.rule()).isEqualTo(ValidationRule.DUPLICATE_RESPONDENT);
    assertThat(e).hasMessageThat().doesNotContain("secret");
  }

  @Test
  void excludeAndCount_countsByReason_keepsValidInOrder() {
    Response sparse1 = answers("s1", ImmutableMap.of("a", 3));
    Response sparse2 = answers("s2", ImmutableMap.of("d", 3));
    Response sparse3 = answers("s3", ImmutableMap.of());
    Response full = answers("f", ImmutableMap.of("a", 5, "b", 4, "c", 3, "d", 2));
    Response offScale = answers("o", ImmutableMap.of("a", 0, "b", 4));
    ValidationResult result = EXCLUDE.validate(INSTRUMENT,
        ImmutableList.of(GOOD, sparse1, full, sparse2, GOOD, sparse3, offScale));
    assertThat(result.accepted()).containsExactly(GOOD, full).inOrder();
    assertThat(result.acceptedPositions()).containsExactly(0, 2).inOrder();
    assertThat(result.excludedCount()).isEqualTo(5);
    assertThat(result.exclusions().stream().map(Object::toString)).containsExactly(
        "excluded: 1, reason: duplicate respondent in the wave",
        "excluded: 1, reason: point outside the item's scale",
        "excluded: 3, reason: fewer than 50% of items answered").inOrder();
  }

  @Test
  void excludeAndCount_reasonNamesConfiguredFraction() {
    ValidationResult result = EXCLUDE.withMinimumAnsweredFraction(0.75)
        .validate(INSTRUMENT, ImmutableList.of(GOOD));
    assertThat(result.accepted()).isEmpty();
    assertThat(result.toString())
        .isEqualTo("accepted: 0; excluded: 1, reason: fewer than 75% of items answered");
  }

  @Test
  void minimumAnsweredFraction_zero_acceptsEmpty() {
    ValidationResult result = EXCLUDE.withMinimumAnsweredFraction(0)
        .validate(INSTRUMENT, ImmutableList.of(answers("e", ImmutableMap.of())));
    assertThat(result.accepted()).hasSize(1);
    assertThrows(IllegalArgumentException.class,
        () -> EXCLUDE.withMinimumAnsweredFraction(Double.NaN));
  }

  @Test
  void validate_waveOfOtherVersion_throws() {
    Instrument other = Instrument.builder().from(INSTRUMENT).version("3.0.0").build();
    ResponseWave wave = ResponseWave.of(other, "w1", 0, ImmutableList.of(GOOD));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EXCLUDE.validate(INSTRUMENT, wave));
    assertThat(e).hasMessageThat().contains("3.0.0");
    assertThat(EXCLUDE.validate(other, wave).accepted()).hasSize(1);
  }
}

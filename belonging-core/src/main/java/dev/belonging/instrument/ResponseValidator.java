package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks responses against an instrument version: duplicate respondents, answers to unknown or
 * retired items, points for open-text items (or comments for closed ones), points off the scale
 * and too few answered items ({@link ValidationRule}). Depending on the {@link
 * ValidationPolicy}, the first broken rule throws an {@link InvalidResponseException} naming the
 * response's position, the item and the rule, or the response is excluded and counted.
 *
 * <p>The answered fraction is the number of answered closed items over the instrument's closed
 * items (open-text items do not count). Messages and results never contain respondent ids,
 * answers or comments.
 *
 * <p>Instances are immutable and thread-safe; configure with the {@code with*} methods.
 */
public final class ResponseValidator {
  private static final ResponseValidator DEFAULTS =
      new ResponseValidator(ValidationPolicy.FAIL_FAST, 0.5);

  private final ValidationPolicy policy;
  private final double minimumAnsweredFraction;

  private ResponseValidator(ValidationPolicy policy, double minimumAnsweredFraction) {
    this.policy = policy;
    this.minimumAnsweredFraction = minimumAnsweredFraction;
  }

  /** Fail fast, and require at least half of the closed items answered. */
  public static ResponseValidator withDefaults() {
    return DEFAULTS;
  }

  /**
   * This configuration with another policy.
   *
   * @param policy fail fast or exclude and count
   * @return the new configuration
   */
  public ResponseValidator withPolicy(ValidationPolicy policy) {
    return new ResponseValidator(Objects.requireNonNull(policy, "policy"),
        minimumAnsweredFraction);
  }

  /**
   * This configuration with another minimum answered fraction.
   *
   * @param fraction a proportion in [0, 1]; 0 accepts a response with no answers
   * @return the new configuration
   * @throws IllegalArgumentException if {@code fraction} is outside [0, 1] or NaN
   */
  public ResponseValidator withMinimumAnsweredFraction(double fraction) {
    if (fraction >= 0 && fraction <= 1) {
      return new ResponseValidator(policy, fraction);
    }
    throw new IllegalArgumentException(
        "minimumAnsweredFraction must be in [0, 1], but was " + fraction);
  }

  /** The policy. */
  public ValidationPolicy policy() {
    return policy;
  }

  /** The minimum fraction of closed items answered, in [0, 1]. */
  public double minimumAnsweredFraction() {
    return minimumAnsweredFraction;
  }

  /**
   * Validates a wave.
   *
   * @param instrument the instrument version the wave answered
   * @param wave the wave
   * @return the accepted responses and counted exclusions
   * @throws IllegalArgumentException if the wave refers to another instrument or version
   * @throws InvalidResponseException under {@link ValidationPolicy#FAIL_FAST}, for the first
   *     response that breaks a rule
   */
  public ValidationResult validate(Instrument instrument, ResponseWave wave) {
    if (!wave.answers(instrument)) {
      throw new IllegalArgumentException("wave '" + wave.waveId() + "' answers instrument '"
          + wave.instrumentId() + "' " + wave.instrumentVersion() + ", not '" + instrument.id()
          + "' " + instrument.version());
    }
    return validate(instrument, wave.responses());
  }

  /**
   * Validates responses in order; positions are indexes in iteration order.
   *
   * @param instrument the instrument version answered
   * @param responses the responses
   * @return the accepted responses and counted exclusions
   * @throws InvalidResponseException under {@link ValidationPolicy#FAIL_FAST}, for the first
   *     response that breaks a rule
   */
  public ValidationResult validate(Instrument instrument, Iterable<Response> responses) {
    int closed = 0;
    for (Item item : instrument.items()) {
      closed += item.kind() == ItemKind.OPEN_TEXT ? 0 : 1;
    }
    ImmutableValidationResult.Builder result = ImmutableValidationResult.builder();
    Map<ValidationRule, Integer> excluded = new EnumMap<>(ValidationRule.class);
    Set<String> seen = new HashSet<>();
    int position = 0;
    for (Response response : responses) {
      ValidationRule broken = check(instrument, closed, response, position, seen);
      if (broken == null) {
        result.addAccepted(response);
        result.addAcceptedPosition(position);
      } else {
        excluded.merge(broken, 1, Integer::sum);
      }
      position++;
    }
    excluded.forEach((rule, count) -> result.addExclusion(ImmutableExclusion.builder()
        .rule(rule).count(count).reason(reason(rule)).build()));
    return result.build();
  }

  private String reason(ValidationRule rule) {
    if (rule == ValidationRule.TOO_FEW_ANSWERS) {
      return "fewer than " + percent(minimumAnsweredFraction) + " of items answered";
    }
    return rule.description();
  }

  private static String percent(double fraction) {
    double p = fraction * 100;
    return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
  }

  /** The first rule broken, or null; throws instead under FAIL_FAST. */
  private @Nullable ValidationRule check(
      Instrument instrument, int closed, Response response, int position, Set<String> seen) {
    if (!seen.add(response.respondentId())) {
      return fail(position, null, ValidationRule.DUPLICATE_RESPONDENT,
          "the respondent already answered at an earlier position");
    }
    for (String itemId : response.answers().keySet()) {
      ValidationRule r = checkKnown(instrument, itemId, position);
      if (r != null) {
        return r;
      }
    }
    for (String itemId : response.comments().keySet()) {
      ValidationRule r = checkKnown(instrument, itemId, position);
      if (r != null) {
        return r;
      }
    }
    for (String itemId : response.answers().keySet()) {
      Item item = instrument.item(itemId).orElseThrow();
      if (item.kind() == ItemKind.OPEN_TEXT) {
        return fail(position, itemId, ValidationRule.WRONG_ANSWER_KIND,
            "a point answers an open-text item");
      }
    }
    for (String itemId : response.comments().keySet()) {
      Item item = instrument.item(itemId).orElseThrow();
      if (item.kind() != ItemKind.OPEN_TEXT) {
        return fail(position, itemId, ValidationRule.WRONG_ANSWER_KIND,
            "a comment answers a closed item");
      }
    }
    int answered = 0;
    for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
      ResponseScale scale = instrument.item(answer.getKey()).orElseThrow().scale().orElseThrow();
      if (!scale.contains(answer.getValue())) {
        return fail(position, answer.getKey(), ValidationRule.OUT_OF_RANGE_POINT,
            "the point is outside [" + scale.min() + ", " + scale.max() + "]");
      }
      answered++;
    }
    // answered / closed >= minimum, compared without division.
    if (closed > 0 && !(answered >= minimumAnsweredFraction * closed)) {
      return fail(position, null, ValidationRule.TOO_FEW_ANSWERS,
          answered + " of " + closed + " closed items answered, fewer than "
              + percent(minimumAnsweredFraction));
    }
    return null;
  }

  private @Nullable ValidationRule checkKnown(Instrument instrument, String itemId, int position) {
    if (instrument.item(itemId).isPresent()) {
      return null;
    }
    String shown = itemId.length() <= 70 ? itemId : itemId.substring(0, 70) + "...";
    if (instrument.retiredItemIds().contains(itemId)) {
      return failNamed(position, shown, ValidationRule.RETIRED_ITEM, "the item is retired in "
          + instrument.id() + " " + instrument.version());
    }
    return failNamed(position, shown, ValidationRule.UNKNOWN_ITEM,
        "the item is not in " + instrument.id() + " " + instrument.version());
  }

  private ValidationRule failNamed(int position, String itemId, ValidationRule rule,
      String detail) {
    return fail(position, itemId, rule, detail);
  }

  private ValidationRule fail(int position, @Nullable String itemId, ValidationRule rule,
      String detail) {
    if (policy == ValidationPolicy.FAIL_FAST) {
      throw new InvalidResponseException(position, itemId, rule, detail);
    }
    return rule;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResponseValidator && ((ResponseValidator) o).policy == policy
        && Double.compare(((ResponseValidator) o).minimumAnsweredFraction,
            minimumAnsweredFraction) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, minimumAnsweredFraction);
  }

  @Override
  public String toString() {
    return "ResponseValidator[" + policy + ", minimumAnsweredFraction="
        + minimumAnsweredFraction + "]";
  }
}

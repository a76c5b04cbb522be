package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.Disaggregation;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.Response;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The two-group survey {@link Power} and {@link Calibration} simulate: a target group ({@code
 * REMOTE} staff) and a comparison group ({@code OFFICE} staff) of fixed sizes, invited to answer
 * an instrument with a planted shift of the target group's latent level of one construct, then
 * disaggregated by work arrangement through the real {@link Disaggregation} and its disclosure
 * check. Immutable.
 */
final class GapScenario {
  static final Dimension DIMENSION = Dimension.WORK_ARRANGEMENT;
  static final String TARGET = "REMOTE";
  static final String COMPARISON = "OFFICE";
  /** The most people per group accepted. */
  static final int MAX_GROUP = 100_000;

  /** Three connection items of our own wording, one reverse keyed. */
  static final Instrument DEFAULT_INSTRUMENT = Instrument.builder()
      .id("testkit-connection").version("1.0.0").title("Connection (testkit)")
      .addItems(
          Item.agreement("connection.known", Construct.CONNECTION,
              "I know what my colleagues care about outside work."),
          Item.agreement("connection.left-out", Construct.CONNECTION,
              "I am left out of conversations that matter to my work.").asReverseKeyed(),
          Item.agreement("connection.reach", Construct.CONNECTION,
              "I can reach a colleague for an informal chat when I need one."))
      .build();

  static final GapScenario DEFAULTS =
      new GapScenario(DEFAULT_INSTRUMENT, Construct.CONNECTION, 30, 120, 0.8, -0.5, 5);

  final Instrument instrument;
  final Construct construct;
  final int targetSize;
  final int comparisonSize;
  final double responseRate;
  final double effect;
  final int minimumGroupSize;

  GapScenario(Instrument instrument, Construct construct, int targetSize, int comparisonSize,
      double responseRate, double effect, int minimumGroupSize) {
    this.instrument = instrument;
    this.construct = construct;
    this.targetSize = targetSize;
    this.comparisonSize = comparisonSize;
    this.responseRate = responseRate;
    this.effect = effect;
    this.minimumGroupSize = minimumGroupSize;
  }

  GapScenario withInstrument(Instrument newInstrument, Construct newConstruct) {
    requireNonNull(newInstrument, "instrument");
    requireNonNull(newConstruct, "construct");
    GapScenario changed = new GapScenario(newInstrument, newConstruct, targetSize,
        comparisonSize, responseRate, effect, minimumGroupSize);
    ScoreModel.of(ResponseSimulator.of(newInstrument), newConstruct); // has closed items?
    Disaggregation.of(newInstrument); // checks the instrument can be disaggregated
    return changed;
  }

  GapScenario withGroupSizes(int target, int comparison) {
    return new GapScenario(instrument, construct, size("targetSize", target),
        size("comparisonSize", comparison), responseRate, effect, minimumGroupSize);
  }

  GapScenario withResponseRate(double rate) {
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("responseRate must be in (0, 1], but was " + rate);
    }
    return new GapScenario(instrument, construct, targetSize, comparisonSize, rate, effect,
        minimumGroupSize);
  }

  GapScenario withEffect(double standardDeviations) {
    PlantedEffect.of(DIMENSION, TARGET, construct, standardDeviations); // checks the range
    return new GapScenario(instrument, construct, targetSize, comparisonSize, responseRate,
        standardDeviations, minimumGroupSize);
  }

  GapScenario withMinimumGroupSize(int k) {
    if (k < 3) {
      throw new IllegalArgumentException("minimumGroupSize must be >= 3, but was " + k);
    }
    return new GapScenario(instrument, construct, targetSize, comparisonSize, responseRate,
        effect, k);
  }

  private static int size(String name, int value) {
    if (value < 1 || value > MAX_GROUP) {
      throw new IllegalArgumentException(
          name + " must be in [1, " + MAX_GROUP + "], but was " + value);
    }
    return value;
  }

  ImmutableList<Person> people() {
    Attributes target = Attributes.of(Map.of(DIMENSION, TARGET));
    Attributes comparison = Attributes.of(Map.of(DIMENSION, COMPARISON));
    ImmutableList.Builder<Person> people = ImmutableList.builder();
    for (int i = 0; i < targetSize + comparisonSize; i++) {
      people.add(Person.of(i, i < targetSize ? target : comparison, 0));
    }
    return people.build();
  }

  ResponseSimulator simulator() {
    return ResponseSimulator.of(instrument).withResponseRate(responseRate).withMissingRate(0)
        .withEffect(PlantedEffect.of(DIMENSION, TARGET, construct, effect));
  }

  Disaggregation disaggregation() {
    return Disaggregation.of(instrument).withBreakdowns(List.of(Breakdown.of(DIMENSION)))
        .withMinimumGroupSize(minimumGroupSize).withParallelism(1);
  }

  /** The target group's gap to the rest of the organisation in one simulated wave, if released. */
  Optional<Gap> run(ImmutableList<Person> people, ResponseSimulator simulator,
      Disaggregation disaggregation, long seed) {
    List<Response> responses = simulator.responses(people.stream(), 0, seed)
        .collect(ImmutableList.toImmutableList());
    DisaggregationReport report = disaggregation.report(disaggregation.aggregate(responses));
    Subgroup target = Subgroup.of(DIMENSION, TARGET);
    return report.gaps().stream()
        .filter(g -> g.construct().equals(construct) && g.subgroup().equals(target))
        .findFirst();
  }

  /** {mean, SD} of the construct score in the target and comparison group under the model. */
  double[][] moments() {
    // Only the item loading and leniency matter, which the simulator's defaults fix.
    ScoreModel model = ScoreModel.of(ResponseSimulator.of(instrument), construct);
    return new double[][] {model.moments(effect), model.moments(0)};
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GapScenario)) {
      return false;
    }
    GapScenario that = (GapScenario) other;
    return instrument.equals(that.instrument) && construct.equals(that.construct)
        && targetSize == that.targetSize && comparisonSize == that.comparisonSize
        && Double.compare(responseRate, that.responseRate) == 0
        && Double.compare(effect, that.effect) == 0
        && minimumGroupSize == that.minimumGroupSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, construct, targetSize, comparisonSize, responseRate, effect,
        minimumGroupSize);
  }

  @Override
  public String toString() {
    return instrument.id() + ", " + construct.id() + ", groups=" + targetSize + "/"
        + comparisonSize + ", responseRate=" + responseRate + ", effect=" + effect + " SD, k="
        + minimumGroupSize;
  }
}

package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.Response;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.instrument.ResponseWave;
import dev.belonging.workforce.Dimension;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Simulates answers to an {@link Instrument} from a latent-trait model, with planted subgroup
 * effects, non-response, missing answers and open-text comments.
 *
 * <p><b>Model.</b> Each person has a general level {@code g} and, per construct {@code c}, a
 * specific level {@code e_c}, all independent standard normal; the construct's latent level is
 * {@code theta_c = lambda g + sqrt(1 - lambda^2) e_c + sum of planted effects}, so constructs
 * correlate {@code lambda^2} through the general factor (a bifactor structure, Holzinger and
 * Swineford 1937, Psychometrika 2(1)). A closed item loading {@code a} on construct {@code c} is
 * answered by the ordinal (cumulative) probit model (Agresti 2010, <i>Analysis of Ordinal
 * Categorical Data</i>, 2nd ed., ch. 5): the latent response {@code y = a theta_c + sqrt(1 - a^2)
 * eps} with {@code eps} standard normal is cut at thresholds {@code tau_k = Phi^-1(k / K) -
 * leniency}, {@code k = 1..K-1}, for a scale of {@code K} points; the point is {@code min} plus
 * the number of thresholds below {@code y}. Without effects {@code y} is standard normal, so with
 * leniency 0 every point is equally likely, and the default leniency 0.5 leans answers towards
 * favorable (about 60% favorable on a 5-point scale), as survey answers usually do. A planted
 * effect of {@code d} SD shifts a subgroup's {@code y} by {@code a d}.
 *
 * <p>A reverse-keyed item is answered on the latent agreement with the construct, then the
 * observed point is {@linkplain ResponseScale#reverse(int) reversed}, so keyed scoring recovers
 * the construct. Items without a construct load on the general level. Open-text items get a
 * comment with the comment rate, positive in tone when the construct's level is above 0.
 *
 * <p><b>Randomness.</b> Latent levels depend only on the seed, the person's index and the
 * construct id, so the same person keeps the same levels across waves; answers depend on the
 * seed, the person and the wave ordinal. Everything is drawn with {@link SeededRandom} and
 * StrictMath, hence identical on every JDK.
 *
 * <p>A configured simulator is an immutable value, thread-safe; {@code with*} methods return
 * changed copies. Defaults: response rate 0.8, missing rate 0.02, comment rate 0.25, general
 * factor loading 0.7, item loading 0.8, leniency 0.5.
 */
public final class ResponseSimulator {
  private static final long LATENT_KEY = 0x4C415445L;
  private static final long WAVE_KEY = 0x57415645L;

  private final Instrument instrument;
  private final ImmutableList<PlantedEffect> effects;
  private final double responseRate;
  private final ImmutableList<SubgroupRate> responseRates;
  private final double missingRate;
  private final ImmutableList<SubgroupRate> missingRates;
  private final double commentRate;
  private final double generalLoading;
  private final double itemLoading;
  private final double leniency;
  /** Per item position: thresholds on the latent response, ascending; empty for open text. */
  private final ImmutableList<double[]> thresholds;

  private ResponseSimulator(Instrument instrument, ImmutableList<PlantedEffect> effects,
      double responseRate, ImmutableList<SubgroupRate> responseRates, double missingRate,
      ImmutableList<SubgroupRate> missingRates, double commentRate, double generalLoading,
      double itemLoading, double leniency) {
    this.instrument = instrument;
    this.effects = effects;
    this.responseRate = responseRate;
    this.responseRates = responseRates;
    this.missingRate = missingRate;
    this.missingRates = missingRates;
    this.commentRate = commentRate;
    this.generalLoading = generalLoading;
    this.itemLoading = itemLoading;
    this.leniency = leniency;
    ImmutableList.Builder<double[]> cuts = ImmutableList.builder();
    for (Item item : instrument.items()) {
      cuts.add(item.scale().map(s -> thresholds(s, leniency)).orElse(new double[0]));
    }
    this.thresholds = cuts.build();
  }

  /**
   * A simulator of answers to {@code instrument} with the default settings.
   *
   * @param instrument any instrument
   * @return the simulator
   */
  public static ResponseSimulator of(Instrument instrument) {
    return new ResponseSimulator(requireNonNull(instrument, "instrument"), ImmutableList.of(),
        0.8, ImmutableList.of(), 0.02, ImmutableList.of(), 0.25, 0.7, 0.8, 0.5);
  }

  /**
   * This simulator with one more planted effect.
   *
   * @param effect the effect; effects of the same subgroup and construct add up
   * @return the changed simulator
   */
  public ResponseSimulator withEffect(PlantedEffect effect) {
    return new ResponseSimulator(instrument,
        ImmutableList.<PlantedEffect>builder().addAll(effects).add(effect).build(), responseRate,
        responseRates, missingRate, missingRates, commentRate, generalLoading, itemLoading,
        leniency);
  }

  /**
   * This simulator with another default response rate (the chance an invited person answers).
   *
   * @param rate a probability in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public ResponseSimulator withResponseRate(double rate) {
    return new ResponseSimulator(instrument, effects, probability("responseRate", rate),
        responseRates, missingRate, missingRates, commentRate, generalLoading, itemLoading,
        leniency);
  }

  /**
   * This simulator with a response rate for one subgroup (non-response by subgroup). When a
   * person is in several subgroups with their own rate, the rule added first wins.
   *
   * @param dimension the subgroup's dimension
   * @param value the subgroup's value
   * @param rate a probability in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public ResponseSimulator withResponseRate(Dimension dimension, String value, double rate) {
    return new ResponseSimulator(instrument, effects, responseRate,
        append(responseRates, dimension, value, probability("responseRate", rate)), missingRate,
        missingRates, commentRate, generalLoading, itemLoading, leniency);
  }

  /**
   * This simulator with another default chance that a respondent skips a closed item, missing
   * completely at random.
   *
   * @param rate a probability in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public ResponseSimulator withMissingRate(double rate) {
    return new ResponseSimulator(instrument, effects, responseRate, responseRates,
        probability("missingRate", rate), missingRates, commentRate, generalLoading, itemLoading,
        leniency);
  }

  /**
   * This simulator with a chance of skipping closed items for one subgroup (missing depending on
   * the subgroup). When a person is in several such subgroups, the rule added first wins.
   *
   * @param dimension the subgroup's dimension
   * @param value the subgroup's value
   * @param rate a probability in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public ResponseSimulator withMissingRate(Dimension dimension, String value, double rate) {
    return new ResponseSimulator(instrument, effects, responseRate, responseRates, missingRate,
        append(missingRates, dimension, value, probability("missingRate", rate)), commentRate,
        generalLoading, itemLoading, leniency);
  }

  /**
   * This simulator with another chance that a respondent writes a comment for an open-text item.
   *
   * @param rate a probability in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code rate} is outside [0, 1] or NaN
   */
  public ResponseSimulator withCommentRate(double rate) {
    return new ResponseSimulator(instrument, effects, responseRate, responseRates, missingRate,
        missingRates, probability("commentRate", rate), generalLoading, itemLoading, leniency);
  }

  /**
   * This simulator with another loading of the constructs on the general factor; constructs then
   * correlate {@code loading^2}.
   *
   * @param loading in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code loading} is outside [0, 1] or NaN
   */
  public ResponseSimulator withGeneralFactorLoading(double loading) {
    return new ResponseSimulator(instrument, effects, responseRate, responseRates, missingRate,
        missingRates, commentRate, probability("generalFactorLoading", loading), itemLoading,
        leniency);
  }

  /**
   * This simulator with another loading of every item on its construct: the correlation of the
   * latent response with the construct level. Higher loadings make items more reliable.
   *
   * @param loading in [0, 1]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code loading} is outside [0, 1] or NaN
   */
  public ResponseSimulator withItemLoading(double loading) {
    return new ResponseSimulator(instrument, effects, responseRate, responseRates, missingRate,
        missingRates, commentRate, generalLoading, probability("itemLoading", loading), leniency);
  }

  /**
   * This simulator with another leniency: how far the thresholds are shifted down, in latent
   * standard deviations, making favorable answers more common. 0 makes all points equally likely.
   *
   * @param shift in [-3, 3]
   * @return the changed simulator
   * @throws IllegalArgumentException if {@code shift} is outside [-3, 3] or NaN
   */
  public ResponseSimulator withLeniency(double shift) {
    if (!(shift >= -3 && shift <= 3)) {
      throw new IllegalArgumentException("leniency must be in [-3, 3], but was " + shift);
    }
    return new ResponseSimulator(instrument, effects, responseRate, responseRates, missingRate,
        missingRates, commentRate, generalLoading, itemLoading, shift);
  }

  /** The instrument answered. */
  public Instrument instrument() {
    return instrument;
  }

  /** The planted effects, in the order added. */
  public ImmutableList<PlantedEffect> effects() {
    return effects;
  }

  /** The item loading {@code a}. */
  public double itemLoading() {
    return itemLoading;
  }

  /** The general factor loading {@code lambda}. */
  public double generalFactorLoading() {
    return generalLoading;
  }

  /** The leniency (threshold shift). */
  public double leniency() {
    return leniency;
  }

  /**
   * Simulates one wave: every person of the workforce is invited.
   *
   * @param workforce the people invited
   * @param waveId the wave's id, not blank
   * @param waveOrdinal the wave's position in time, {@code >= 0}; effects starting later are off
   * @param seed the simulation seed; the same seed keeps each person's latent levels across waves
   * @return the workforce, its roster and the responses in workforce order
   * @throws IllegalArgumentException if {@code waveId} is blank or {@code waveOrdinal} negative
   */
  public SimulatedWave simulate(
      SyntheticWorkforce workforce, String waveId, int waveOrdinal, long seed) {
    checkOrdinal(waveOrdinal);
    ImmutableList<Response> responses = responses(workforce.people().stream(), waveOrdinal, seed)
        .collect(ImmutableList.toImmutableList());
    return SimulatedWave.of(workforce, instrument, ResponseWave.of(instrument, waveId, waveOrdinal, responses));
  }

  /**
   * Simulates the responses of streamed people lazily, for workforces too large to hold: each
   * person is answered for (or skipped as a non-respondent) when the stream reaches them.
   *
   * @param people the people invited, in order
   * @param waveOrdinal the wave's position in time, {@code >= 0}
   * @param seed the simulation seed
   * @return the responses of those who answer, in order; equal to what {@link
   *     #simulate(SyntheticWorkforce, String, int, long)} gives for the same people
   * @throws IllegalArgumentException if {@code waveOrdinal} is negative
   */
  public Stream<Response> responses(Stream<Person> people, int waveOrdinal, long seed) {
    checkOrdinal(waveOrdinal);
    return people.map(p -> respond(p, waveOrdinal, seed)).flatMap(Optional::stream);
  }

  /**
   * The latent level of a person for a construct in a wave, planted effects included: the truth
   * a method should recover.
   *
   * @param person the person
   * @param construct any construct
   * @param waveOrdinal the wave, {@code >= 0}
   * @param seed the simulation seed
   * @return {@code theta_c}, in latent standard deviations
   * @throws IllegalArgumentException if {@code waveOrdinal} is negative
   */
  public double latentLevel(Person person, Construct construct, int waveOrdinal, long seed) {
    checkOrdinal(waveOrdinal);
    return latent(person, Optional.of(construct), waveOrdinal, seed);
  }

  private double latent(Person person, Optional<Construct> construct, int waveOrdinal, long seed) {
    double general = Normal.sample(SeededRandom.keyed(seed, LATENT_KEY, person.index(), 0));
    if (construct.isEmpty()) {
      return general;
    }
    Construct c = construct.get();
    double specific = Normal.sample(SeededRandom.keyed(
        seed, LATENT_KEY, person.index(), 1L + (c.id().hashCode() & 0xFFFFFFFFL)));
    double level = generalLoading * general
        + StrictMath.sqrt(1 - generalLoading * generalLoading) * specific;
    for (PlantedEffect effect : effects) {
      if (effect.construct().equals(c) && effect.appliesTo(person.attributes(), waveOrdinal)) {
        level += effect.standardDeviations();
      }
    }
    return level;
  }

  private Optional<Response> respond(Person person, int waveOrdinal, long seed) {
    RandomGenerator random = SeededRandom.keyed(seed, WAVE_KEY, waveOrdinal, person.index());
    if (!(random.nextDouble() < SubgroupRate.rateFor(
        responseRates, person.attributes(), responseRate))) {
      return Optional.empty();
    }
    double skip = SubgroupRate.rateFor(missingRates, person.attributes(), missingRate);
    double noise = StrictMath.sqrt(1 - itemLoading * itemLoading);
    ImmutableMap.Builder<String, Integer> answers = ImmutableMap.builder();
    ImmutableMap.Builder<String, String> comments = ImmutableMap.builder();
    java.util.Map<Optional<Construct>, Double> levels = new java.util.HashMap<>();
    ImmutableList<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      double level = levels.computeIfAbsent(
          item.construct(), c -> latent(person, c, waveOrdinal, seed));
      double u = random.nextDouble();
      if (item.kind() == ItemKind.OPEN_TEXT) {
        if (u < commentRate) {
          comments.put(item.id(), CommentWriter.write(random, level > 0));
        }
        continue;
      }
      double y = itemLoading * level + noise * Normal.sample(random);
      if (u < skip) {
        continue;
      }
      ResponseScale scale = item.scale().orElseThrow();
      int point = scale.min() + countBelow(thresholds.get(i), y);
      answers.put(item.id(), item.reverseKeyed() ? scale.reverse(point) : point);
    }
    return Optional.of(Response.builder().respondentId(person.id())
        .attributes(person.attributes()).putAllAnswers(answers.buildOrThrow())
        .putAllComments(comments.buildOrThrow()).build());
  }

  private static int countBelow(double[] cuts, double y) {
    int count = 0;
    while (count < cuts.length && cuts[count] < y) {
      count++;
    }
    return count;
  }

  /** The thresholds {@code Phi^-1(k / K) - leniency} of a scale with {@code K} points. */
  static double[] thresholds(ResponseScale scale, double leniency) {
    int points = scale.size();
    double[] cuts = new double[points - 1];
    for (int k = 1; k < points; k++) {
      cuts[k - 1] = Normal.inverseCdf((double) k / points) - leniency;
    }
    return cuts;
  }

  private static ImmutableList<SubgroupRate> append(
      ImmutableList<SubgroupRate> rules, Dimension dimension, String value, double rate) {
    requireNonNull(dimension, "dimension");
    if (value.isBlank()) {
      throw new IllegalArgumentException("subgroup value must not be blank");
    }
    return ImmutableList.<SubgroupRate>builder().addAll(rules)
        .add(new SubgroupRate(dimension, value, rate)).build();
  }

  private static double probability(String name, double value) {
    if (value >= 0 && value <= 1) {
      return value;
    }
    throw new IllegalArgumentException(name + " must be in [0, 1], but was " + value);
  }

  private static void checkOrdinal(int waveOrdinal) {
    if (waveOrdinal < 0) {
      throw new IllegalArgumentException("waveOrdinal must be >= 0, but was " + waveOrdinal);
    }
  }

  @Override
  public String toString() {
    return "ResponseSimulator{" + instrument.id() + ", effects=" + effects.size()
        + ", responseRate=" + responseRate + "}";
  }
}

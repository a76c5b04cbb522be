package dev.belonging.testkit.jqwik;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.testkit.OrganisationProfile;
import dev.belonging.testkit.Person;
import dev.belonging.testkit.ResponseSimulator;
import dev.belonging.testkit.SimulatedWave;
import dev.belonging.testkit.SyntheticDimensions;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.testkit.WorkforceGenerator;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of belonging's inputs, built for hunting privacy and aggregation bugs.
 *
 * <p><b>Edge cases around an anonymity threshold {@code k}.</b> Team sizes are drawn mostly from
 * {@code 0, 1, k - 1, k, k + 1} (empty subgroups, single people, and groups just below, at and
 * just above the threshold), otherwise from {@code 0..3k}; hierarchies are 2 to 8 levels deep
 * (a single lowest-level team under a chain of parents is possible); and a workforce may contain
 * one person with a location nobody else has ({@link #UNIQUE_LOCATION}), a single-person
 * intersection with every other dimension.
 *
 * <p><b>Shrinking.</b> Every arbitrary is combined from small integer, list and choice
 * arbitraries, so a failing case shrinks to few teams of few people, a shallow hierarchy, one
 * item and seed 0: a small organisation. Attributes other than teams come from the seed, through
 * {@link WorkforceGenerator}.
 *
 * <p>All methods are thread-safe and return new arbitraries.
 */
public final class BelongingArbitraries {
  /** The location given to the single person of a single-person intersection. */
  public static final String UNIQUE_LOCATION = "Pacific/Chatham";
  /** The default anonymity threshold used by the arbitraries without a {@code k}. */
  public static final int DEFAULT_THRESHOLD = 5;

  private static final ImmutableList<Construct> CONSTRUCTS = ImmutableList.of(Construct.VOICE,
      Construct.RECOGNITION, Construct.CONNECTION, Construct.PROCEDURAL_FAIRNESS,
      Construct.AUTHENTICITY, Construct.PSYCHOLOGICAL_SAFETY, Construct.BELONGING);

  private BelongingArbitraries() {}

  /** Organisation profiles, shrinking towards {@link OrganisationProfile#SMALL_TEAM}. */
  public static Arbitrary<OrganisationProfile> profiles() {
    return Arbitraries.of(OrganisationProfile.SMALL_TEAM, OrganisationProfile.SCALE_UP,
        OrganisationProfile.REMOTE_FIRST, OrganisationProfile.FRONTLINE,
        OrganisationProfile.LARGE_ORGANISATION);
  }

  /**
   * Headcounts of lowest-level teams around threshold {@code k}: 1 to 12 teams, each mostly of
   * size {@code 0, 1, k - 1, k} or {@code k + 1}, otherwise in {@code 0..3k}.
   *
   * @param k the anonymity threshold, in [1, 100]
   * @return the team sizes, shrinking towards a single team of size 0 or 1
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public static Arbitrary<List<Integer>> teamSizes(int k) {
    checkThreshold(k);
    Arbitrary<Integer> near = Arbitraries.of(1, 0, k - 1, k, k + 1);
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 3 * k);
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        List.of(Tuple.of(3, near), Tuple.of(1, any)));
    return size.list().ofMinSize(1).ofMaxSize(12);
  }

  /** Workforces with edge cases around the threshold {@value #DEFAULT_THRESHOLD}. */
  public static Arbitrary<SyntheticWorkforce> workforces() {
    return workforces(DEFAULT_THRESHOLD);
  }

  /**
   * Workforces with edge cases around threshold {@code k}: team sizes from {@link
   * #teamSizes(int)}, any profile's attribute distributions, 2 to 8 hierarchy levels, with or
   * without demographics, with or without a single-person intersection.
   *
   * @param k the anonymity threshold, in [1, 100]
   * @return the workforces
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public static Arbitrary<SyntheticWorkforce> workforces(int k) {
    checkThreshold(k);
    return Combinators.combine(profiles(), teamSizes(k), Arbitraries.integers().between(2, 8),
            Arbitraries.of(false, true), Arbitraries.of(false, true),
            Arbitraries.longs().between(0, 1_000_000))
        .as((profile, sizes, depth, demographics, singleton, seed) -> {
          SyntheticWorkforce workforce = WorkforceGenerator.of(profile).withTeamSizes(sizes)
              .withDepth(depth).withDemographics(demographics).generate(seed);
          return singleton ? withSinglePersonIntersection(workforce) : workforce;
        });
  }

  /**
   * Gives the last person of the largest team a location nobody else has.
   *
   * @param workforce any workforce
   * @return the workforce with one person at {@link #UNIQUE_LOCATION}, or unchanged if empty
   */
  public static SyntheticWorkforce withSinglePersonIntersection(SyntheticWorkforce workforce) {
    if (workforce.size() == 0) {
      return workforce;
    }
    String largest = workforce.headcounts(Dimension.TEAM).entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey())
            : Integer.compare(a.getValue(), b.getValue()))
        .map(e -> e.getKey()).orElse(workforce.hierarchy().root());
    int chosen = -1;
    for (int i = 0; i < workforce.size(); i++) {
      if (workforce.people().get(i).team().map(largest::equals).orElse(false)) {
        chosen = i;
      }
    }
    List<Person> people = new ArrayList<>(workforce.people());
    Person person = people.get(chosen);
    people.set(chosen, person.withAttributes(
        person.attributes().with(Dimension.LOCATION, UNIQUE_LOCATION)));
    return workforce.withPeople(people);
  }

  /**
   * Instruments of 1 to 12 items over belonging's constructs, on 5-point agreement and
   * frequency, 7-point agreement and 0-10 rating scales, some reverse keyed, some open text.
   * Shrinks towards one agreement item.
   *
   * @return the instruments
   */
  public static Arbitrary<Instrument> instruments() {
    Arbitrary<ItemShape> item = Combinators.combine(Arbitraries.of(CONSTRUCTS),
            Arbitraries.integers().between(0, 4), Arbitraries.of(false, true))
        .as(ItemShape::new);
    return item.list().ofMinSize(1).ofMaxSize(12).map(BelongingArbitraries::instrument);
  }

  /**
   * One simulated wave per case: a workforce from {@link #workforces(int)}, an instrument from
   * {@link #instruments()}, answered with response rate 1, 0.8 or 0.5 (shrinking towards 1, so
   * respondent groups are the team sizes themselves).
   *
   * @param k the anonymity threshold, in [1, 100]
   * @return the simulated waves
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public static Arbitrary<SimulatedWave> simulatedWaves(int k) {
    return Combinators.combine(workforces(k), instruments(), Arbitraries.of(1.0, 0.8, 0.5),
            Arbitraries.longs().between(0, 1_000_000))
        .as((workforce, instrument, rate, seed) -> ResponseSimulator.of(instrument)
            .withResponseRate(rate).simulate(workforce, "wave-0", 0, seed));
  }

  /**
   * Breakdown-like choices of 1 to 3 dimensions, in dimension order, among team, tenure, role,
   * work arrangement, location, shift and the sensitive gender and disability. Shrinks towards a
   * single dimension.
   *
   * @return the dimension lists
   */
  public static Arbitrary<ImmutableList<Dimension>> breakdowns() {
    return Arbitraries.subsetOf(Dimension.TEAM, Dimension.TENURE, Dimension.ROLE,
            Dimension.WORK_ARRANGEMENT, Dimension.LOCATION, SyntheticDimensions.SHIFT,
            SyntheticDimensions.GENDER, SyntheticDimensions.DISABILITY)
        .ofMinSize(1).ofMaxSize(3)
        .map(set -> ImmutableList.sortedCopyOf(set));
  }

  private static Instrument instrument(List<ItemShape> shapes) {
    Instrument.Builder builder = Instrument.builder();
    builder.id("synthetic").version("1.0.0").title("Synthetic instrument");
    for (int i = 0; i < shapes.size(); i++) {
      builder.addItems(shapes.get(i).toItem("q" + (i + 1)));
    }
    return builder.build();
  }

  private static void checkThreshold(int k) {
    if (k < 1 || k > 100) {
      throw new IllegalArgumentException("threshold k must be in [1, 100], but was " + k);
    }
  }

  /** What an item will be: construct, scale choice (4 = open text) and keying. */
  private static final class ItemShape {
    private final Construct construct;
    private final int scale;
    private final boolean reverse;

    ItemShape(Construct construct, int scale, boolean reverse) {
      this.construct = construct;
      this.scale = scale;
      this.reverse = reverse;
    }

    Item toItem(String id) {
      String text = "Synthetic statement " + id + " about " + construct.label().toLowerCase(
          java.util.Locale.ROOT);
      Item item;
      switch (scale) {
        case 0:
          item = Item.agreement(id, construct, text);
          break;
        case 1:
          item = Item.frequency(id, construct, text);
          break;
        case 2:
          item = Item.builder().id(id).construct(construct).text(text)
              .scale(ResponseScale.agreement7()).kind(ItemKind.AGREEMENT).build();
          break;
        case 3:
          item = Item.rating(id, construct, text);
          break;
        default:
          return Item.openText(id, construct, text);
      }
      return reverse ? item.asReverseKeyed() : item;
    }
  }
}

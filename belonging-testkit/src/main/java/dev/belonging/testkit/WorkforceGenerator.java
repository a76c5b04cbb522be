package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates seeded, deterministic synthetic workforces of an {@link OrganisationProfile}: a team
 * hierarchy, then people with team, tenure band, role, work arrangement, location (a time zone),
 * shift for frontline staff and, optionally, self-identified demographics with small minorities.
 *
 * <p>How people are drawn: lowest-level teams get log-normal weights (so sizes are skewed) and
 * headcounts by the largest remainder method; tenure in months is exponential with the profile's
 * mean (most people are recent joiners); roles and arrangements are categorical with the
 * profile's shares; office staff take the location of their top-level unit, remote staff a time
 * zone of their own. Each person is a function of the seed and the person's index alone, so
 * {@link #people(long)} can stream a million people without holding them, and the same seed gives
 * the same people in the same order on every JDK (see {@link SeededRandom}).
 *
 * <p>A configured generator is an immutable value, thread-safe; {@code with*} methods return
 * changed copies:
 *
 * <pre>{@code
 * SyntheticWorkforce org = WorkforceGenerator.of(OrganisationProfile.SCALE_UP)
 *     .withHeadcount(250).withDemographics(true).generate(42);
 * }</pre>
 */
public final class WorkforceGenerator {
  /**
   * The largest number of lowest-level teams generated from a headcount; above about 10 people
   * per team times this, teams grow instead, which keeps the hierarchy small.
   */
  public static final int MAX_TEAMS = 10_000;
  /** The most hierarchy levels {@link #withDepth(int)} accepts, root included. */
  public static final int MAX_DEPTH = 12;

  private final OrganisationProfile profile;
  private final int headcount;
  private final ImmutableList<Integer> teamSizes;
  private final int depthOverride;
  private final boolean demographics;
  private final TenureBands tenureBands;

  private WorkforceGenerator(OrganisationProfile profile, int headcount,
      ImmutableList<Integer> teamSizes, int depthOverride, boolean demographics,
      TenureBands tenureBands) {
    this.profile = profile;
    this.headcount = headcount;
    this.teamSizes = teamSizes;
    this.depthOverride = depthOverride;
    this.demographics = demographics;
    this.tenureBands = tenureBands;
  }

  /**
   * A generator of the profile's {@linkplain OrganisationProfile#defaultHeadcount() default
   * headcount}, without demographics, with standard tenure bands.
   *
   * @param profile the organisation profile
   * @return the generator
   */
  public static WorkforceGenerator of(OrganisationProfile profile) {
    return new WorkforceGenerator(requireNonNull(profile, "profile"), profile.defaultHeadcount(),
        ImmutableList.of(), 0, false, TenureBands.standard());
  }

  /**
   * This generator with another headcount (and team sizes drawn from it).
   *
   * @param people the number of people, within the profile's range
   * @return the changed generator
   * @throws IllegalArgumentException if {@code people} is outside {@link
   *     OrganisationProfile#minHeadcount()}..{@link OrganisationProfile#maxHeadcount()}
   */
  public WorkforceGenerator withHeadcount(int people) {
    if (people < profile.minHeadcount() || people > profile.maxHeadcount()) {
      throw new IllegalArgumentException("headcount of profile " + profile + " must be in ["
          + profile.minHeadcount() + ", " + profile.maxHeadcount() + "], but was " + people);
    }
    return new WorkforceGenerator(profile, people, ImmutableList.of(), depthOverride,
        demographics, tenureBands);
  }

  /**
   * This generator with explicit headcounts of the lowest-level teams, in order. The headcount
   * becomes their sum, whatever the profile's range; teams of size 0 are allowed (empty
   * subgroups). The other attributes still follow the profile.
   *
   * @param sizes one headcount per lowest-level team, each {@code >= 0}; at least one team, at
   *     most {@link #MAX_TEAMS}
   * @return the changed generator
   * @throws IllegalArgumentException if {@code sizes} is empty, too long or has a negative size
   */
  public WorkforceGenerator withTeamSizes(List<Integer> sizes) {
    ImmutableList<Integer> copy = ImmutableList.copyOf(sizes);
    if (copy.isEmpty() || copy.size() > MAX_TEAMS) {
      throw new IllegalArgumentException("number of team sizes must be in [1, " + MAX_TEAMS
          + "], but was " + copy.size());
    }
    long sum = 0;
    for (int size : copy) {
      if (size < 0) {
        throw new IllegalArgumentException("team sizes must be >= 0, but one was " + size);
      }
      sum += size;
    }
    if (sum > OrganisationProfile.LARGE_ORGANISATION.maxHeadcount()) {
      throw new IllegalArgumentException("sum of team sizes must be <= "
          + OrganisationProfile.LARGE_ORGANISATION.maxHeadcount() + ", but was " + sum);
    }
    return new WorkforceGenerator(profile, (int) sum, copy, depthOverride, demographics,
        tenureBands);
  }

  /**
   * This generator with a fixed number of hierarchy levels instead of the profile's.
   *
   * @param levels levels including the root, in [2, {@link #MAX_DEPTH}]; lowest-level teams sit
   *     at level {@code levels - 1}
   * @return the changed generator
   * @throws IllegalArgumentException if {@code levels} is out of range
   */
  public WorkforceGenerator withDepth(int levels) {
    if (levels < 2 || levels > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "depth must be in [2, " + MAX_DEPTH + "], but was " + levels);
    }
    return new WorkforceGenerator(profile, headcount, teamSizes, levels, demographics,
        tenureBands);
  }

  /**
   * This generator with or without self-identified demographics: {@link
   * SyntheticDimensions#GENDER} (about 1.5% non-binary or self-described, 3% not stated) and
   * {@link SyntheticDimensions#DISABILITY} (about 7% yes, 7% not stated).
   *
   * @param enabled whether people carry the sensitive dimensions
   * @return the changed generator
   */
  public WorkforceGenerator withDemographics(boolean enabled) {
    return new WorkforceGenerator(profile, headcount, teamSizes, depthOverride, enabled,
        tenureBands);
  }

  /**
   * This generator with other tenure bands for the {@link dev.belonging.workforce.Dimension#TENURE}
   * attribute.
   *
   * @param bands the bands
   * @return the changed generator
   */
  public WorkforceGenerator withTenureBands(TenureBands bands) {
    return new WorkforceGenerator(profile, headcount, teamSizes, depthOverride, demographics,
        requireNonNull(bands, "bands"));
  }

  /** The profile. */
  public OrganisationProfile profile() {
    return profile;
  }

  /** The number of people generated. */
  public int headcount() {
    return headcount;
  }

  /** The explicit team sizes; empty when they are drawn from the headcount. */
  public ImmutableList<Integer> teamSizes() {
    return teamSizes;
  }

  /** Whether people carry self-identified demographics. */
  public boolean demographics() {
    return demographics;
  }

  /** The tenure bands of the tenure attribute. */
  public TenureBands tenureBands() {
    return tenureBands;
  }

  int depthOverride() {
    return depthOverride;
  }

  /**
   * The team hierarchy of the organisation generated from {@code seed}; equal to {@code
   * generate(seed).hierarchy()} but without generating people.
   *
   * @param seed the seed
   * @return the hierarchy; people sit in its lowest-level teams
   */
  public TeamHierarchy hierarchy(long seed) {
    return WorkforcePlan.of(this, seed).hierarchy();
  }

  /**
   * The organisation generated from {@code seed}, held in memory. For more than a few hundred
   * thousand people prefer {@link #people(long)}.
   *
   * @param seed the seed
   * @return the workforce; equal seeds give equal workforces
   */
  public SyntheticWorkforce generate(long seed) {
    WorkforcePlan plan = WorkforcePlan.of(this, seed);
    ImmutableList.Builder<Person> people = ImmutableList.builderWithExpectedSize(headcount);
    for (int i = 0; i < plan.headcount(); i++) {
      people.add(plan.person(i));
    }
    return SyntheticWorkforce.of(plan.hierarchy(), people.build(), tenureBands);
  }

  /**
   * The people of the organisation generated from {@code seed}, lazily and in order: person
   * {@code i} is generated when the stream reaches it and is not retained, so memory stays
   * bounded by the hierarchy (at most {@link #MAX_TEAMS} teams) whatever the headcount. The
   * stream is sequential; each call starts a new one with the same people.
   *
   * @param seed the seed
   * @return the same people, in the same order, as {@code generate(seed).people()}
   */
  public Stream<Person> people(long seed) {
    WorkforcePlan plan = WorkforcePlan.of(this, seed);
    return IntStream.range(0, plan.headcount()).mapToObj(plan::person);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof WorkforceGenerator)) {
      return false;
    }
    WorkforceGenerator that = (WorkforceGenerator) other;
    return profile == that.profile && headcount == that.headcount
        && teamSizes.equals(that.teamSizes) && depthOverride == that.depthOverride
        && demographics == that.demographics && tenureBands.equals(that.tenureBands);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        profile, headcount, teamSizes, depthOverride, demographics, tenureBands);
  }

  @Override
  public String toString() {
    return "WorkforceGenerator{" + profile + ", headcount=" + headcount
        + (teamSizes.isEmpty() ? "" : ", teams=" + teamSizes.size())
        + (depthOverride > 0 ? ", depth=" + depthOverride : "")
        + (demographics ? ", demographics" : "") + "}";
  }
}

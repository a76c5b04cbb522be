package dev.belonging.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.workforce.Attributes;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.Roster;
import dev.belonging.workforce.TeamHierarchy;
import dev.belonging.workforce.TenureBands;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A synthetic organisation held in memory: its team hierarchy, its people in a fixed order and
 * the tenure bands their {@link Dimension#TENURE} attribute uses.
 *
 * <p>Obtain one from {@link WorkforceGenerator#generate(long)} or assemble one with {@link
 * #of(TeamHierarchy, Iterable)}. For very large organisations use {@link
 * WorkforceGenerator#people(long)}, which streams people without holding them.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} gives sizes only.
 */
public final class SyntheticWorkforce {
  private final TeamHierarchy hierarchy;
  private final ImmutableList<Person> people;
  private final TenureBands tenureBands;

  private SyntheticWorkforce(
      TeamHierarchy hierarchy, ImmutableList<Person> people, TenureBands tenureBands) {
    this.hierarchy = hierarchy;
    this.people = people;
    this.tenureBands = tenureBands;
  }

  /**
   * A workforce with the {@linkplain TenureBands#standard() standard} tenure bands.
   *
   * @param hierarchy the team hierarchy
   * @param people the people in order
   * @return the workforce
   * @throws IllegalArgumentException if two people share an index, or a person's team is not in
   *     the hierarchy
   */
  public static SyntheticWorkforce of(TeamHierarchy hierarchy, Iterable<Person> people) {
    return of(hierarchy, people, TenureBands.standard());
  }

  /**
   * A workforce.
   *
   * @param hierarchy the team hierarchy
   * @param people the people in order
   * @param tenureBands the bands of the {@link Dimension#TENURE} attribute, used when people's
   *     tenure changes between waves
   * @return the workforce
   * @throws IllegalArgumentException if two people share an index, or a person's team is not in
   *     the hierarchy
   */
  public static SyntheticWorkforce of(
      TeamHierarchy hierarchy, Iterable<Person> people, TenureBands tenureBands) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(tenureBands, "tenureBands");
    ImmutableList<Person> list = ImmutableList.copyOf(people);
    Set<Integer> indexes = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Person person = list.get(i);
      if (!indexes.add(person.index())) {
        throw new IllegalArgumentException(
            "person indexes must be unique, but position " + i + " repeats an earlier index");
      }
      String team = person.team().orElse(hierarchy.root());
      if (!hierarchy.contains(team)) {
        throw new IllegalArgumentException(
            "team of the person at position " + i + " must be in the hierarchy");
      }
    }
    return new SyntheticWorkforce(hierarchy, list, tenureBands);
  }

  /** The team hierarchy. */
  public TeamHierarchy hierarchy() {
    return hierarchy;
  }

  /** The people, in generation order. */
  public ImmutableList<Person> people() {
    return people;
  }

  /** The tenure bands of the {@link Dimension#TENURE} attribute. */
  public TenureBands tenureBands() {
    return tenureBands;
  }

  /** The number of people. */
  public int size() {
    return people.size();
  }

  /** Everyone, invited to a survey wave: the denominators of response rates. */
  public Roster roster() {
    return Roster.of(people.stream().map(Person::attributes).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The number of people per value of a dimension, in value order; people without the dimension
   * are not counted.
   *
   * @param dimension a dimension
   * @return value to headcount, sorted by value
   */
  public ImmutableSortedMap<String, Integer> headcounts(Dimension dimension) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Person person : people) {
      person.attributes().get(dimension).ifPresent(v -> counts.merge(v, 1, Integer::sum));
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * The people with a given attribute value.
   *
   * @param dimension a dimension
   * @param value its value
   * @return the matching people in order
   */
  public ImmutableList<Person> with(Dimension dimension, String value) {
    return people.stream()
        .filter(p -> p.attributes().get(dimension).map(value::equals).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /** The largest person index plus one; 0 for an empty workforce. */
  public int nextIndex() {
    return people.stream().mapToInt(Person::index).max().orElse(-1) + 1;
  }

  /**
   * This workforce with other people, same hierarchy and bands.
   *
   * @param newPeople the people
   * @return the new workforce
   * @throws IllegalArgumentException as {@link #of(TeamHierarchy, Iterable, TenureBands)}
   */
  public SyntheticWorkforce withPeople(Iterable<Person> newPeople) {
    return of(hierarchy, newPeople, tenureBands);
  }

  /** All attributes of everyone, in order; convenient for building a {@link Roster}. */
  public ImmutableList<Attributes> attributes() {
    return people.stream().map(Person::attributes).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyntheticWorkforce
        && hierarchy.equals(((SyntheticWorkforce) other).hierarchy)
        && people.equals(((SyntheticWorkforce) other).people)
        && tenureBands.equals(((SyntheticWorkforce) other).tenureBands);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(hierarchy, people, tenureBands);
  }

  @Override
  public String toString() {
    return "SyntheticWorkforce{people=" + people.size() + ", teams=" + hierarchy.teams().size()
        + ", depth=" + hierarchy.depth() + "}";
  }
}

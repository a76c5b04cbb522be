package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.belonging.instrument.Construct;
import dev.belonging.internal.BelongingStyle;
import dev.belonging.internal.Checks;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One micro-intervention of an {@link InterventionCatalog}: a small, concrete change a team or
 * organisation can try for about a month and then evaluate on the survey items it targets.
 *
 * <p>Entries say what they aim at ({@link #targets() constructs}, {@link #servedGroups() groups}),
 * where they fit ({@link #orgShapes() organisation shapes}), what they take ({@link #effort()},
 * {@link #cost()}, {@link #cadence()}), and how to judge them ({@link #trialDays()}, {@link
 * #watchedItems()}). {@link PerformativePattern#check(Intervention)} flags entries that look like
 * performative gestures.
 *
 * <p>Build with {@link #builder()}; every field except {@link #sharing()} and {@link
 * #dailyPractice()} is required. Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class Intervention {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The smallest allowed {@link #trialDays()}. */
  public static final int MIN_TRIAL_DAYS = 7;
  /** The largest allowed {@link #trialDays()}. */
  public static final int MAX_TRIAL_DAYS = 180;

  Intervention() {}

  /** Stable identifier: lower case letters, digits and underscores, starting with a letter. */
  public abstract String id();

  /** Short name for people, such as "Remote and office coffee pairs". */
  public abstract String name();

  /** One paragraph saying what the intervention is and why it helps. */
  public abstract String summary();

  /** Concrete steps, in order; at least one. */
  public abstract ImmutableList<String> steps();

  /** The constructs the intervention aims to improve; at least one. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<Construct> targets();

  /** The groups it is designed for; at least one. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<ServedGroup> servedGroups();

  /** The organisation shapes it suits; at least one. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<OrgShape> orgShapes();

  /** What sort of thing it is. */
  public abstract Kind kind();

  /** How much work it takes to run. */
  public abstract Level effort();

  /** How much money it takes. */
  public abstract Level cost();

  /** How often it happens. */
  public abstract Cadence cadence();

  /**
   * Suggested trial length in days before evaluating, in [{@value #MIN_TRIAL_DAYS}, {@value
   * #MAX_TRIAL_DAYS}]; about 30 for most entries.
   */
  public abstract int trialDays();

  /**
   * Ids of the instrument items to re-ask and compare when evaluating a trial; at least one. The
   * ids refer to the survey instrument in use.
   */
  public abstract ImmutableList<String> watchedItems();

  /** Who is asked to share something personal; {@link Sharing#NONE} unless set. */
  @Value.Default
  public Sharing sharing() {
    return Sharing.NONE;
  }

  /**
   * For training: the recurring, everyday behaviour the training feeds into. A training without
   * one is flagged as {@link PerformativePattern#DISCONNECTED_TRAINING}.
   */
  public abstract Optional<String> dailyPractice();

  /** A builder; see the accessors for the rules of each field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intervention}; {@code build()} throws IllegalArgumentException if invalid. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw new IllegalArgumentException(
          "intervention id must match " + ID.pattern() + ", but was '" + id() + "'");
    }
    Checks.notBlank("name of intervention '" + id() + "'", name());
    Checks.notBlank("summary of intervention '" + id() + "'", summary());
    nonEmpty("steps", steps().size());
    nonEmpty("targets", targets().size());
    nonEmpty("servedGroups", servedGroups().size());
    nonEmpty("orgShapes", orgShapes().size());
    nonEmpty("watchedItems", watchedItems().size());
    for (int i = 0; i < steps().size(); i++) {
      Checks.notBlank("steps[" + i + "] of intervention '" + id() + "'", steps().get(i));
    }
    for (int i = 0; i < watchedItems().size(); i++) {
      Checks.notBlank(
          "watchedItems[" + i + "] of intervention '" + id() + "'", watchedItems().get(i));
    }
    if (trialDays() < MIN_TRIAL_DAYS || trialDays() > MAX_TRIAL_DAYS) {
      throw new IllegalArgumentException("trialDays of intervention '" + id() + "' must be in ["
          + MIN_TRIAL_DAYS + ", " + MAX_TRIAL_DAYS + "], but was " + trialDays());
    }
    dailyPractice().ifPresent(
        p -> Checks.notBlank("dailyPractice of intervention '" + id() + "'", p));
  }

  private void nonEmpty(String field, int size) {
    if (size < 1) {
      throw new IllegalArgumentException(
          field + " of intervention '" + id() + "' must not be empty");
    }
  }

  @Override
  public String toString() {
    return "Intervention{" + id() + "}";
  }
}

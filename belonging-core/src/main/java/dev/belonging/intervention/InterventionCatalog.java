package dev.belonging.intervention;

import com.google.common.collect.ImmutableList;
import dev.belonging.internal.BelongingStyle;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered set of {@link Intervention interventions} with unique ids: the content the {@link
 * Recommender} chooses from.
 *
 * <p>Start from {@link #builtIn()} (belonging's own entries) and {@link #with(Intervention) add or
 * replace} or {@link #without(String) remove} entries, or build a catalog of your own content
 * from scratch with {@link #builder()} or {@link #of(Iterable)}. Order is the insertion order;
 * {@link #with(Intervention)} keeps a replaced entry's position.
 *
 * <p>Instances are immutable and thread-safe; equality is by value.
 */
@Value.Immutable
@BelongingStyle
public abstract class InterventionCatalog {
  private static final InterventionCatalog BUILT_IN = of(BuiltInCatalog.entries());

  InterventionCatalog() {}

  /** The entries, in catalog order; ids are unique. */
  public abstract ImmutableList<Intervention> interventions();

  /**
   * belonging's built-in catalog: more than twenty micro-interventions for remote staff, new
   * joiners, junior staff, frontline staff and everyone, with the prerequisites psychological
   * safety and procedural fairness covered. All entries pass {@link
   * PerformativePattern#check(Intervention)} without warnings.
   *
   * @return the built-in catalog
   */
  public static InterventionCatalog builtIn() {
    return BUILT_IN;
  }

  /**
   * A catalog of the given entries, in order.
   *
   * @param interventions the entries
   * @return the catalog
   * @throws IllegalArgumentException if two entries share an id
   */
  public static InterventionCatalog of(Iterable<Intervention> interventions) {
    return builder().addAllInterventions(interventions).build();
  }

  /** A builder for a catalog of one's own content. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InterventionCatalog}; {@code build()} rejects duplicate ids. */
  public static final class Builder extends ImmutableInterventionCatalog.Builder {
    Builder() {}
  }

  /**
   * Looks an entry up by id.
   *
   * @param id the intervention id
   * @return the entry, or empty when this catalog has none with that id
   */
  public Optional<Intervention> get(String id) {
    for (Intervention intervention : interventions()) {
      if (intervention.id().equals(id)) {
        return Optional.of(intervention);
      }
    }
    return Optional.empty();
  }

  /** The ids of the entries, in catalog order. */
  public ImmutableList<String> ids() {
    return interventions().stream().map(Intervention::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * This catalog with one entry added at the end or, when an entry with the same id exists,
   * replaced in place.
   *
   * @param intervention the entry
   * @return the new catalog
   */
  public InterventionCatalog with(Intervention intervention) {
    ImmutableList.Builder<Intervention> entries = ImmutableList.builder();
    boolean replaced = false;
    for (Intervention existing : interventions()) {
      if (existing.id().equals(intervention.id())) {
        entries.add(intervention);
        replaced = true;
      } else {
        entries.add(existing);
      }
    }
    if (!replaced) {
      entries.add(intervention);
    }
    return of(entries.build());
  }

  /**
   * This catalog without the entry with the given id.
   *
   * @param id the id of the entry to remove
   * @return the new catalog
   * @throws IllegalArgumentException if the catalog has no entry with that id
   */
  public InterventionCatalog without(String id) {
    if (get(id).isEmpty()) {
      throw new IllegalArgumentException(
          "catalog must contain the intervention to remove, but has no id '" + id + "'");
    }
    ImmutableList.Builder<Intervention> entries = ImmutableList.builder();
    for (Intervention existing : interventions()) {
      if (!existing.id().equals(id)) {
        entries.add(existing);
      }
    }
    return of(entries.build());
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < interventions().size(); i++) {
      String id = interventions().get(i).id();
      if (!seen.add(id)) {
        throw new IllegalArgumentException("intervention ids must be unique, but interventions["
            + i + "] repeats id '" + id + "'");
      }
    }
  }

  @Override
  public String toString() {
    return "InterventionCatalog" + ids();
  }
}

package dev.belonging.anonymity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of disclosure control for a list of requested cells: for each cell, published or
 * suppressed with a reason; how many were suppressed and why; the policy used; and a {@link
 * Certificate} covering everything released so far.
 *
 * <p>A release never contains a count of a suppressed cell. Instances are immutable and
 * thread-safe.
 */
public final class Release {
  private final AnonymityPolicy policy;
  private final ImmutableList<CellDecision> decisions;
  private final ImmutableMap<String, CellDecision> byKey;
  private final Certificate certificate;

  Release(AnonymityPolicy policy, ImmutableList<CellDecision> decisions, Certificate certificate) {
    this.policy = policy;
    this.decisions = decisions;
    ImmutableMap.Builder<String, CellDecision> map = ImmutableMap.builder();
    decisions.forEach(d -> map.put(d.key(), d));
    this.byKey = map.buildKeepingLast();
    this.certificate = certificate;
  }

  /** The policy the decisions were made under. */
  public AnonymityPolicy policy() {
    return policy;
  }

  /** One decision per requested cell, in request order. */
  public ImmutableList<CellDecision> decisions() {
    return decisions;
  }

  /**
   * The decision on a cell.
   *
   * @param key the cell's key
   * @return the decision, or empty if the cell was not requested
   */
  public Optional<CellDecision> decision(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * Whether a cell may be published.
   *
   * @param key the cell's key
   * @return true if requested and published
   */
  public boolean isPublished(String key) {
    CellDecision d = byKey.get(key);
    return d != null && d.published();
  }

  /** The keys of the published cells, in request order. */
  public ImmutableList<String> publishedKeys() {
    return decisions.stream().filter(CellDecision::published).map(CellDecision::key)
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of published cells. */
  public int publishedCount() {
    return (int) decisions.stream().filter(CellDecision::published).count();
  }

  /** The number of suppressed cells by reason (every reason present, possibly 0). */
  public ImmutableMap<SuppressionReason, Integer> suppressedByReason() {
    Map<SuppressionReason, Integer> counts = new EnumMap<>(SuppressionReason.class);
    for (SuppressionReason r : SuppressionReason.values()) {
      counts.put(r, 0);
    }
    decisions.forEach(d -> d.reason().ifPresent(r -> counts.merge(r, 1, Integer::sum)));
    return ImmutableMap.copyOf(counts);
  }

  /** The certificate of everything released so far by the ledger that made this release. */
  public Certificate certificate() {
    return certificate;
  }

  @Override
  public String toString() {
    return "Release{requested=" + decisions.size() + ", published=" + publishedCount()
        + ", suppressed=" + suppressedByReason() + ", policy=" + policy + "}";
  }
}

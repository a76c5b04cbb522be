package dev.belonging.anonymity;

import java.util.List;
import java.util.Objects;

/**
 * Disclosure control for one release: decides which requested cells may be published so that no
 * combination of them reveals a group below the minimum, with the guarantee, method and
 * citations stated on {@link DisclosureLedger} (this is a fresh ledger per call).
 *
 * <p>Usage: {@code DisclosureControl.withDefaults().protect(n, requests)}. Instances are
 * immutable and thread-safe. With more than one processor a release runs searches on the common
 * fork-join pool too; its decisions do not depend on it (see the ledger's "Parallelism").
 */
public final class DisclosureControl {
  private final AnonymityPolicy policy;

  private DisclosureControl(AnonymityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Disclosure control under {@link AnonymityPolicy#withDefaults()}. */
  public static DisclosureControl withDefaults() {
    return new DisclosureControl(AnonymityPolicy.withDefaults());
  }

  /**
   * This operation under another policy.
   *
   * @param newPolicy the policy
   * @return the configured operation
   */
  public DisclosureControl withPolicy(AnonymityPolicy newPolicy) {
    return new DisclosureControl(newPolicy);
  }

  /** The policy. */
  public AnonymityPolicy policy() {
    return policy;
  }

  /**
   * Decides the requested cells.
   *
   * @param respondents the population size {@code n}; members are indices in {@code [0, n)}
   * @param requests the requested cells, keys unique
   * @return the decisions and certificate
   * @throws IllegalArgumentException if {@code respondents < 0}, an index is out of range or a
   *     key repeats
   */
  public Release protect(int respondents, List<CellRequest> requests) {
    return DisclosureLedger.create(policy, respondents).release(requests);
  }
}

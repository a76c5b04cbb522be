package dev.belonging.disaggregation;

import dev.belonging.anonymity.AnonymityPolicy;
import dev.belonging.anonymity.CellDecision;
import dev.belonging.anonymity.CellKind;
import dev.belonging.anonymity.CellRequest;
import dev.belonging.anonymity.DisclosureControl;
import dev.belonging.anonymity.Members;
import java.util.ArrayList;
import java.util.List;

/**
 * The release gate of every disaggregation: {@link DisclosureControl}'s exact check over all cells
 * of the release, primary and secondary suppression together, decided from membership only.
 *
 * <p>The engine identifies respondents by index. Respondents of one atom (one combination of every
 * dimension's value) are indistinguishable to anything a cell publishes, so each atom of {@code s}
 * respondents becomes {@code s} consecutive indices and a cell is the union of its atoms' ranges;
 * no respondent is identified. Cells are decided in publication priority: the whole organisation
 * first, then breakdowns with fewer dimensions (the engine breaks ties by larger size first), so
 * totals and single dimensions are kept and intersections give way.
 */
final class AnonymityGate implements ReleaseGate {
  private final AnonymityPolicy policy;

  AnonymityGate(AnonymityPolicy policy) {
    this.policy = policy;
  }

  /** The policy of a disaggregation's minimums, raising dependent minimums where needed. */
  static AnonymityPolicy policyFor(int minimumGroupSize, int sensitiveMinimumGroupSize) {
    AnonymityPolicy defaults = AnonymityPolicy.withDefaults();
    return defaults
        .withCommentMinimum(Math.max(defaults.commentMinimum(), minimumGroupSize))
        .withSensitiveMinimum(Math.max(sensitiveMinimumGroupSize, minimumGroupSize))
        .withResponseRateMinimum(minimumGroupSize)
        .withMinimumGroupSize(minimumGroupSize);
  }

  @Override
  public SuppressionReason[] decide(CellMembership membership) {
    int cells = membership.cellCount();
    List<List<int[]>> ranges = new ArrayList<>(cells);
    for (int c = 0; c < cells; c++) {
      ranges.add(new ArrayList<>());
    }
    long next = 0;
    for (long atom : membership.atoms()) {
      long size = membership.atomSize(atom);
      if (next + size > Integer.MAX_VALUE) {
        throw new IllegalStateException("a release of more than " + Integer.MAX_VALUE
            + " respondents exceeds the disclosure check's index space");
      }
      int[] range = {(int) next, (int) (next + size)};
      for (int c : membership.requestedCellsOf(atom)) {
        ranges.get(c).add(range);
      }
      next += size;
    }
    List<CellRequest> requests = new ArrayList<>(cells);
    for (int c = 0; c < cells; c++) {
      int[] members = new int[(int) membership.size(c)];
      int at = 0;
      for (int[] range : ranges.get(c)) {
        for (int i = range[0]; i < range[1]; i++) {
          members[at++] = i;
        }
      }
      if (at != members.length) {
        throw new IllegalStateException(
            "cell " + c + ": its atoms hold " + at + " respondents, its tally " + members.length);
      }
      requests.add(CellRequest.of(key(c), Members.of(members), CellKind.SCORE,
          membership.sensitive(c), -membership.dimensionCount(c)));
    }
    List<CellDecision> decisions = DisclosureControl.withDefaults().withPolicy(policy)
        .protect((int) next, requests).decisions();
    SuppressionReason[] result = new SuppressionReason[cells];
    for (int c = 0; c < cells; c++) {
      CellDecision decision = decisions.get(c);
      result[c] = decision.reason().map(AnonymityGate::reason).orElse(null);
    }
    return result;
  }

  private static SuppressionReason reason(dev.belonging.anonymity.SuppressionReason reason) {
    switch (reason) {
      case BELOW_MINIMUM:
        return SuppressionReason.BELOW_MINIMUM;
      case COMPLEMENTARY:
        return SuppressionReason.COMPLEMENTARY;
      default:
        throw new IllegalStateException("unknown suppression reason " + reason);
    }
  }

  /**
   * The implicit complement of a published cell within the published whole is derivable from the
   * two, so the exact check already refused any cell whose complement is a small group; this only
   * keeps the primary minimum for complements of cells it did not see.
   */
  @Override
  public boolean mayUseComplement(long size, boolean sensitive) {
    return size >= policy.minimumFor(CellKind.SCORE, sensitive);
  }

  private static String key(int cell) {
    return "cell-" + cell;
  }

  @Override
  public String toString() {
    return "AnonymityGate[" + policy + "]";
  }
}

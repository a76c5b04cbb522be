package dev.belonging.fairness;

import dev.belonging.workforce.Dimension;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Checks and summaries shared by the per-group checks. */
final class Groups {
  private Groups() {}

  /** Requires a non-empty list whose entries have distinct group labels. */
  static <T> void requireDistinct(String name, List<T> entries, Function<T, String> label) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!seen.add(label.apply(entries.get(i)))) {
        throw new IllegalArgumentException(
            name + "[" + i + "] repeats group '" + label.apply(entries.get(i)) + "'");
      }
    }
  }

  /** The summary sentence of a check with {@link DisparityVerdict}s. */
  static String summary(Dimension dimension, int groups, int published, int[] verdicts,
      String flaggedMeaning) {
    int suppressed = groups - published;
    String by = "'" + dimension.name() + "'";
    if (published == 0) {
      return "All " + groups + " groups by " + by
          + " are suppressed (each is too small to publish or would reveal one that is);"
          + " nothing can be said.";
    }
    if (published == 1) {
      return "Only one group by " + by + " can be published (" + suppressed
          + " suppressed); there is nothing to compare it with.";
    }
    return "Of " + groups + " groups by " + by + ", " + published + " are published ("
        + suppressed + " suppressed); against the reference, "
        + verdicts[DisparityVerdict.FLAGGED_AND_SUPPORTED.ordinal()] + " " + flaggedMeaning
        + " with statistical support, "
        + verdicts[DisparityVerdict.FLAGGED_NOT_SUPPORTED.ordinal()]
        + " below the threshold but not supported at this size, "
        + verdicts[DisparityVerdict.NOT_FLAGGED.ordinal()] + " not flagged.";
  }
}

package dev.belonging.cli;

import dev.belonging.disaggregation.Change;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.DisparityVerdict;
import dev.belonging.fairness.GroupImpact;
import dev.belonging.fairness.GroupResult;
import dev.belonging.intervention.Intervention;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.Recommendation;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The short terminal summary of an analysis (numbers of published cells only). */
final class Summary {
  private Summary() {}

  static void print(Analysis.Result result, PrintWriter out) {
    DisaggregationReport r = result.report();
    long cells = r.breakdowns().stream().mapToLong(b -> b.cells().size()).sum();
    Analysis.Policy policy = result.input().policy();
    line(out, "responses", Html.count(result.input().responses().size())
        + r.responseRates().stream().filter(rr -> rr.breakdown().isEmpty()).findFirst()
            .filter(rr -> rr.rate().isPresent() && rr.invited().isPresent())
            .map(rr -> " of " + Html.count(rr.invited().getAsLong()) + " invited ("
                + Html.percent(rr.rate().getAsDouble()) + ")").orElse(""));
    line(out, "cells", Html.count(cells - r.suppressedCount()) + " published, "
        + Html.count(r.suppressedCount()) + " suppressed (at least "
        + policy.minimumGroupSize() + " people, " + policy.sensitiveMinimumGroupSize()
        + " for sensitive groups)");
    List<Gap> gaps = r.gaps().stream().filter(g -> g.credible() && g.difference() < 0)
        .sorted(Comparator.comparingDouble(g -> g.hedgesG().orElse(0)))
        .limit(3).collect(Collectors.toList());
    line(out, "credible gaps", gaps.isEmpty() ? "none below the baseline"
        : gaps.stream().map(g -> HtmlReport.label(g.subgroup()) + " on "
            + g.construct().label().toLowerCase(java.util.Locale.ROOT) + " "
            + Html.signed(g.difference()) + " (q " + Html.p(g.q().orElse(1)) + ")")
            .collect(Collectors.joining("; ")));
    result.trend().ifPresent(t -> line(out, "wins", t.wins().isEmpty() ? "none this time"
        : t.wins().stream().limit(3).map(Summary::win).collect(Collectors.joining("; "))));
    for (AdverseImpactResult a : result.promotions()) {
      List<String> supported = groups(a, DisparityVerdict.FLAGGED_AND_SUPPORTED);
      List<String> unsupported = groups(a, DisparityVerdict.FLAGGED_NOT_SUPPORTED);
      String text = "promotions by " + a.dimension() + ": ";
      if (supported.isEmpty() && unsupported.isEmpty()) {
        text += "no group below four-fifths of the highest rate";
      } else {
        text += supported.isEmpty() ? "" : "disparity flagged and supported for "
            + String.join(", ", supported);
        text += supported.isEmpty() || unsupported.isEmpty() ? "" : "; ";
        text += unsupported.isEmpty() ? "" : "below four-fifths but not supported at this size "
            + "for " + String.join(", ", unsupported);
      }
      line(out, "fairness", text);
    }
    List<Recommendation> recs = result.recommendations().entries();
    if (recs.isEmpty()) {
      line(out, "recommendations", "none (no credible gap calls for one)");
    }
    for (int i = 0; i < Math.min(3, recs.size()); i++) {
      Recommendation rec = recs.get(i);
      line(out, i == 0 ? "recommendations" : "", rec.rank() + ". " + rec.intervention()
          .map(Intervention::name).orElse("first fix " + rec.construct().label()));
    }
    result.pairing().ifPresent(p -> line(out, "pairing", pairing(p)));
  }

  private static List<String> groups(AdverseImpactResult a, DisparityVerdict verdict) {
    return a.groups().stream().filter(GroupResult::isPublished).map(GroupResult::value)
        .filter(g -> g.verdict() == verdict).map(GroupImpact::group)
        .collect(Collectors.toList());
  }

  private static String win(Change c) {
    return (c.breakdown().isEmpty() ? "everyone" : HtmlReport.label(c.subgroup())) + " on "
        + c.construct().label().toLowerCase(java.util.Locale.ROOT) + " "
        + Html.signed(c.difference());
  }

  static String pairing(PairingRound p) {
    long people = p.groups().stream().mapToLong(g -> g.members().size()).sum();
    long trios = p.groups().stream().filter(PairingGroup::isTrio).count();
    return Html.count(people) + " people in " + Html.count(p.groups().size()) + " groups ("
        + trios + " trios), " + Html.count(p.unmatched().size()) + " unmatched";
  }

  static void line(PrintWriter out, String label, String text) {
    out.printf(java.util.Locale.ROOT, "  %-16s %s%n", label, text);
  }
}

package dev.belonging.cli;

import static dev.belonging.cli.Html.escape;

import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.Change;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.disaggregation.GroupStatistics;
import dev.belonging.disaggregation.ResponseRate;
import dev.belonging.disaggregation.ScoreStatistics;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.disaggregation.SuppressionReason;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.GroupFairnessGap;
import dev.belonging.fairness.GroupImpact;
import dev.belonging.fairness.GroupParticipation;
import dev.belonging.fairness.GroupResult;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.Suppression;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import dev.belonging.intervention.Intervention;
import dev.belonging.intervention.PairingGroup;
import dev.belonging.intervention.PairingRound;
import dev.belonging.intervention.PerformativeWarning;
import dev.belonging.intervention.Recommendation;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.Unmatched;
import dev.belonging.intervention.UnmatchedReason;
import dev.belonging.stats.Interval;
import dev.belonging.workforce.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders an {@link Analysis.Result} as one self-contained HTML page: inline CSS and inline SVG, no
 * script, no font, no image and no request to any network (a Content-Security-Policy forbids
 * them), so it reads the same from a mail attachment, offline, or printed.
 *
 * <p>Every text from the inputs (instrument titles, item wording, group labels, intervention
 * names) is escaped by {@link Html#escape}. Suppressed cells are shown as the word "suppressed"
 * over a hatched background with the reason, never as a number, zero or blank.
 */
final class HtmlReport {
  /** Gaps per construct shown in a gap chart; credible gaps first, then the largest. */
  static final int GAPS_PER_CHART = 16;
  /** Trend rows listed besides the wins. */
  static final int TREND_ROWS = 30;

  private final Analysis.Result result;
  private final String toolVersion;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private HtmlReport(Analysis.Result result, String toolVersion) {
    this.result = result;
    this.toolVersion = toolVersion;
  }

  /** The page for a result; deterministic (no clock, no random). */
  static String render(Analysis.Result result, String toolVersion) {
    return new HtmlReport(result, toolVersion).page();
  }

  private DisaggregationReport report() {
    return result.report();
  }

  private Instrument instrument() {
    return result.input().instrument();
  }

  private String page() {
    String title = "Belonging report: " + instrument().title() + ", wave "
        + result.input().waveId();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(title);
    summary();
    heatMap();
    gapCharts();
    responseRates();
    trends();
    fairness();
    recommendations();
    pairing();
    policy();
    out.append("<footer><p>Made by belonging ").append(escape(toolVersion))
        .append(". Synthetic or real, every number here passed the anonymity policy above; ")
        .append("suppressed cells carry no number at all.</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  // ------------------------------------------------------------------ header and summary

  private void header(String title) {
    Analysis.Input in = result.input();
    out.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
        .append("Instrument <b>").append(escape(instrument().title())).append("</b> (")
        .append(escape(instrument().id())).append(' ')
        .append(escape(instrument().version().toString())).append("), ")
        .append(Html.count(in.responses().size())).append(" responses");
    in.previous().ifPresent(p -> out.append(", compared with wave ")
        .append(escape(p.waveId())));
    out.append(".</p>\n<nav><a href=\"#heatmap\">Heat map</a> <a href=\"#gaps\">Gaps</a> ")
        .append("<a href=\"#response-rates\">Response rates</a> <a href=\"#trends\">Trends ")
        .append("and wins</a> <a href=\"#fairness\">Fairness</a> <a href=\"#recommendations\">")
        .append("Recommendations</a> <a href=\"#pairing\">Pairing</a> <a href=\"#policy\">")
        .append("Anonymity policy</a></nav>\n</header>\n");
  }

  private void summary() {
    DisaggregationReport r = report();
    long cells = r.breakdowns().stream().mapToLong(b -> b.cells().size()).sum();
    long suppressed = r.suppressedCount();
    List<Gap> credible = r.gaps().stream().filter(Gap::credible)
        .sorted(Comparator.comparingDouble(Gap::difference)).collect(Collectors.toList());
    out.append("<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"kpis\">\n");
    kpi(Html.count(result.input().responses().size()), "responses analysed");
    r.responseRates().stream().filter(rr -> rr.breakdown().isEmpty()).findFirst()
        .flatMap(rr -> rr.rate().isPresent() ? Optional.of(rr.rate().getAsDouble())
            : Optional.empty())
        .ifPresent(rate -> kpi(Html.percent(rate), "response rate"));
    kpi(Html.count(cells - suppressed) + " / " + Html.count(cells), "cells published");
    kpi(Html.count(suppressed), "cells suppressed");
    kpi(Html.count(credible.stream().filter(g -> g.difference() < 0).count()),
        "credible gaps below the baseline");
    kpi(Html.count(result.recommendations().entries().size()), "recommendations");
    out.append("</ul>\n");
    if (!result.input().exclusions().isEmpty()) {
      out.append("<p>Left out of the analysis, and counted:</p>\n<ul>\n");
      result.input().exclusions().forEach(x -> out.append("<li>").append(escape(x))
          .append("</li>\n"));
      out.append("</ul>\n");
    }
    List<Gap> lowest = credible.stream().filter(g -> g.difference() < 0).limit(5)
        .collect(Collectors.toList());
    if (lowest.isEmpty()) {
      out.append("<p>No credible gap below the baseline (q &lt; ")
          .append(Html.number(Gap.CREDIBLE_Q)).append(").</p>\n");
    } else {
      out.append("<p>The largest credible gaps:</p>\n<ol class=\"findings\">\n");
      for (Gap g : lowest) {
        out.append("<li><b>").append(escape(label(g.subgroup()))).append("</b> score ")
            .append(Html.number(-g.difference())).append(" points lower on <b>")
            .append(escape(g.construct().label())).append("</b> than ")
            .append(escape(baseline(g))).append(" (Hedges' g ")
            .append(g.hedgesG().isPresent() ? Html.signed(g.hedgesG().getAsDouble()) : "n/a")
            .append(", q ").append(g.q().isPresent() ? Html.p(g.q().getAsDouble()) : "n/a")
            .append(").</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("</section>\n");
  }

  private void kpi(String value, String label) {
    out.append("<li><span class=\"kpi\">").append(escape(value)).append("</span> ")
        .append(escape(label)).append("</li>\n");
  }

  // ------------------------------------------------------------------ heat map

  /** The constructs of the instrument that have closed items, in instrument order. */
  private List<Construct> constructs() {
    Set<Construct> constructs = new LinkedHashSet<>();
    for (Item item : instrument().closedItems()) {
      item.construct().ifPresent(constructs::add);
    }
    return new ArrayList<>(constructs);
  }

  private void heatMap() {
    List<Construct> constructs = constructs();
    Map<String, Gap> gaps = new TreeMap<>();
    report().gaps().forEach(g -> gaps.put(key(g.breakdown().name(), g.subgroup(),
        g.construct()), g));
    out.append("<section id=\"heatmap\">\n<h2>Heat map: subgroup by construct</h2>\n")
        .append("<p>Each cell shows the group's mean score (on the items' scale) and, below it, ")
        .append("the difference to its baseline (the rest of the organisation unless stated). ")
        .append("Colour follows the standardised difference (Hedges' g): ")
        .append("<span class=\"swatch neg\"></span> lower, <span class=\"swatch pos\"></span> ")
        .append("higher. A <b>&#9679;</b> marks a credible gap (q &lt; ")
        .append(Html.number(Gap.CREDIBLE_Q)).append(" after Benjamini-Hochberg). ")
        .append("<span class=\"swatch hatch\"></span> <b>suppressed</b> cells are withheld by ")
        .append("the anonymity policy and carry no number.</p>\n");
    for (BreakdownResult b : report().breakdowns()) {
      out.append("<h3>By ").append(escape(breakdownLabel(b))).append("</h3>\n")
          .append("<div class=\"scroll\"><table class=\"heatmap\" data-breakdown=\"")
          .append(escape(b.breakdown().name())).append("\">\n<thead><tr><th scope=\"col\">")
          .append("Group</th><th scope=\"col\">n</th>");
      constructs.forEach(c -> out.append("<th scope=\"col\">").append(escape(c.label()))
          .append("</th>"));
      out.append("</tr></thead>\n<tbody>\n");
      overallRow(constructs);
      for (CellResult cell : b.cells()) {
        out.append("<tr><th scope=\"row\">").append(escape(valueLabel(cell.subgroup())))
            .append("</th>");
        if (cell.statistics().isPresent()) {
          out.append("<td class=\"n\">").append(Html.count(cell.statistics().get().respondents()))
              .append("</td>");
        } else {
          out.append("<td class=\"n suppressed-n\">&mdash;</td>");
        }
        for (Construct c : constructs) {
          heatCell(b, cell, c, gaps.get(key(b.breakdown().name(), cell.subgroup(), c)));
        }
        out.append("</tr>\n");
      }
      out.append("</tbody></table></div>\n");
    }
    out.append("</section>\n");
  }

  private void overallRow(List<Construct> constructs) {
    CellResult overall = report().overall();
    out.append("<tr class=\"overall\"><th scope=\"row\">Everyone</th>");
    if (overall.statistics().isEmpty()) {
      out.append("<td class=\"n suppressed-n\">&mdash;</td>");
      constructs.forEach(c -> out.append("<td class=\"overall-cell suppressed\">suppressed</td>"));
    } else {
      GroupStatistics s = overall.statistics().get();
      out.append("<td class=\"n\">").append(Html.count(s.respondents())).append("</td>");
      for (Construct c : constructs) {
        Optional<ScoreStatistics> score = s.construct(c);
        out.append("<td class=\"overall-cell\">");
        if (score.isPresent() && score.get().mean().isPresent()) {
          out.append("<span class=\"mean\">").append(Html.number(score.get().mean().getAsDouble()))
              .append("</span>");
        } else {
          out.append("no answers");
        }
        out.append("</td>");
      }
    }
    out.append("</tr>\n");
  }

  private void heatCell(BreakdownResult b, CellResult cell, Construct c, @Nullable Gap gap) {
    out.append("<td class=\"hm-cell ");
    String subgroup = escape(subgroupKey(cell.subgroup()));
    if (cell instanceof CellResult.Suppressed) {
      SuppressionReason reason = ((CellResult.Suppressed) cell).reason();
      out.append("suppressed\" data-state=\"suppressed\" data-subgroup=\"").append(subgroup)
          .append("\" data-construct=\"").append(escape(c.id())).append("\" title=\"")
          .append(escape(reasonText(reason, b))).append("\">")
          .append("<span class=\"state\">suppressed</span><span class=\"why\">")
          .append(reason == SuppressionReason.BELOW_MINIMUM ? "too few people"
              : "would reveal a smaller group")
          .append("</span></td>");
      return;
    }
    Optional<ScoreStatistics> score = cell.statistics().flatMap(s -> s.construct(c));
    if (score.isEmpty() || score.get().mean().isEmpty()) {
      out.append("empty\" data-state=\"no-answers\" data-subgroup=\"").append(subgroup)
          .append("\" data-construct=\"").append(escape(c.id()))
          .append("\"><span class=\"state\">no answers</span></td>");
      return;
    }
    ScoreStatistics s = score.get();
    double g = gap == null || gap.hedgesG().isEmpty() ? 0 : gap.hedgesG().getAsDouble();
    boolean credible = gap != null && gap.credible();
    out.append(credible ? "credible " : "").append("published\" data-state=\"published\" ")
        .append("data-subgroup=\"").append(subgroup).append("\" data-construct=\"")
        .append(escape(c.id())).append("\" style=\"background:").append(colour(g))
        .append("\" title=\"").append(escape(tooltip(s, gap))).append("\">")
        .append("<span class=\"mean\">").append(Html.number(s.mean().getAsDouble()))
        .append("</span>");
    if (gap != null) {
      out.append("<span class=\"delta\">").append(credible ? "&#9679; " : "")
          .append(Html.signed(gap.difference())).append("</span>");
    }
    out.append("</td>");
  }

  private static String tooltip(ScoreStatistics s, @Nullable Gap gap) {
    StringBuilder t = new StringBuilder();
    t.append("n = ").append(s.respondents()).append(", mean ")
        .append(Html.number(s.mean().getAsDouble()));
    s.meanInterval().ifPresent(i -> t.append(" (95% CI ").append(interval(i)).append(')'));
    s.favorable().ifPresent(f -> t.append(", favorable ").append(Html.percent(f)));
    if (gap != null) {
      t.append("; difference ").append(Html.signed(gap.difference()));
      gap.differenceInterval().ifPresent(i -> t.append(" (95% CI ").append(interval(i))
          .append(')'));
      gap.q().ifPresent(q -> t.append(", q ").append(Html.p(q)));
      gap.minimumDetectableDifference().ifPresent(m -> t.append(", detectable from ")
          .append(Html.number(m)).append(" SD"));
    }
    return t.toString();
  }

  /** A diverging colour for a standardised difference, clamped to [-1, 1]. */
  static String colour(double g) {
    double x = Math.max(-1, Math.min(1, g));
    double lightness = 96 - 38 * Math.abs(x);
    int hue = x < 0 ? 12 : 205;
    return String.format(java.util.Locale.ROOT, "hsl(%d, 70%%, %.0f%%)", hue, lightness);
  }

  // ------------------------------------------------------------------ gap charts

  private void gapCharts() {
    out.append("<section id=\"gaps\">\n<h2>Gaps with 95% intervals</h2>\n")
        .append("<p>Each line is one published group's difference to its baseline on a ")
        .append("construct (points on the items' scale), with its 95% Welch interval. Filled ")
        .append("dots are credible gaps. Intervals crossing zero do not show a difference; ")
        .append("small groups have wide intervals and can only reveal large gaps.</p>\n");
    boolean any = false;
    for (Construct c : constructs()) {
      List<Gap> gaps = report().gaps().stream()
          .filter(g -> g.construct().equals(c) && g.differenceInterval().isPresent())
          .collect(Collectors.toList());
      if (gaps.isEmpty()) {
        continue;
      }
      any = true;
      List<Gap> shown = gaps.stream()
          .sorted(Comparator.comparing((Gap g) -> !g.credible())
              .thenComparing(g -> -Math.abs(g.difference())))
          .limit(GAPS_PER_CHART)
          .sorted(Comparator.comparingDouble(Gap::difference))
          .collect(Collectors.toList());
      out.append("<figure class=\"gapchart\" data-construct=\"").append(escape(c.id()))
          .append("\">\n<figcaption>").append(escape(c.label()));
      if (shown.size() < gaps.size()) {
        out.append(" (the ").append(shown.size()).append(" most notable of ")
            .append(gaps.size()).append(" gaps)");
      }
      out.append("</figcaption>\n");
      svg(shown);
      out.append("</figure>\n");
    }
    if (!any) {
      out.append("<p>No gap could be computed: no two published groups to compare.</p>\n");
    }
    out.append("</section>\n");
  }

  private void svg(List<Gap> gaps) {
    int labelWidth = 300;
    int plotWidth = 380;
    int row = 20;
    int top = 8;
    int height = top + row * gaps.size() + 28;
    double max = 0.1;
    for (Gap g : gaps) {
      Interval i = g.differenceInterval().orElseThrow();
      max = Math.max(max, Math.max(finite(Math.abs(i.lower()), g), finite(Math.abs(i.upper()), g)));
    }
    double scale = max;
    Function<Double, Double> x =
        v -> labelWidth + plotWidth / 2.0 + v / scale * (plotWidth / 2.0 - 6);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(labelWidth + plotWidth + 70).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(labelWidth + plotWidth + 70).append(' ')
        .append(height).append("\">\n");
    out.append("<line x1=\"").append(fmt(x.apply(0.0))).append("\" y1=\"").append(top - 4)
        .append("\" x2=\"").append(fmt(x.apply(0.0))).append("\" y2=\"")
        .append(top + row * gaps.size()).append("\" class=\"zero\"/>\n");
    for (int r = 0; r < gaps.size(); r++) {
      Gap g = gaps.get(r);
      Interval i = g.differenceInterval().orElseThrow();
      double y = top + row * r + row / 2.0;
      double lo = Math.max(-scale, finite(i.lower(), g));
      double hi = Math.min(scale, finite(i.upper(), g));
      out.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(fmt(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(escape(shorten(chartLabel(g.subgroup()), 44)))
          .append("</text>\n<line x1=\"").append(fmt(x.apply(lo))).append("\" y1=\"")
          .append(fmt(y)).append("\" x2=\"").append(fmt(x.apply(hi))).append("\" y2=\"")
          .append(fmt(y)).append("\" class=\"ci\"/>\n<circle cx=\"")
          .append(fmt(x.apply(g.difference()))).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"4.5\" class=\"").append(g.credible() ? "credible" : "plain")
          .append("\"><title>").append(escape(label(g.subgroup()) + ": "
              + Html.signed(g.difference()) + " (" + interval(i) + ")"))
          .append("</title></circle>\n<text x=\"").append(labelWidth + plotWidth + 6)
          .append("\" y=\"").append(fmt(y + 4)).append("\">")
          .append(Html.signed(g.difference())).append("</text>\n");
    }
    double axis = top + row * gaps.size() + 16;
    out.append("<text x=\"").append(fmt(x.apply(-scale))).append("\" y=\"").append(fmt(axis))
        .append("\" text-anchor=\"middle\">").append(Html.signed(-scale)).append("</text>\n")
        .append("<text x=\"").append(fmt(x.apply(0.0))).append("\" y=\"").append(fmt(axis))
        .append("\" text-anchor=\"middle\">0</text>\n<text x=\"")
        .append(fmt(x.apply(scale))).append("\" y=\"").append(fmt(axis))
        .append("\" text-anchor=\"middle\">").append(Html.signed(scale)).append("</text>\n")
        .append("</svg>\n");
  }

  private static double finite(double v, Gap g) {
    return Double.isFinite(v) ? v : Math.abs(g.difference()) * 3 + 1;
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }

  // ------------------------------------------------------------------ response rates

  private void responseRates() {
    out.append("<section id=\"response-rates\">\n<h2>Response rates</h2>\n");
    List<ResponseRate> rates = report().responseRates();
    if (rates.isEmpty()) {
      out.append("<p>No roster was given, so response rates are unknown. Pass everyone ")
          .append("invited with <code>--roster</code>.</p>\n</section>\n");
      return;
    }
    out.append("<p>Share of invited people who answered. Below ")
        .append(Html.percent(result.input().policy().responseRateWarning()))
        .append(" a group's results may not speak for it (marked <b>at risk</b>); 75-80% is ")
        .append("healthy.</p>\n<div class=\"scroll\"><table class=\"rates\">\n<thead><tr>")
        .append("<th scope=\"col\">Group</th><th scope=\"col\">Invited</th><th scope=\"col\">")
        .append("Responded</th><th scope=\"col\">Rate</th></tr></thead>\n<tbody>\n");
    for (ResponseRate r : rates) {
      String label = r.breakdown().isEmpty() ? "Everyone" : label(r.subgroup());
      out.append("<tr><th scope=\"row\">").append(escape(label)).append("</th>");
      if (r.suppression().isPresent() || r.rate().isEmpty()) {
        out.append("<td colspan=\"3\" class=\"suppressed\"><span class=\"state\">suppressed")
            .append("</span><span class=\"why\">")
            .append(r.suppression().map(s -> s == SuppressionReason.BELOW_MINIMUM
                ? "too few people" : "would reveal a smaller group").orElse("no rate"))
            .append("</span></td></tr>\n");
        continue;
      }
      double rate = r.rate().getAsDouble();
      out.append("<td>").append(r.invited().isPresent() ? Html.count(r.invited().getAsLong())
              : "n/a").append("</td><td>")
          .append(r.responded().isPresent() ? Html.count(r.responded().getAsLong()) : "n/a")
          .append("</td><td><span class=\"bar\"><span class=\"fill").append(r.atRisk()
              ? " risk" : "").append("\" style=\"width:")
          .append(fmt(Math.max(0, Math.min(1, rate)) * 100)).append("%\"></span></span> ")
          .append(Html.percent(rate)).append(r.atRisk() ? " <b class=\"risk\">at risk</b>" : "")
          .append("</td></tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }

  // ------------------------------------------------------------------ trends

  private void trends() {
    out.append("<section id=\"trends\">\n<h2>Trends and wins</h2>\n");
    Optional<TrendReport> trend = result.trend();
    if (trend.isEmpty()) {
      out.append("<p>No earlier wave was given. Pass it with <code>--previous</code> to see ")
          .append("what changed and which practices worked.</p>\n</section>\n");
      return;
    }
    String earlier = result.input().previous().map(Analysis.Previous::waveId).orElse("earlier");
    List<Change> wins = trend.get().wins();
    if (wins.isEmpty()) {
      out.append("<p>No significant improvement since wave ").append(escape(earlier))
          .append(".</p>\n");
    } else {
      out.append("<h3>Wins to celebrate</h3>\n<ul class=\"wins\">\n");
      for (Change c : wins) {
        out.append("<li><b>").append(escape(changeLabel(c))).append("</b>: ")
            .append(escape(c.construct().label())).append(" rose from ")
            .append(Html.number(c.earlierMean())).append(" to ").append(Html.number(c.laterMean()))
            .append(c.q().isPresent() ? " (q " + Html.p(c.q().getAsDouble()) + ")" : "")
            .append(".</li>\n");
      }
      out.append("</ul>\n");
    }
    List<Change> changes = trend.get().changes().stream()
        .sorted(Comparator.comparing((Change c) -> !c.significant())
            .thenComparing(c -> -Math.abs(c.difference())))
        .limit(TREND_ROWS).collect(Collectors.toList());
    out.append("<p>Changes since wave ").append(escape(earlier)).append(" on comparable items, ")
        .append("for groups published in both waves (")
        .append(Html.count(trend.get().changes().size())).append(" compared; the ")
        .append(changes.size()).append(" largest shown, significant first).</p>\n")
        .append("<div class=\"scroll\"><table class=\"trend\">\n<thead><tr><th scope=\"col\">")
        .append("Group</th><th scope=\"col\">Construct</th><th scope=\"col\">Before</th>")
        .append("<th scope=\"col\">After</th><th scope=\"col\">Change (95% CI)</th>")
        .append("<th scope=\"col\">q</th></tr></thead>\n<tbody>\n");
    for (Change c : changes) {
      out.append("<tr").append(c.win() ? " class=\"win\"" : "").append("><th scope=\"row\">")
          .append(escape(changeLabel(c))).append("</th><td>")
          .append(escape(c.construct().label())).append("</td><td>")
          .append(Html.number(c.earlierMean())).append("</td><td>")
          .append(Html.number(c.laterMean())).append("</td><td>")
          .append(Html.signed(c.difference()))
          .append(c.differenceInterval().map(i -> " (" + interval(i) + ")").orElse(""))
          .append("</td><td>").append(c.q().isPresent() ? Html.p(c.q().getAsDouble()) : "n/a")
          .append("</td></tr>\n");
    }
    out.append("</tbody></table></div>\n</section>\n");
  }

  private static String changeLabel(Change c) {
    return c.breakdown().isEmpty() ? "Everyone" : label(c.subgroup());
  }

  // ------------------------------------------------------------------ fairness

  private void fairness() {
    out.append("<section id=\"fairness\">\n<h2>Fairness findings</h2>\n");
    if (result.promotions().isEmpty() && result.participation().isEmpty()
        && result.perceivedFairness().isEmpty()) {
      out.append("<p>No fairness check ran: no outcome records, roster or procedural-fairness ")
          .append("items for a group dimension.</p>\n</section>\n");
      return;
    }
    out.append("<p>Groups are compared with the same anonymity minimum as the survey (")
        .append(result.input().policy().minimumGroupSize())
        .append(" people); a withheld group shows why and no number.</p>\n");
    for (AdverseImpactResult r : result.promotions()) {
      out.append("<h3>Promotions by ").append(escape(r.dimension())).append("</h3>\n<p>")
          .append(escape(r.verdict())).append("</p>\n");
      table(List.of("Group", "Promoted", "Rate", "Impact ratio (95% CI)", "Fisher p", "Finding"),
          r.groups(), (GroupImpact g) -> List.of(
              Html.count(g.selected()) + " of " + Html.count(g.size()),
              Html.percent(g.rate()),
              g.impactRatio().isPresent() ? Html.number(g.impactRatio().getAsDouble())
                  + g.impactRatioInterval().map(i -> " (" + interval(i) + ")").orElse("")
                  : (g.reference() ? "reference" : "n/a"),
              g.fisherP().isPresent() ? Html.p(g.fisherP().getAsDouble()) : "n/a",
              g.sentence()), 4);
    }
    for (ParticipationResult r : result.participation()) {
      out.append("<h3>Survey participation by ").append(escape(r.dimension()))
          .append("</h3>\n<p>").append(escape(r.verdict())).append("</p>\n");
      table(List.of("Group", "Responded", "Rate (95% CI)", "Gap to highest", "Finding"),
          r.groups(), (GroupParticipation g) -> List.of(
              Html.count(g.responded()) + " of " + Html.count(g.invited()),
              Html.percent(g.rate()) + " (" + percentInterval(g.rateInterval()) + ")",
              g.gap().isPresent() ? Html.signed(g.gap().getAsDouble() * 100) + " pts" : "n/a",
              g.sentence()), 3);
    }
    for (PerceivedFairnessResult r : result.perceivedFairness()) {
      out.append("<h3>Perceived procedural fairness by ").append(escape(r.dimension()))
          .append("</h3>\n<p>").append(escape(r.verdict())).append("</p>\n");
      table(List.of("Group", "n", "Mean", "Gap to the others (95% CI)", "Finding"),
          r.groups(), (GroupFairnessGap g) -> List.of(
              Html.count(g.n()), Html.number(g.mean()),
              g.gap().isPresent() ? Html.signed(g.gap().getAsDouble())
                  + g.gapInterval().map(i -> " (" + interval(i) + ")").orElse("") : "n/a",
              g.sentence()), 3);
    }
    out.append("</section>\n");
  }

  private <T> void table(List<String> headers, List<GroupResult<T>> groups,
      Function<T, List<String>> columns, int wideColumn) {
    out.append("<div class=\"scroll\"><table class=\"fair\">\n<thead><tr>");
    headers.forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (GroupResult<T> g : groups) {
      out.append("<tr><th scope=\"row\">").append(escape(g.group())).append("</th>");
      if (!g.isPublished()) {
        Suppression s = g.suppression().orElse(Suppression.BELOW_MINIMUM_GROUP_SIZE);
        out.append("<td colspan=\"").append(headers.size() - 1).append("\" class=\"suppressed\">")
            .append("<span class=\"state\">suppressed</span><span class=\"why\">")
            .append(s == Suppression.BELOW_MINIMUM_GROUP_SIZE ? "too few people"
                : "would reveal a smaller group").append("</span></td></tr>\n");
        continue;
      }
      List<String> cells = columns.apply(g.value());
      for (int i = 0; i < cells.size(); i++) {
        out.append(i == wideColumn ? "<td class=\"sentence\">" : "<td>")
            .append(escape(cells.get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  // ------------------------------------------------------------------ recommendations

  private void recommendations() {
    Recommendations recs = result.recommendations();
    out.append("<section id=\"recommendations\">\n<h2>Recommended interventions</h2>\n");
    if (recs.entries().isEmpty()) {
      out.append("<p>No credible gap calls for an intervention. Keep listening: re-run the ")
          .append("same items next wave.</p>\n");
    } else {
      out.append("<p>Ranked from the credible gaps above; each entry says why it was chosen. ")
          .append("Run one as a trial of about a month, then re-ask the watched items and ")
          .append("compare (<code>belonging evaluate</code>).</p>\n<ol class=\"recs\">\n");
      for (Recommendation r : recs.entries()) {
        out.append("<li class=\"rec ").append(r.kind() == Recommendation.Kind.PREREQUISITE
            ? "prerequisite" : "intervention").append("\"><p class=\"rec-title\">");
        if (r.kind() == Recommendation.Kind.PREREQUISITE) {
          out.append("<b>First fix the foundations: ").append(escape(r.construct().label()))
              .append("</b>");
        } else {
          out.append("<b>").append(escape(r.intervention().map(Intervention::name)
              .orElse(r.construct().label()))).append("</b>");
        }
        out.append("</p>\n<p class=\"why\">").append(escape(r.explanation())).append("</p>\n");
        r.note().ifPresent(n -> out.append("<p class=\"note\">").append(escape(n))
            .append("</p>\n"));
        if (r.intervention().isPresent()) {
          Intervention i = r.intervention().get();
          out.append("<details><summary>How to run it (trial of ").append(i.trialDays())
              .append(" days)</summary>\n<p>").append(escape(i.summary())).append("</p>\n<ol>\n");
          i.steps().forEach(s -> out.append("<li>").append(escape(s)).append("</li>\n"));
          out.append("</ol>\n");
          if (!i.watchedItems().isEmpty()) {
            out.append("<p>Items to watch: ").append(escape(String.join(", ", i.watchedItems())))
                .append("</p>\n");
          }
          out.append("</details>\n");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    if (!recs.excludedAsStopped().isEmpty()) {
      out.append("<p>Not recommended again (stopped after an earlier trial): ")
          .append(escape(String.join(", ", recs.excludedAsStopped()))).append("</p>\n");
    }
    for (PerformativeWarning w : recs.warnings()) {
      out.append("<p class=\"warning\">").append(escape(w.message())).append("</p>\n");
    }
    out.append("</section>\n");
  }

  // ------------------------------------------------------------------ pairing

  private void pairing() {
    out.append("<section id=\"pairing\">\n<h2>Coffee-chat pairing round</h2>\n");
    Optional<PairingRound> round = result.pairing();
    if (round.isEmpty()) {
      out.append("<p>No pairing round in this report (<code>belonging pairs</code> makes one ")
          .append("from opted-in participants).</p>\n</section>\n");
      return;
    }
    PairingRound r = round.get();
    long trios = r.groups().stream().filter(PairingGroup::isTrio).count();
    long people = r.groups().stream().mapToLong(g -> g.members().size()).sum();
    out.append("<p>").append(Html.count(people)).append(" people in ")
        .append(Html.count(r.groups().size())).append(" groups (")
        .append(Html.count(trios)).append(" trios), matched ")
        .append(r.exactMatching() ? "exactly (maximum-weight matching)" : "greedily")
        .append(". Names stay with the organiser: the list of pairs is a separate file.</p>\n");
    if (!r.unmatched().isEmpty()) {
      Map<UnmatchedReason, Long> reasons = new EnumMap<>(UnmatchedReason.class);
      for (Unmatched u : r.unmatched()) {
        reasons.merge(u.reason(), 1L, Long::sum);
      }
      out.append("<p>Not matched this round:</p>\n<ul>\n");
      reasons.forEach((reason, n) -> out.append("<li>").append(Html.count(n)).append(": ")
          .append(escape(reason.explanation())).append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  // ------------------------------------------------------------------ policy

  private void policy() {
    Analysis.Policy p = result.input().policy();
    DisaggregationReport r = report();
    Map<SuppressionReason, Long> reasons = new EnumMap<>(SuppressionReason.class);
    for (BreakdownResult b : r.breakdowns()) {
      for (CellResult c : b.cells()) {
        if (c instanceof CellResult.Suppressed) {
          reasons.merge(((CellResult.Suppressed) c).reason(), 1L, Long::sum);
        }
      }
    }
    out.append("<section id=\"policy\">\n<h2>Anonymity policy used</h2>\n<dl class=\"policy\">\n")
        .append("<dt>Minimum group size</dt><dd>").append(p.minimumGroupSize())
        .append(" respondents for any published number</dd>\n")
        .append("<dt>Sensitive minimum</dt><dd>").append(p.sensitiveMinimumGroupSize())
        .append(" respondents for groups of self-identified demographics</dd>\n")
        .append("<dt>Response-rate warning</dt><dd>below ")
        .append(Html.percent(p.responseRateWarning())).append("</dd>\n")
        .append("<dt>Suppressed: too few people</dt><dd>")
        .append(reasons.getOrDefault(SuppressionReason.BELOW_MINIMUM, 0L))
        .append(" cells</dd>\n<dt>Suppressed: would reveal a smaller group</dt><dd>")
        .append(reasons.getOrDefault(SuppressionReason.COMPLEMENTARY, 0L))
        .append(" cells</dd>\n</dl>\n")
        .append("<p>Before anything is published, an exact disclosure check looks at every ")
        .append("cell of the report together: a cell is withheld when it is smaller than the ")
        .append("minimum, and also when publishing it would let a smaller group be worked out ")
        .append("by adding and subtracting other published numbers (a group and its complement, ")
        .append("a parent team and all but one child). The decision depends only on who is in ")
        .append("which group, never on the answers, so a withheld cell cannot leak an answer. ")
        .append("Fairness checks apply the same minimum.</p>\n</section>\n");
  }

  // ------------------------------------------------------------------ labels

  static String key(String breakdown, Subgroup subgroup, Construct construct) {
    return breakdown + "\u0000" + subgroupKey(subgroup) + "\u0000" + construct.id();
  }

  /** A stable machine key of a subgroup: {@code dim=value} joined by {@code &}. */
  static String subgroupKey(Subgroup subgroup) {
    return subgroup.values().entrySet().stream()
        .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining("&"));
  }

  /** A subgroup for people: {@code work arrangement: REMOTE, tenure: 0-1y}. */
  static String label(Subgroup subgroup) {
    if (subgroup.isEveryone()) {
      return "Everyone";
    }
    return subgroup.values().entrySet().stream()
        .map(e -> dimensionLabel(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** A short label for charts: {@code dimension: value} alone, values only for intersections. */
  static String chartLabel(Subgroup subgroup) {
    return subgroup.values().size() == 1 ? label(subgroup) : valueLabel(subgroup);
  }

  /** The values only, for rows of a breakdown whose dimensions are in the heading. */
  static String valueLabel(Subgroup subgroup) {
    return String.join(" \u00b7 ", subgroup.values().values());
  }

  static String dimensionLabel(Dimension d) {
    return d.name().replace('_', ' ');
  }

  private static String breakdownLabel(BreakdownResult b) {
    return b.breakdown().dimensions().stream().map(HtmlReport::dimensionLabel)
        .collect(Collectors.joining(" \u00d7 "))
        + (b.breakdown().sensitive() ? " (sensitive: stricter minimum)" : "");
  }

  private static String baseline(Gap g) {
    switch (g.baselineKind()) {
      case WHOLE_ORGANISATION:
        return "the whole organisation";
      case REFERENCE_GROUP:
        return "the reference group";
      default:
        return "the rest of the organisation";
    }
  }

  private String reasonText(SuppressionReason reason, BreakdownResult b) {
    int k = b.breakdown().sensitive() ? report().sensitiveMinimumGroupSize()
        : report().minimumGroupSize();
    return reason == SuppressionReason.BELOW_MINIMUM
        ? "Suppressed: fewer than " + k + " respondents"
        : "Suppressed: publishing it would reveal a group smaller than " + k;
  }

  private static String interval(Interval i) {
    return Html.number(i.lower()) + " to " + Html.number(i.upper());
  }

  private static String percentInterval(Interval i) {
    return Html.percent(i.lower()) + " to " + Html.percent(i.upper());
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  private static final String CSS = String.join("\n",
      ":root{--ink:#1d2430;--muted:#5b6472;--line:#d9dee5;--accent:#234e8c}",
      "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
          + "color:var(--ink);margin:0 auto;max-width:1100px;padding:16px 20px 40px}",
      "h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.3em;margin-top:1.8em;"
          + "border-bottom:2px solid var(--line);padding-bottom:.2em}h3{font-size:1.05em}",
      ".meta{color:var(--muted)}nav a{margin-right:.8em;color:var(--accent)}",
      ".kpis{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0}",
      ".kpis li{border:1px solid var(--line);border-radius:6px;padding:8px 12px;min-width:130px}",
      ".kpi{display:block;font-size:1.5em;font-weight:600}",
      ".scroll{overflow-x:auto}",
      "table{border-collapse:collapse;margin:.5em 0 1em}",
      "th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}",
      "thead th{background:#f3f5f8;font-weight:600}",
      ".heatmap td.hm-cell,.heatmap td.overall-cell{text-align:center;min-width:84px}",
      ".heatmap .mean{display:block;font-weight:600}.heatmap .delta{display:block;"
          + "font-size:.85em}",
      ".heatmap td.credible{outline:2px solid #333;outline-offset:-2px}",
      ".heatmap tr.overall th,.heatmap tr.overall td{background:#eef1f5}",
      ".suppressed{background-color:#f4f4f4;background-image:repeating-linear-gradient(45deg,"
          + "#cfd3d8 0,#cfd3d8 2px,transparent 2px,transparent 8px);color:#333;"
          + "text-align:center}",
      ".suppressed .state{display:block;font-style:italic;font-weight:600}",
      ".suppressed .why{display:block;font-size:.78em}",
      "td.empty{color:var(--muted);font-style:italic;text-align:center}",
      ".swatch{display:inline-block;width:1.1em;height:.9em;vertical-align:middle;"
          + "border:1px solid #999}",
      ".swatch.neg{background:hsl(12,70%,62%)}.swatch.pos{background:hsl(205,70%,62%)}",
      ".swatch.hatch{background-image:repeating-linear-gradient(45deg,#999 0,#999 2px,"
          + "#fff 2px,#fff 5px)}",
      ".gapchart{margin:0 0 1.2em}.gapchart figcaption{font-weight:600}",
      "svg text{font:12px system-ui,sans-serif;fill:#1d2430}",
      "svg .zero{stroke:#888;stroke-dasharray:3 3}svg .ci{stroke:#234e8c;stroke-width:2}",
      "svg circle.credible{fill:#b3261e}svg circle.plain{fill:#fff;stroke:#234e8c;"
          + "stroke-width:2}",
      ".bar{display:inline-block;width:120px;height:.8em;background:#eef1f5;"
          + "vertical-align:middle}",
      ".bar .fill{display:block;height:100%;background:#3b7a57}.bar .fill.risk{"
          + "background:#b3261e}",
      "b.risk{color:#b3261e}tr.win{background:#eaf6ee}",
      ".wins li{margin:.2em 0}.sentence{max-width:420px}",
      ".recs li.rec{margin-bottom:1em}.rec-title{margin:0}.recs .why{margin:.2em 0}",
      ".recs .prerequisite .rec-title{color:#b3261e}.note,.warning{color:#7a4b00}",
      "dl.policy{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}",
      "dl.policy dt{font-weight:600}dl.policy dd{margin:0}",
      "footer{margin-top:2em;color:var(--muted);font-size:.9em}",
      "@media print{nav{display:none}.scroll{overflow:visible}}",
      "");
}

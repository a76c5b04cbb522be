package dev.belonging.json;

import static dev.belonging.json.ReportParts.breakdownDto;
import static dev.belonging.json.ReportParts.constructDto;
import static dev.belonging.json.ReportParts.intervalDto;
import static dev.belonging.json.ReportParts.number;
import static dev.belonging.json.ReportParts.optional;
import static dev.belonging.json.ReportParts.subgroupDto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.belonging.disaggregation.Baseline;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.DisaggregationReport;
import dev.belonging.disaggregation.Gap;
import dev.belonging.disaggregation.GroupStatistics;
import dev.belonging.disaggregation.ItemStatistics;
import dev.belonging.disaggregation.ResponseRate;
import dev.belonging.disaggregation.ScoreStatistics;
import dev.belonging.disaggregation.Subgroup;
import dev.belonging.disaggregation.SuppressionReason;
import dev.belonging.json.InstrumentDocument.ConstructDto;
import dev.belonging.json.ReportParts.BreakdownDto;
import dev.belonging.json.ReportParts.FiniteDouble;
import dev.belonging.json.ReportParts.IntervalDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.report} document: a released {@link DisaggregationReport}.
 *
 * <p>A cell is either published, with {@code "statistics"}, or suppressed, with {@code
 * "suppression"} (the reason) and no number at all: neither its respondents nor any statistic.
 * Canonical form: every value present is written; absent (undefined) statistics are omitted, as
 * are empty {@code "gaps"} and {@code "responseRates"}; subgroups are objects keyed by dimension
 * name, sorted; the histogram lists every point of the scale in ascending order.
 */
final class ReportDocument
    implements DocumentType<ReportDocument.ReportDto, DisaggregationReport> {
  static final String FORMAT = "belonging.report";
  static final ReportDocument INSTANCE = new ReportDocument();

  private ReportDocument() {}

  @JsonPropertyOrder({"format", "version", "minimumGroupSize", "sensitiveMinimumGroupSize",
      "dimensions", "overall", "breakdowns", "gaps", "responseRates"})
  record ReportDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("sensitiveMinimumGroupSize") @Nullable Integer sensitiveMinimumGroupSize,
      @JsonProperty("dimensions") @Nullable List<Dimensions.DimensionDto> dimensions,
      @JsonProperty("overall") @Nullable CellDto overall,
      @JsonProperty("breakdowns") @Nullable List<BreakdownResultDto> breakdowns,
      @JsonProperty("gaps") @Nullable List<GapDto> gaps,
      @JsonProperty("responseRates") @Nullable List<RateDto> responseRates) {}

  @JsonPropertyOrder({"breakdown", "cells"})
  record BreakdownResultDto(
      @JsonProperty("breakdown") @Nullable BreakdownDto breakdown,
      @JsonProperty("cells") @Nullable List<CellDto> cells) {}

  @JsonPropertyOrder({"subgroup", "suppression", "statistics"})
  record CellDto(
      @JsonProperty("subgroup") @Nullable Map<String, String> subgroup,
      @JsonProperty("suppression") @Nullable SuppressionReason suppression,
      @JsonProperty("statistics") @Nullable StatisticsDto statistics) {}

  @JsonPropertyOrder({"respondents", "items", "constructs"})
  record StatisticsDto(
      @JsonProperty("respondents") @Nullable Long respondents,
      @JsonProperty("items") @Nullable List<ItemDto> items,
      @JsonProperty("constructs") @Nullable List<ScoreDto> constructs) {}

  @JsonPropertyOrder({"itemId", "answers", "histogram", "mean", "standardDeviation",
      "meanInterval", "favorable", "favorableInterval", "score"})
  record ItemDto(
      @JsonProperty("itemId") @Nullable String itemId,
      @JsonProperty("answers") @Nullable Long answers,
      @JsonProperty("histogram") @Nullable List<PointDto> histogram,
      @JsonProperty("mean") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double mean,
      @JsonProperty("standardDeviation") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double standardDeviation,
      @JsonProperty("meanInterval") @Nullable IntervalDto meanInterval,
      @JsonProperty("favorable") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double favorable,
      @JsonProperty("favorableInterval") @Nullable IntervalDto favorableInterval,
      @JsonProperty("score") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double score) {}

  @JsonPropertyOrder({"point", "count"})
  record PointDto(
      @JsonProperty("point") @Nullable Integer point,
      @JsonProperty("count") @Nullable Long count) {}

  @JsonPropertyOrder({"construct", "respondents", "mean", "standardDeviation", "meanInterval",
      "score", "answers", "favorable", "favorableInterval"})
  record ScoreDto(
      @JsonProperty("construct") @Nullable ConstructDto construct,
      @JsonProperty("respondents") @Nullable Long respondents,
      @JsonProperty("mean") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double mean,
      @JsonProperty("standardDeviation") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double standardDeviation,
      @JsonProperty("meanInterval") @Nullable IntervalDto meanInterval,
      @JsonProperty("score") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double score,
      @JsonProperty("answers") @Nullable Long answers,
      @JsonProperty("favorable") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double favorable,
      @JsonProperty("favorableInterval") @Nullable IntervalDto favorableInterval) {}

  @JsonPropertyOrder({"breakdown", "subgroup", "construct", "baselineKind", "cellRespondents",
      "baselineRespondents", "difference", "differenceInterval", "t", "degreesOfFreedom", "p",
      "q", "hedgesG", "favorableDifference", "favorableDifferenceInterval",
      "minimumDetectableDifference"})
  record GapDto(
      @JsonProperty("breakdown") @Nullable BreakdownDto breakdown,
      @JsonProperty("subgroup") @Nullable Map<String, String> subgroup,
      @JsonProperty("construct") @Nullable ConstructDto construct,
      @JsonProperty("baselineKind") Baseline.@Nullable Kind baselineKind,
      @JsonProperty("cellRespondents") @Nullable Long cellRespondents,
      @JsonProperty("baselineRespondents") @Nullable Long baselineRespondents,
      @JsonProperty("difference") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double difference,
      @JsonProperty("differenceInterval") @Nullable IntervalDto differenceInterval,
      @JsonProperty("t") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double t,
      @JsonProperty("degreesOfFreedom") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double degreesOfFreedom,
      @JsonProperty("p") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double p,
      @JsonProperty("q") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double q,
      @JsonProperty("hedgesG") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double hedgesG,
      @JsonProperty("favorableDifference") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double favorableDifference,
      @JsonProperty("favorableDifferenceInterval") @Nullable IntervalDto
          favorableDifferenceInterval,
      @JsonProperty("minimumDetectableDifference") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double minimumDetectableDifference) {}

  @JsonPropertyOrder({"breakdown", "subgroup", "suppression", "invited", "responded", "rate",
      "atRisk"})
  record RateDto(
      @JsonProperty("breakdown") @Nullable BreakdownDto breakdown,
      @JsonProperty("subgroup") @Nullable Map<String, String> subgroup,
      @JsonProperty("suppression") @Nullable SuppressionReason suppression,
      @JsonProperty("invited") @Nullable Long invited,
      @JsonProperty("responded") @Nullable Long responded,
      @JsonProperty("rate") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double rate,
      @JsonProperty("atRisk") @Nullable Boolean atRisk) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<ReportDto> dtoClass() {
    return ReportDto.class;
  }

  @Override
  public ReportDto emptyDto() {
    return new ReportDto(null, null, null, null, null, null, null, null, null);
  }

  /** Records: the top-level gaps and response rates, and the cells of each breakdown. */
  @Override
  public boolean isRecords(JsonStreamContext array) {
    if (DocumentType.isMemberOfRoot(array, "gaps")
        || DocumentType.isMemberOfRoot(array, "responseRates")) {
      return true;
    }
    JsonStreamContext result = array.getParent();
    return result != null && result.inObject() && "cells".equals(result.getCurrentName())
        && result.getParent() != null && result.getParent().inArray()
        && DocumentType.isMemberOfRoot(result.getParent(), "breakdowns");
  }

  // ---------------------------------------------------------------- reading

  @Override
  public DisaggregationReport toDomain(ReportDto dto, Mapping m) {
    Dimensions declared = Dimensions.read(dto.dimensions(), "/dimensions", m);
    DisaggregationReport.Builder builder = DisaggregationReport.builder();
    int minimum = m.required(dto.minimumGroupSize(), "/minimumGroupSize");
    int sensitiveMinimum = m.required(dto.sensitiveMinimumGroupSize(),
        "/sensitiveMinimumGroupSize");
    builder.minimumGroupSize(minimum).sensitiveMinimumGroupSize(sensitiveMinimum);
    CellResult overall = cell(m.required(dto.overall(), "/overall"), "/overall", declared, m);
    builder.overall(overall);
    List<BreakdownResultDto> results = m.list(m.required(dto.breakdowns(), "/breakdowns"),
        "/breakdowns");
    List<BreakdownResult> breakdowns = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      breakdowns.add(breakdownResult(results.get(i), "/breakdowns/" + i, declared, m));
    }
    builder.addAllBreakdowns(breakdowns);
    List<GapDto> gaps = m.list(dto.gaps(), "/gaps");
    List<Gap> gapValues = new ArrayList<>();
    for (int i = 0; i < gaps.size(); i++) {
      gapValues.add(gap(gaps.get(i), "/gaps/" + i, declared, m));
    }
    builder.addAllGaps(gapValues);
    List<RateDto> rates = m.list(dto.responseRates(), "/responseRates");
    List<ResponseRate> rateValues = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      rateValues.add(rate(rates.get(i), "/responseRates/" + i, declared, m));
    }
    builder.addAllResponseRates(rateValues);
    return m.domain("", message -> refineReport(message, breakdowns, gapValues, rateValues),
        builder::build);
  }

  private static String refineReport(String message, List<BreakdownResult> breakdowns,
      List<Gap> gaps, List<ResponseRate> rates) {
    if (message.startsWith("the breakdown of a gap")) {
      List<Breakdown> own = breakdowns.stream().map(BreakdownResult::breakdown)
          .collect(Collectors.toList());
      for (int i = 0; i < gaps.size(); i++) {
        if (!own.contains(gaps.get(i).breakdown())) {
          return "/gaps/" + i + "/breakdown";
        }
      }
    }
    if (message.startsWith("the breakdown of a response rate")) {
      List<Breakdown> own = breakdowns.stream().map(BreakdownResult::breakdown)
          .collect(Collectors.toList());
      for (int i = 0; i < rates.size(); i++) {
        if (rates.get(i).breakdown().isPresent()
            && !own.contains(rates.get(i).breakdown().get())) {
          return "/responseRates/" + i + "/breakdown";
        }
      }
    }
    if (message.startsWith("a published cell of the whole organisation")) {
      return "/overall/statistics/respondents";
    }
    if (message.startsWith("a published cell of breakdown")) {
      for (int b = 0; b < breakdowns.size(); b++) {
        if (message.contains("'" + breakdowns.get(b).breakdown().name() + "'")) {
          return "/breakdowns/" + b;
        }
      }
    }
    return Mapping.byMarkers("sensitiveMinimumGroupSize", "sensitiveMinimumGroupSize",
        "minimumGroupSize", "minimumGroupSize", "overall cell", "overall").apply(message);
  }

  private static BreakdownResult breakdownResult(BreakdownResultDto dto, String at,
      Dimensions declared, Mapping m) {
    Breakdown breakdown = ReportParts.breakdown(
        m.required(dto.breakdown(), at + "/breakdown"), at + "/breakdown", declared, m);
    List<CellDto> cells = m.list(m.required(dto.cells(), at + "/cells"), at + "/cells");
    List<CellResult> values = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      values.add(cell(cells.get(i), at + "/cells/" + i, declared, m));
    }
    return m.domain(at, message -> refineCells(message, values),
        () -> BreakdownResult.builder().breakdown(breakdown).cells(values).build());
  }

  private static String refineCells(String message, List<CellResult> cells) {
    if (message.contains("must not repeat a subgroup")) {
      for (int i = 0; i < cells.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (cells.get(j).subgroup().equals(cells.get(i).subgroup())) {
            return "/cells/" + i + "/subgroup";
          }
        }
      }
    }
    return message.startsWith("a cell must fix") ? "/cells" : "";
  }

  private static CellResult cell(CellDto dto, String at, Dimensions declared, Mapping m) {
    Subgroup subgroup = ReportParts.subgroup(m.required(dto.subgroup(), at + "/subgroup"),
        at + "/subgroup", declared, m);
    if (dto.suppression() != null) {
      if (dto.statistics() != null) {
        throw m.error(at + "/statistics", "must be absent from a suppressed cell");
      }
      return CellResult.suppressed(subgroup, dto.suppression());
    }
    if (dto.statistics() == null) {
      throw m.error(at, "must have either \"suppression\" or \"statistics\"");
    }
    return CellResult.published(subgroup,
        statistics(dto.statistics(), at + "/statistics", m));
  }

  private static GroupStatistics statistics(StatisticsDto dto, String at, Mapping m) {
    GroupStatistics.Builder builder = GroupStatistics.builder();
    builder.respondents(m.required(dto.respondents(), at + "/respondents"));
    List<ItemDto> items = m.list(m.required(dto.items(), at + "/items"), at + "/items");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ItemStatistics item = item(items.get(i), at + "/items/" + i, m);
      ids.add(item.itemId());
      builder.addItems(item);
    }
    List<ScoreDto> scores = m.list(m.required(dto.constructs(), at + "/constructs"),
        at + "/constructs");
    List<String> constructIds = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      ScoreStatistics score = score(scores.get(i), at + "/constructs/" + i, m);
      constructIds.add(score.construct().id());
      builder.addConstructs(score);
    }
    return m.domain(at, message -> refineStatistics(message, ids, constructIds),
        builder::build);
  }

  private static String refineStatistics(String message, List<String> ids,
      List<String> constructIds) {
    String list = message.startsWith("item statistics") || message.startsWith("answers to item")
        ? "/items" : message.startsWith("score statistics") || message.startsWith("scored")
        ? "/constructs" : "";
    List<String> keys = list.equals("/items") ? ids : constructIds;
    for (int i = 0; i < keys.size() && !list.isEmpty(); i++) {
      if (message.contains("'" + keys.get(i) + "'")) {
        return list + "/" + i + (message.contains("repeats") ? "" : "");
      }
    }
    return Mapping.byMarkers("respondents", "respondents").apply(message);
  }

  private static ItemStatistics item(ItemDto dto, String at, Mapping m) {
    ItemStatistics.Builder builder = ItemStatistics.builder();
    builder.itemId(m.required(dto.itemId(), at + "/itemId"));
    builder.answers(m.required(dto.answers(), at + "/answers"));
    List<PointDto> points = m.list(m.required(dto.histogram(), at + "/histogram"),
        at + "/histogram");
    ImmutableSortedMap.Builder<Integer, Long> histogram = ImmutableSortedMap.naturalOrder();
    Integer previous = null;
    for (int i = 0; i < points.size(); i++) {
      String here = at + "/histogram/" + i;
      int point = m.required(points.get(i).point(), here + "/point");
      long count = m.required(points.get(i).count(), here + "/count");
      if (previous != null && point <= previous) {
        throw m.error(here + "/point", "must be greater than the point before it");
      }
      previous = point;
      histogram.put(point, count);
    }
    builder.histogram(histogram.build());
    builder.mean(optional(dto.mean()));
    builder.standardDeviation(optional(dto.standardDeviation()));
    builder.meanInterval(ReportParts.interval(dto.meanInterval(), at + "/meanInterval", m));
    builder.favorable(optional(dto.favorable()));
    builder.favorableInterval(
        ReportParts.interval(dto.favorableInterval(), at + "/favorableInterval", m));
    builder.score(optional(dto.score()));
    return m.domain(at, statisticsMembers(), builder::build);
  }

  private static ScoreStatistics score(ScoreDto dto, String at, Mapping m) {
    ScoreStatistics.Builder builder = ScoreStatistics.builder();
    builder.construct(ReportParts.construct(m.required(dto.construct(), at + "/construct"),
        at + "/construct", m));
    builder.respondents(m.required(dto.respondents(), at + "/respondents"));
    builder.mean(optional(dto.mean()));
    builder.standardDeviation(optional(dto.standardDeviation()));
    builder.meanInterval(ReportParts.interval(dto.meanInterval(), at + "/meanInterval", m));
    builder.score(optional(dto.score()));
    builder.answers(m.required(dto.answers(), at + "/answers"));
    builder.favorable(optional(dto.favorable()));
    builder.favorableInterval(
        ReportParts.interval(dto.favorableInterval(), at + "/favorableInterval", m));
    return m.domain(at, statisticsMembers(), builder::build);
  }

  /** The member a rule names when the message starts with "member must". */
  private static java.util.function.Function<String, String> statisticsMembers() {
    return message -> {
      String[] words = message.split(" ", 3);
      return message.startsWith("histogram") ? "/histogram"
          : words.length > 1 && words[0].matches("[a-zA-Z]+") && words[1].equals("must")
              ? "/" + words[0] : "";
    };
  }

  private static Gap gap(GapDto dto, String at, Dimensions declared, Mapping m) {
    Gap.Builder builder = Gap.builder();
    builder.breakdown(ReportParts.breakdown(m.required(dto.breakdown(), at + "/breakdown"),
        at + "/breakdown", declared, m));
    builder.subgroup(ReportParts.subgroup(m.required(dto.subgroup(), at + "/subgroup"),
        at + "/subgroup", declared, m));
    builder.construct(ReportParts.construct(m.required(dto.construct(), at + "/construct"),
        at + "/construct", m));
    builder.baselineKind(m.required(dto.baselineKind(), at + "/baselineKind"));
    builder.cellRespondents(m.required(dto.cellRespondents(), at + "/cellRespondents"));
    builder.baselineRespondents(
        m.required(dto.baselineRespondents(), at + "/baselineRespondents"));
    builder.difference(m.required(dto.difference(), at + "/difference"));
    builder.differenceInterval(
        ReportParts.interval(dto.differenceInterval(), at + "/differenceInterval", m));
    builder.t(optional(dto.t()));
    builder.degreesOfFreedom(optional(dto.degreesOfFreedom()));
    builder.p(optional(dto.p()));
    builder.q(optional(dto.q()));
    builder.hedgesG(optional(dto.hedgesG()));
    builder.favorableDifference(optional(dto.favorableDifference()));
    builder.favorableDifferenceInterval(ReportParts.interval(
        dto.favorableDifferenceInterval(), at + "/favorableDifferenceInterval", m));
    builder.minimumDetectableDifference(optional(dto.minimumDetectableDifference()));
    return m.domain(at, message -> message.startsWith("the subgroup") ? "/subgroup"
        : statisticsMembers().apply(message), builder::build);
  }

  private static ResponseRate rate(RateDto dto, String at, Dimensions declared, Mapping m) {
    ResponseRate.Builder builder = ResponseRate.builder();
    builder.breakdown(ReportParts.optionalBreakdown(dto.breakdown(), at + "/breakdown",
        declared, m));
    builder.subgroup(ReportParts.subgroup(m.required(dto.subgroup(), at + "/subgroup"),
        at + "/subgroup", declared, m));
    if (dto.suppression() != null) {
      builder.suppression(dto.suppression());
    }
    builder.invited(optional(dto.invited()));
    builder.responded(optional(dto.responded()));
    builder.rate(optional(dto.rate()));
    builder.atRisk(m.required(dto.atRisk(), at + "/atRisk"));
    return m.domain(at, message -> message.startsWith("the subgroup") ? "/subgroup"
        : statisticsMembers().apply(message), builder::build);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public ReportDto toDto(DisaggregationReport value) {
    List<Breakdown> breakdowns = value.breakdowns().stream().map(BreakdownResult::breakdown)
        .collect(Collectors.toList());
    return new ReportDto(FORMAT, Codec.VERSION, value.minimumGroupSize(),
        value.sensitiveMinimumGroupSize(), ReportParts.declare(breakdowns),
        cellDto(value.overall()),
        value.breakdowns().stream()
            .map(b -> new BreakdownResultDto(breakdownDto(b.breakdown()),
                b.cells().stream().map(ReportDocument::cellDto)
                    .collect(ImmutableList.toImmutableList())))
            .collect(ImmutableList.toImmutableList()),
        InstrumentDocument.emptyToNull(value.gaps().stream().map(ReportDocument::gapDto)
            .collect(ImmutableList.toImmutableList())),
        InstrumentDocument.emptyToNull(value.responseRates().stream()
            .map(ReportDocument::rateDto).collect(ImmutableList.toImmutableList())));
  }

  private static CellDto cellDto(CellResult cell) {
    if (cell instanceof CellResult.Suppressed) {
      return new CellDto(subgroupDto(cell.subgroup()), ((CellResult.Suppressed) cell).reason(),
          null);
    }
    GroupStatistics s = cell.statistics().orElseThrow();
    return new CellDto(subgroupDto(cell.subgroup()), null, new StatisticsDto(s.respondents(),
        s.items().stream().map(ReportDocument::itemDto).collect(ImmutableList.toImmutableList()),
        s.constructs().stream().map(ReportDocument::scoreDto)
            .collect(ImmutableList.toImmutableList())));
  }

  private static ItemDto itemDto(ItemStatistics s) {
    return new ItemDto(s.itemId(), s.answers(),
        s.histogram().entrySet().stream().map(e -> new PointDto(e.getKey(), e.getValue()))
            .collect(ImmutableList.toImmutableList()),
        number(s.mean()), number(s.standardDeviation()), intervalDto(s.meanInterval()),
        number(s.favorable()), intervalDto(s.favorableInterval()), number(s.score()));
  }

  private static ScoreDto scoreDto(ScoreStatistics s) {
    return new ScoreDto(constructDto(s.construct()), s.respondents(), number(s.mean()),
        number(s.standardDeviation()), intervalDto(s.meanInterval()), number(s.score()),
        s.answers(), number(s.favorable()), intervalDto(s.favorableInterval()));
  }

  private static GapDto gapDto(Gap g) {
    return new GapDto(breakdownDto(g.breakdown()), subgroupDto(g.subgroup()),
        constructDto(g.construct()), g.baselineKind(), g.cellRespondents(),
        g.baselineRespondents(), g.difference(), intervalDto(g.differenceInterval()),
        number(g.t()), number(g.degreesOfFreedom()), number(g.p()), number(g.q()),
        number(g.hedgesG()), number(g.favorableDifference()),
        intervalDto(g.favorableDifferenceInterval()), number(g.minimumDetectableDifference()));
  }

  private static RateDto rateDto(ResponseRate r) {
    return new RateDto(r.breakdown().map(ReportParts::breakdownDto).orElse(null),
        subgroupDto(r.subgroup()), r.suppression().orElse(null), number(r.invited()),
        number(r.responded()), number(r.rate()), r.atRisk());
  }
}

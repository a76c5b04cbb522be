package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.Change;
import dev.belonging.disaggregation.TrendReport;
import dev.belonging.json.InstrumentDocument.ConstructDto;
import dev.belonging.json.ReportParts.BreakdownDto;
import dev.belonging.json.ReportParts.FiniteDouble;
import dev.belonging.json.ReportParts.IntervalDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.trend-report} document: the changes of construct scores between two waves,
 * per cell published in both. Wins are not written: they are the changes with a q-value below
 * 0.05 and a positive difference, derived on reading. A change of the whole organisation has no
 * {@code "breakdown"}.
 */
final class TrendReportDocument
    implements DocumentType<TrendReportDocument.TrendDto, TrendReport> {
  static final String FORMAT = "belonging.trend-report";
  static final TrendReportDocument INSTANCE = new TrendReportDocument();

  private TrendReportDocument() {}

  @JsonPropertyOrder({"format", "version", "dimensions", "changes"})
  record TrendDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimensions") @Nullable List<Dimensions.DimensionDto> dimensions,
      @JsonProperty("changes") @Nullable List<ChangeDto> changes) {}

  @JsonPropertyOrder({"breakdown", "subgroup", "construct", "earlierMean", "laterMean",
      "difference", "differenceInterval", "p", "q"})
  record ChangeDto(
      @JsonProperty("breakdown") @Nullable BreakdownDto breakdown,
      @JsonProperty("subgroup") @Nullable Map<String, String> subgroup,
      @JsonProperty("construct") @Nullable ConstructDto construct,
      @JsonProperty("earlierMean") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double earlierMean,
      @JsonProperty("laterMean") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double laterMean,
      @JsonProperty("difference") @JsonDeserialize(using = FiniteDouble.class)
          @Nullable Double difference,
      @JsonProperty("differenceInterval") @Nullable IntervalDto differenceInterval,
      @JsonProperty("p") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double p,
      @JsonProperty("q") @JsonDeserialize(using = FiniteDouble.class) @Nullable Double q) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<TrendDto> dtoClass() {
    return TrendDto.class;
  }

  @Override
  public TrendDto emptyDto() {
    return new TrendDto(null, null, null, null);
  }

  @Override
  public String recordField() {
    return "changes";
  }

  @Override
  public TrendReport toDomain(TrendDto dto, Mapping m) {
    Dimensions declared = Dimensions.read(dto.dimensions(), "/dimensions", m);
    List<ChangeDto> dtos = m.list(m.required(dto.changes(), "/changes"), "/changes");
    List<Change> changes = new ArrayList<>(dtos.size());
    for (int i = 0; i < dtos.size(); i++) {
      changes.add(change(dtos.get(i), "/changes/" + i, declared, m));
    }
    return m.domain("/changes", () -> TrendReport.builder().addAllChanges(changes).build());
  }

  private static Change change(ChangeDto dto, String at, Dimensions declared, Mapping m) {
    Change.Builder builder = Change.builder();
    builder.breakdown(ReportParts.optionalBreakdown(dto.breakdown(), at + "/breakdown",
        declared, m));
    builder.subgroup(ReportParts.subgroup(m.required(dto.subgroup(), at + "/subgroup"),
        at + "/subgroup", declared, m));
    builder.construct(ReportParts.construct(m.required(dto.construct(), at + "/construct"),
        at + "/construct", m));
    builder.earlierMean(m.required(dto.earlierMean(), at + "/earlierMean"));
    builder.laterMean(m.required(dto.laterMean(), at + "/laterMean"));
    builder.difference(m.required(dto.difference(), at + "/difference"));
    builder.differenceInterval(
        ReportParts.interval(dto.differenceInterval(), at + "/differenceInterval", m));
    builder.p(ReportParts.optional(dto.p()));
    builder.q(ReportParts.optional(dto.q()));
    return m.domain(at, message -> message.startsWith("the subgroup") ? "/subgroup"
        : message.matches("[a-zA-Z]+ must .*") ? "/" + message.split(" ", 2)[0] : "",
        builder::build);
  }

  @Override
  public TrendDto toDto(TrendReport value) {
    List<Breakdown> breakdowns = new ArrayList<>();
    value.changes().forEach(c -> c.breakdown().ifPresent(breakdowns::add));
    return new TrendDto(FORMAT, Codec.VERSION, ReportParts.declare(breakdowns),
        value.changes().stream().map(TrendReportDocument::changeDto)
            .collect(ImmutableList.toImmutableList()));
  }

  private static ChangeDto changeDto(Change c) {
    return new ChangeDto(c.breakdown().map(ReportParts::breakdownDto).orElse(null),
        ReportParts.subgroupDto(c.subgroup()), ReportParts.constructDto(c.construct()),
        c.earlierMean(), c.laterMean(), c.difference(),
        ReportParts.intervalDto(c.differenceInterval()), ReportParts.number(c.p()),
        ReportParts.number(c.q()));
  }
}

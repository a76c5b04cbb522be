package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.intervention.GapSignal;
import dev.belonging.intervention.PerformativePattern;
import dev.belonging.intervention.PerformativeWarning;
import dev.belonging.intervention.Recommendation;
import dev.belonging.intervention.Recommendations;
import dev.belonging.intervention.ServedGroup;
import dev.belonging.workforce.Dimension;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.recommendations} document: a recommender's ranked list, the catalog
 * entries left out because their trials were stopped, and the performative-pattern warnings.
 *
 * <p>Each entry carries its whole intervention (as in {@code belonging.intervention-catalog}), so
 * the document can be shown without the catalog. Canonical form: entries by rank, evidence in its
 * order; absent optional values are omitted. Gap signals carry the published label of their
 * subgroup and the dimension inline ({@code {"name": "work_arrangement", "sensitive": false}}).
 */
final class RecommendationsDocument
    implements DocumentType<RecommendationsDocument.RecommendationsDto, Recommendations> {
  static final String FORMAT = "belonging.recommendations";
  static final RecommendationsDocument INSTANCE = new RecommendationsDocument();

  private RecommendationsDocument() {}

  @JsonPropertyOrder({"format", "version", "entries", "excludedAsStopped", "warnings"})
  record RecommendationsDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("entries") @Nullable List<EntryDto> entries,
      @JsonProperty("excludedAsStopped") @Nullable List<String> excludedAsStopped,
      @JsonProperty("warnings") @Nullable List<WarningDto> warnings) {}

  @JsonPropertyOrder({"rank", "kind", "construct", "intervention", "evidence", "score",
      "explanation", "note"})
  record EntryDto(
      @JsonProperty("rank") @Nullable Integer rank,
      @JsonProperty("kind") Recommendation.@Nullable Kind kind,
      @JsonProperty("construct") InstrumentDocument.@Nullable ConstructDto construct,
      @JsonProperty("intervention") InterventionCatalogDocument.@Nullable InterventionDto
          intervention,
      @JsonProperty("evidence") @Nullable List<GapSignalDto> evidence,
      @JsonProperty("score") @Nullable Double score,
      @JsonProperty("explanation") @Nullable String explanation,
      @JsonProperty("note") @Nullable String note) {}

  @JsonPropertyOrder({"construct", "dimension", "valueLabel", "servedGroup", "hedgesG", "qValue",
      "n", "credible"})
  record GapSignalDto(
      @JsonProperty("construct") InstrumentDocument.@Nullable ConstructDto construct,
      @JsonProperty("dimension") Dimensions.@Nullable DimensionDto dimension,
      @JsonProperty("valueLabel") @Nullable String valueLabel,
      @JsonProperty("servedGroup") @Nullable ServedGroup servedGroup,
      @JsonProperty("hedgesG") @Nullable Double hedgesG,
      @JsonProperty("qValue") @Nullable Double qValue,
      @JsonProperty("n") @Nullable Integer n,
      @JsonProperty("credible") @Nullable Boolean credible) {}

  @JsonPropertyOrder({"pattern", "interventionId"})
  record WarningDto(
      @JsonProperty("pattern") @Nullable PerformativePattern pattern,
      @JsonProperty("interventionId") @Nullable String interventionId) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<RecommendationsDto> dtoClass() {
    return RecommendationsDto.class;
  }

  @Override
  public RecommendationsDto emptyDto() {
    return new RecommendationsDto(null, null, null, null, null);
  }

  // ---------------------------------------------------------------- reading

  @Override
  public Recommendations toDomain(RecommendationsDto dto, Mapping m) {
    Recommendations.Builder builder = Recommendations.builder();
    List<EntryDto> entries = m.list(dto.entries(), "/entries");
    for (int i = 0; i < entries.size(); i++) {
      builder.addEntry(entry(entries.get(i), "/entries/" + i, m));
    }
    builder.addAllExcludedAsStopped(m.distinct(dto.excludedAsStopped(), "/excludedAsStopped"));
    List<WarningDto> warnings = m.list(dto.warnings(), "/warnings");
    for (int i = 0; i < warnings.size(); i++) {
      WarningDto w = warnings.get(i);
      PerformativePattern pattern = m.required(w.pattern(), "/warnings/" + i + "/pattern");
      String id = w.interventionId();
      builder.addWarning(id == null ? PerformativeWarning.ofPlan(pattern)
          : PerformativeWarning.of(pattern, id));
    }
    return m.domain("/entries", message -> {
      java.util.regex.Matcher matcher =
          java.util.regex.Pattern.compile("^entries\\[(\\d+)\\]").matcher(message);
      return !matcher.find() ? "" : "/" + matcher.group(1)
          + (message.contains("must have rank") ? "/rank" : "/kind");
    }, builder::build);
  }

  private static Recommendation entry(EntryDto dto, String at, Mapping m) {
    Recommendation.Builder builder = Recommendation.builder();
    builder.rank(m.required(dto.rank(), at + "/rank"));
    builder.kind(m.required(dto.kind(), at + "/kind"));
    builder.construct(InstrumentDocument.construct(
        m.required(dto.construct(), at + "/construct"), at + "/construct", m));
    if (dto.intervention() != null) {
      builder.intervention(InterventionCatalogDocument.intervention(
          dto.intervention(), at + "/intervention", m));
    }
    List<GapSignalDto> evidence = m.list(dto.evidence(), at + "/evidence");
    for (int i = 0; i < evidence.size(); i++) {
      builder.addEvidence(gapSignal(evidence.get(i), at + "/evidence/" + i, m));
    }
    builder.score(Numbers.required(dto.score(), at + "/score", m));
    builder.explanation(m.required(dto.explanation(), at + "/explanation"));
    if (dto.note() != null) {
      builder.note(dto.note());
    }
    return m.domain(at, Mapping.byMarkers("rank", "rank", "must name its intervention",
        "intervention", "score", "score", "explanation", "explanation", "note", "note"),
        builder::build);
  }

  static GapSignal gapSignal(GapSignalDto dto, String at, Mapping m) {
    GapSignal.Builder builder = GapSignal.builder();
    builder.construct(InstrumentDocument.construct(
        m.required(dto.construct(), at + "/construct"), at + "/construct", m));
    Dimensions.DimensionDto dimension = m.required(dto.dimension(), at + "/dimension");
    builder.dimension(Dimensions.dimension(m.required(dimension.name(), at + "/dimension/name"),
        m.required(dimension.sensitive(), at + "/dimension/sensitive"), at + "/dimension", m));
    builder.valueLabel(m.required(dto.valueLabel(), at + "/valueLabel"));
    if (dto.servedGroup() != null) {
      builder.servedGroup(dto.servedGroup());
    }
    builder.hedgesG(Numbers.required(dto.hedgesG(), at + "/hedgesG", m));
    builder.qValue(Numbers.required(dto.qValue(), at + "/qValue", m));
    builder.n(m.required(dto.n(), at + "/n"));
    builder.credible(m.required(dto.credible(), at + "/credible"));
    return m.domain(at, Mapping.byMarkers("valueLabel", "valueLabel", "hedgesG", "hedgesG",
        "qValue", "qValue", "n must", "n"), builder::build);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public RecommendationsDto toDto(Recommendations value) {
    return new RecommendationsDto(FORMAT, Codec.VERSION,
        InstrumentDocument.emptyToNull(value.entries().stream()
            .map(RecommendationsDocument::entryDto).collect(ImmutableList.toImmutableList())),
        InstrumentDocument.emptyToNull(value.excludedAsStopped()),
        InstrumentDocument.emptyToNull(value.warnings().stream()
            .map(w -> new WarningDto(w.pattern(), w.interventionId().orElse(null)))
            .collect(ImmutableList.toImmutableList())));
  }

  private static EntryDto entryDto(Recommendation r) {
    return new EntryDto(r.rank(), r.kind(), InstrumentDocument.constructDto(r.construct()),
        r.intervention().map(InterventionCatalogDocument::interventionDto).orElse(null),
        InstrumentDocument.emptyToNull(r.evidence().stream()
            .map(RecommendationsDocument::gapSignalDto).collect(ImmutableList.toImmutableList())),
        r.score(), r.explanation(), r.note().orElse(null));
  }

  static GapSignalDto gapSignalDto(GapSignal g) {
    Construct construct = g.construct();
    Dimension dimension = g.dimension();
    return new GapSignalDto(InstrumentDocument.constructDto(construct),
        new Dimensions.DimensionDto(dimension.name(), dimension.sensitive()), g.valueLabel(),
        g.servedGroup().orElse(null), g.hedgesG(), g.qValue(), g.n(), g.credible());
  }
}

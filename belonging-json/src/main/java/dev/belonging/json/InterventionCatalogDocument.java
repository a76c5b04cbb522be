package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.intervention.Cadence;
import dev.belonging.intervention.Intervention;
import dev.belonging.intervention.InterventionCatalog;
import dev.belonging.intervention.Kind;
import dev.belonging.intervention.Level;
import dev.belonging.intervention.OrgShape;
import dev.belonging.intervention.ServedGroup;
import dev.belonging.intervention.Sharing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.intervention-catalog} document: DTOs and their mapping to {@link
 * InterventionCatalog}. The intervention DTO is shared with {@code belonging.recommendations}.
 *
 * <p>Canonical form: entries in catalog order, steps and watched items in their order, the sets
 * ({@code targets}, {@code servedGroups}, {@code orgShapes}) sorted as the domain sorts them
 * (constructs by id, enums by declaration); {@code sharing} is always written, {@code
 * dailyPractice} only when present. Sets must not repeat an element (constructs: an id).
 */
final class InterventionCatalogDocument
    implements DocumentType<InterventionCatalogDocument.CatalogDto, InterventionCatalog> {
  static final String FORMAT = "belonging.intervention-catalog";
  static final InterventionCatalogDocument INSTANCE = new InterventionCatalogDocument();

  private InterventionCatalogDocument() {}

  @JsonPropertyOrder({"format", "version", "interventions"})
  record CatalogDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("interventions") @Nullable List<InterventionDto> interventions) {}

  @JsonPropertyOrder({"id", "name", "summary", "steps", "targets", "servedGroups", "orgShapes",
      "kind", "effort", "cost", "cadence", "trialDays", "watchedItems", "sharing",
      "dailyPractice"})
  record InterventionDto(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("summary") @Nullable String summary,
      @JsonProperty("steps") @Nullable List<String> steps,
      @JsonProperty("targets") @Nullable List<InstrumentDocument.ConstructDto> targets,
      @JsonProperty("servedGroups") @Nullable List<ServedGroup> servedGroups,
      @JsonProperty("orgShapes") @Nullable List<OrgShape> orgShapes,
      @JsonProperty("kind") @Nullable Kind kind,
      @JsonProperty("effort") @Nullable Level effort,
      @JsonProperty("cost") @Nullable Level cost,
      @JsonProperty("cadence") @Nullable Cadence cadence,
      @JsonProperty("trialDays") @Nullable Integer trialDays,
      @JsonProperty("watchedItems") @Nullable List<String> watchedItems,
      @JsonProperty("sharing") @Nullable Sharing sharing,
      @JsonProperty("dailyPractice") @Nullable String dailyPractice) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<CatalogDto> dtoClass() {
    return CatalogDto.class;
  }

  @Override
  public CatalogDto emptyDto() {
    return new CatalogDto(null, null, null);
  }

  // ---------------------------------------------------------------- reading

  @Override
  public InterventionCatalog toDomain(CatalogDto dto, Mapping m) {
    List<InterventionDto> entries =
        m.list(m.required(dto.interventions(), "/interventions"), "/interventions");
    List<Intervention> interventions = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      interventions.add(intervention(entries.get(i), "/interventions/" + i, m));
    }
    return m.domain("/interventions", message -> {
      Matcher matcher = REPEATED.matcher(message);
      return matcher.find() ? "/" + matcher.group(1) + "/id" : "";
    }, () -> InterventionCatalog.of(interventions));
  }

  private static final Pattern REPEATED = Pattern.compile("interventions\\[(\\d+)\\] repeats");
  private static final Pattern INDEXED = Pattern.compile("^(steps|watchedItems)\\[(\\d+)\\]");

  /** Maps the domain's message about an intervention to the member it names. */
  private static final Function<String, String> REFINE_INTERVENTION = message -> {
    Matcher indexed = INDEXED.matcher(message);
    if (indexed.find()) {
      return "/" + indexed.group(1) + "/" + indexed.group(2);
    }
    return Mapping.byMarkers("intervention id", "id", "name of", "name", "summary of", "summary",
        "steps of", "steps", "targets of", "targets", "servedGroups of", "servedGroups",
        "orgShapes of", "orgShapes", "watchedItems of", "watchedItems", "trialDays", "trialDays",
        "dailyPractice", "dailyPractice").apply(message);
  };

  static Intervention intervention(InterventionDto dto, String at, Mapping m) {
    Intervention.Builder builder = Intervention.builder();
    builder.id(m.required(dto.id(), at + "/id"));
    builder.name(m.required(dto.name(), at + "/name"));
    builder.summary(m.required(dto.summary(), at + "/summary"));
    builder.addAllSteps(m.list(m.required(dto.steps(), at + "/steps"), at + "/steps"));
    List<InstrumentDocument.ConstructDto> targets =
        m.list(m.required(dto.targets(), at + "/targets"), at + "/targets");
    Set<String> targetIds = new HashSet<>();
    for (int i = 0; i < targets.size(); i++) {
      Construct construct = InstrumentDocument.construct(targets.get(i), at + "/targets/" + i, m);
      if (!targetIds.add(construct.id())) {
        throw m.error(at + "/targets/" + i + "/id", "must not repeat an earlier target's id");
      }
      builder.addTarget(construct);
    }
    builder.addAllServedGroups(
        m.distinct(m.required(dto.servedGroups(), at + "/servedGroups"), at + "/servedGroups"));
    builder.addAllOrgShapes(
        m.distinct(m.required(dto.orgShapes(), at + "/orgShapes"), at + "/orgShapes"));
    builder.kind(m.required(dto.kind(), at + "/kind"));
    builder.effort(m.required(dto.effort(), at + "/effort"));
    builder.cost(m.required(dto.cost(), at + "/cost"));
    builder.cadence(m.required(dto.cadence(), at + "/cadence"));
    builder.trialDays(m.required(dto.trialDays(), at + "/trialDays"));
    builder.addAllWatchedItems(
        m.list(m.required(dto.watchedItems(), at + "/watchedItems"), at + "/watchedItems"));
    if (dto.sharing() != null) {
      builder.sharing(dto.sharing());
    }
    if (dto.dailyPractice() != null) {
      builder.dailyPractice(dto.dailyPractice());
    }
    return m.domain(at, REFINE_INTERVENTION, builder::build);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public CatalogDto toDto(InterventionCatalog value) {
    return new CatalogDto(FORMAT, Codec.VERSION, value.interventions().stream()
        .map(InterventionCatalogDocument::interventionDto)
        .collect(ImmutableList.toImmutableList()));
  }

  static InterventionDto interventionDto(Intervention i) {
    return new InterventionDto(i.id(), i.name(), i.summary(), i.steps(),
        i.targets().stream().map(InstrumentDocument::constructDto)
            .collect(ImmutableList.toImmutableList()),
        i.servedGroups().asList(), i.orgShapes().asList(), i.kind(), i.effort(), i.cost(),
        i.cadence(), i.trialDays(), i.watchedItems(), i.sharing(), i.dailyPractice().orElse(null));
  }
}

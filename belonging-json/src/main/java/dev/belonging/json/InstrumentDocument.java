package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.InstrumentKind;
import dev.belonging.instrument.Item;
import dev.belonging.instrument.ItemKind;
import dev.belonging.instrument.ResponseScale;
import dev.belonging.instrument.SemanticVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.instrument} document: DTOs and their mapping to {@link Instrument}.
 *
 * <p>Canonical form: every field with a value is written, defaults included ({@code language},
 * {@code kind}, {@code reverseKeyed}); empty optional arrays and absent optional values are
 * omitted; sets ({@code favorable}, {@code unfavorable}, {@code declaredConstructs}, {@code
 * retiredItemIds}) are written sorted.
 */
final class InstrumentDocument implements DocumentType<InstrumentDocument.InstrumentDto, Instrument> {
  static final String FORMAT = "belonging.instrument";
  static final InstrumentDocument INSTANCE = new InstrumentDocument();

  private InstrumentDocument() {}

  @JsonPropertyOrder({"format", "version", "id", "instrumentVersion", "title", "language", "kind",
      "items", "declaredConstructs", "retiredItemIds"})
  record InstrumentDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("instrumentVersion") @Nullable String instrumentVersion,
      @JsonProperty("title") @Nullable String title,
      @JsonProperty("language") @Nullable String language,
      @JsonProperty("kind") @Nullable InstrumentKind kind,
      @JsonProperty("items") @Nullable List<ItemDto> items,
      @JsonProperty("declaredConstructs") @Nullable List<ConstructDto> declaredConstructs,
      @JsonProperty("retiredItemIds") @Nullable List<String> retiredItemIds) {}

  @JsonPropertyOrder({"id", "text", "construct", "kind", "scale", "reverseKeyed"})
  record ItemDto(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("text") @Nullable String text,
      @JsonProperty("construct") @Nullable ConstructDto construct,
      @JsonProperty("kind") @Nullable ItemKind kind,
      @JsonProperty("scale") @Nullable ScaleDto scale,
      @JsonProperty("reverseKeyed") @Nullable Boolean reverseKeyed) {}

  @JsonPropertyOrder({"id", "label"})
  record ConstructDto(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("label") @Nullable String label) {}

  @JsonPropertyOrder({"min", "max", "labels", "favorable", "unfavorable"})
  record ScaleDto(
      @JsonProperty("min") @Nullable Integer min,
      @JsonProperty("max") @Nullable Integer max,
      @JsonProperty("labels") @Nullable List<String> labels,
      @JsonProperty("favorable") @Nullable List<Integer> favorable,
      @JsonProperty("unfavorable") @Nullable List<Integer> unfavorable) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<InstrumentDto> dtoClass() {
    return InstrumentDto.class;
  }

  @Override
  public InstrumentDto emptyDto() {
    return new InstrumentDto(null, null, null, null, null, null, null, null, null, null);
  }

  // ---------------------------------------------------------------- reading

  @Override
  public Instrument toDomain(InstrumentDto dto, Mapping m) {
    Instrument.Builder builder = Instrument.builder();
    builder.id(m.required(dto.id(), "/id"));
    String version = m.required(dto.instrumentVersion(), "/instrumentVersion");
    builder.version(m.domain("/instrumentVersion", () -> SemanticVersion.parse(version)));
    builder.title(m.required(dto.title(), "/title"));
    if (dto.language() != null) {
      builder.language(dto.language());
    }
    if (dto.kind() != null) {
      builder.kind(dto.kind());
    }
    List<ItemDto> items = m.list(m.required(dto.items(), "/items"), "/items");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = item(items.get(i), "/items/" + i, m);
      ids.add(item.id());
      builder.addItem(item);
    }
    List<ConstructDto> declared = m.list(dto.declaredConstructs(), "/declaredConstructs");
    List<Construct> constructs = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      constructs.add(construct(declared.get(i), "/declaredConstructs/" + i, m));
    }
    m.distinct(constructs, "/declaredConstructs");
    builder.addAllDeclaredConstructs(constructs);
    List<String> retired = m.distinct(dto.retiredItemIds(), "/retiredItemIds");
    builder.addAllRetiredItemIds(retired);
    return m.domain("", message -> refineInstrument(message, ids, retired), builder::build);
  }

  private static String refineInstrument(String message, List<String> ids, List<String> retired) {
    if (message.contains("must be unique")) {
      for (int i = 0; i < ids.size(); i++) {
        if (ids.subList(0, i).contains(ids.get(i))) {
          return "/items/" + i + "/id";
        }
      }
    }
    if (message.contains("both asked and retired")) {
      for (int i = 0; i < retired.size(); i++) {
        if (ids.contains(retired.get(i))) {
          return "/retiredItemIds/" + i;
        }
      }
    }
    return Mapping.byMarkers("instrument id", "id", "title of instrument", "title",
        "language of instrument", "language", "at least 1 item", "items").apply(message);
  }

  private static Item item(ItemDto dto, String at, Mapping m) {
    Item.Builder builder = Item.builder();
    builder.id(m.required(dto.id(), at + "/id"));
    builder.text(m.required(dto.text(), at + "/text"));
    if (dto.construct() != null) {
      builder.construct(construct(dto.construct(), at + "/construct", m));
    }
    builder.kind(m.required(dto.kind(), at + "/kind"));
    if (dto.scale() != null) {
      builder.scale(scale(dto.scale(), at + "/scale", m));
    }
    if (dto.reverseKeyed() != null) {
      builder.reverseKeyed(dto.reverseKeyed());
    }
    return m.domain(at, Mapping.byMarkers("item id", "id", "text of item", "text",
        "reverse keyed", "reverseKeyed", "scale", "scale"), builder::build);
  }

  static Construct construct(ConstructDto dto, String at, Mapping m) {
    String id = m.required(dto.id(), at + "/id");
    String label = m.required(dto.label(), at + "/label");
    return m.domain(at, Mapping.byMarkers("construct id", "id", "label", "label"),
        () -> Construct.of(id, label));
  }

  private static ResponseScale scale(ScaleDto dto, String at, Mapping m) {
    ResponseScale.Builder builder = ResponseScale.builder();
    builder.min(m.required(dto.min(), at + "/min"));
    builder.max(m.required(dto.max(), at + "/max"));
    builder.addAllLabels(m.list(m.required(dto.labels(), at + "/labels"), at + "/labels"));
    builder.addAllFavorable(m.distinct(dto.favorable(), at + "/favorable"));
    builder.addAllUnfavorable(m.distinct(dto.unfavorable(), at + "/unfavorable"));
    return m.domain(at, Mapping.byMarkers("max must be", "max", "label", "labels",
        "unfavorable", "unfavorable", "favorable", "favorable"), builder::build);
  }

  // ---------------------------------------------------------------- writing

  @Override
  public InstrumentDto toDto(Instrument value) {
    return new InstrumentDto(FORMAT, Codec.VERSION, value.id(), value.version().toString(),
        value.title(), value.language(), value.kind(),
        value.items().stream().map(InstrumentDocument::itemDto)
            .collect(ImmutableList.toImmutableList()),
        emptyToNull(value.declaredConstructs().stream()
            .sorted(Comparator.comparing(Construct::id).thenComparing(Construct::label))
            .map(InstrumentDocument::constructDto).collect(ImmutableList.toImmutableList())),
        emptyToNull(value.retiredItemIds().stream().sorted()
            .collect(ImmutableList.toImmutableList())));
  }

  private static ItemDto itemDto(Item item) {
    return new ItemDto(item.id(), item.text(),
        item.construct().map(InstrumentDocument::constructDto).orElse(null), item.kind(),
        item.scale().map(InstrumentDocument::scaleDto).orElse(null), item.reverseKeyed());
  }

  static ConstructDto constructDto(Construct construct) {
    return new ConstructDto(construct.id(), construct.label());
  }

  private static ScaleDto scaleDto(ResponseScale scale) {
    return new ScaleDto(scale.min(), scale.max(), scale.labels(),
        emptyToNull(scale.favorable().asList()), emptyToNull(scale.unfavorable().asList()));
  }

  static <V> @Nullable List<V> emptyToNull(List<V> list) {
    return list.isEmpty() ? null : list;
  }
}

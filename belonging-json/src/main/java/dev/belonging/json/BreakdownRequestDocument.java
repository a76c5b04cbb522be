package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.disaggregation.Breakdown;
import dev.belonging.disaggregation.BreakdownRequest;
import dev.belonging.json.ReportParts.BreakdownDto;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.breakdown-request} document: the breakdowns of a disaggregation, each a
 * list of declared dimension names (one name for a single dimension, several for an
 * intersection) and a baseline. Canonical form writes every baseline, the default {@code
 * REST_OF_ORGANISATION} included; a reader takes an absent baseline as that default.
 */
final class BreakdownRequestDocument
    implements DocumentType<BreakdownRequestDocument.RequestDto, BreakdownRequest> {
  static final String FORMAT = "belonging.breakdown-request";
  static final BreakdownRequestDocument INSTANCE = new BreakdownRequestDocument();

  private BreakdownRequestDocument() {}

  @JsonPropertyOrder({"format", "version", "dimensions", "breakdowns"})
  record RequestDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimensions") @Nullable List<Dimensions.DimensionDto> dimensions,
      @JsonProperty("breakdowns") @Nullable List<BreakdownDto> breakdowns) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<RequestDto> dtoClass() {
    return RequestDto.class;
  }

  @Override
  public RequestDto emptyDto() {
    return new RequestDto(null, null, null, null);
  }

  @Override
  public BreakdownRequest toDomain(RequestDto dto, Mapping m) {
    Dimensions declared = Dimensions.read(dto.dimensions(), "/dimensions", m);
    List<BreakdownDto> dtos = m.list(m.required(dto.breakdowns(), "/breakdowns"), "/breakdowns");
    List<Breakdown> breakdowns = new ArrayList<>(dtos.size());
    for (int i = 0; i < dtos.size(); i++) {
      Breakdown breakdown = ReportParts.breakdown(dtos.get(i), "/breakdowns/" + i, declared, m);
      if (breakdowns.contains(breakdown)) {
        throw m.error("/breakdowns/" + i, "must not repeat an earlier breakdown");
      }
      breakdowns.add(breakdown);
    }
    return m.domain("/breakdowns", () -> BreakdownRequest.of(breakdowns));
  }

  @Override
  public RequestDto toDto(BreakdownRequest value) {
    return new RequestDto(FORMAT, Codec.VERSION, ReportParts.declare(value.breakdowns()),
        value.breakdowns().stream().map(ReportParts::breakdownDto)
            .collect(ImmutableList.toImmutableList()));
  }
}

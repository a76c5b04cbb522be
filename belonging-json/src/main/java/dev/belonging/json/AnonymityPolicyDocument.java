package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.belonging.anonymity.AnonymityPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The {@code belonging.anonymity-policy} document: the minimum group sizes of a release. Every
 * field is required, so a policy read never silently takes a default that a later version might
 * change.
 */
final class AnonymityPolicyDocument
    implements DocumentType<AnonymityPolicyDocument.PolicyDto, AnonymityPolicy> {
  static final String FORMAT = "belonging.anonymity-policy";
  static final AnonymityPolicyDocument INSTANCE = new AnonymityPolicyDocument();

  private AnonymityPolicyDocument() {}

  @JsonPropertyOrder({"format", "version", "minimumGroupSize", "responseRateMinimum",
      "commentMinimum", "sensitiveMinimum", "coalitionSize"})
  record PolicyDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("responseRateMinimum") @Nullable Integer responseRateMinimum,
      @JsonProperty("commentMinimum") @Nullable Integer commentMinimum,
      @JsonProperty("sensitiveMinimum") @Nullable Integer sensitiveMinimum,
      @JsonProperty("coalitionSize") @Nullable Integer coalitionSize) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Class<PolicyDto> dtoClass() {
    return PolicyDto.class;
  }

  @Override
  public PolicyDto emptyDto() {
    return new PolicyDto(null, null, null, null, null, null, null);
  }

  @Override
  public AnonymityPolicy toDomain(PolicyDto dto, Mapping m) {
    int k = m.required(dto.minimumGroupSize(), "/minimumGroupSize");
    int rate = m.required(dto.responseRateMinimum(), "/responseRateMinimum");
    int comment = m.required(dto.commentMinimum(), "/commentMinimum");
    int sensitive = m.required(dto.sensitiveMinimum(), "/sensitiveMinimum");
    int coalition = m.required(dto.coalitionSize(), "/coalitionSize");
    // The comment and sensitive minimums may not be below k: raise them out of the way first,
    // so that each field is checked against its own rule whatever order the values come in.
    return m.domain("", message -> "/" + message.split(" ", 2)[0],
        () -> AnonymityPolicy.withDefaults()
            .withCommentMinimum(Integer.MAX_VALUE)
            .withSensitiveMinimum(Integer.MAX_VALUE)
            .withMinimumGroupSize(k)
            .withResponseRateMinimum(rate)
            .withCommentMinimum(comment)
            .withSensitiveMinimum(sensitive)
            .withCoalitionSize(coalition));
  }

  @Override
  public PolicyDto toDto(AnonymityPolicy value) {
    return new PolicyDto(FORMAT, Codec.VERSION, value.minimumGroupSize(),
        value.responseRateMinimum(), value.commentMinimum(), value.sensitiveMinimum(),
        value.coalitionSize());
  }
}

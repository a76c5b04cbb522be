package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import dev.belonging.fairness.AdverseImpactResult;
import dev.belonging.fairness.DisparityVerdict;
import dev.belonging.fairness.GroupFairnessGap;
import dev.belonging.fairness.GroupImpact;
import dev.belonging.fairness.GroupParticipation;
import dev.belonging.fairness.GroupRecognition;
import dev.belonging.fairness.GroupResult;
import dev.belonging.fairness.GroupVoice;
import dev.belonging.fairness.MeetingVoice;
import dev.belonging.fairness.ParticipationResult;
import dev.belonging.fairness.PerceivedFairnessResult;
import dev.belonging.fairness.PooledEvidence;
import dev.belonging.fairness.RecognitionResult;
import dev.belonging.fairness.Suppression;
import dev.belonging.fairness.VoiceResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fairness result documents: {@code belonging.adverse-impact-result}, {@code
 * belonging.recognition-equity-result}, {@code belonging.voice-equity-result}, {@code
 * belonging.participation-parity-result} and {@code belonging.perceived-fairness-result}.
 *
 * <p>Every result has the breakdown's {@code dimension}, the {@code minimumGroupSize} applied,
 * the reference group's label where the check has one, the summary {@code verdict} and the
 * {@code groups}, last. A group is one object: its {@code group} label and either {@code
 * suppression} (the reason, and no other member: a document can never carry a number about a
 * suppressed group) or its published numbers. An undefined statistic is absent; an interval's
 * infinite limit is an absent {@code lower} or {@code upper}.
 */
final class FairnessDocuments {
  private FairnessDocuments() {}

  /** A group of a result: published numbers of type {@code T}, or a suppression. */
  interface GroupDto {
    @Nullable String group();

    @Nullable Suppression suppression();
  }

  /** The common part of reading a group: suppressed, or published through {@code published}. */
  private static <D extends GroupDto, T> GroupResult<T> group(D dto, String at, Mapping m,
      Function<D, @Nullable Object[]> numbers, Function<String, T> published) {
    String label = m.required(dto.group(), at + "/group");
    Suppression suppression = dto.suppression();
    if (suppression != null) {
      Numbers.absentWhenSuppressed(at, m, numbers.apply(dto));
      return m.domain(at + "/group", () -> GroupResult.suppressed(label, suppression));
    }
    T value = published.apply(label);
    return m.domain(at + "/group", () -> GroupResult.published(label, value));
  }

  private static <D, T> ImmutableList<D> groupDtos(List<GroupResult<T>> groups,
      Function<T, D> published, Function<GroupResult<T>, D> suppressed) {
    return groups.stream()
        .map(g -> g.published().map(published).orElseGet(() -> suppressed.apply(g)))
        .collect(ImmutableList.toImmutableList());
  }

  private static final Function<String, String> REFINE_RESULT = message -> {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("^groups\\[(\\d+)\\]").matcher(message);
    if (matcher.find()) {
      return "/groups/" + matcher.group(1) + "/group";
    }
    return Mapping.byMarkers("reference", "reference", "dimension", "dimension",
        "minimumGroupSize", "minimumGroupSize", "verdict", "verdict").apply(message);
  };

  /** Refines a group's domain message: the field named first in it. */
  private static Function<String, String> byField(String... fields) {
    return message -> {
      for (String field : fields) {
        if (message.startsWith(field + " must")) {
          return "/" + field;
        }
      }
      return "";
    };
  }

  // ================================================================ adverse impact

  @JsonPropertyOrder({"format", "version", "dimension", "minimumGroupSize", "reference",
      "verdict", "groups"})
  record AdverseImpactDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimension") @Nullable String dimension,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("reference") @Nullable String reference,
      @JsonProperty("verdict") @Nullable String verdict,
      @JsonProperty("groups") @Nullable List<ImpactDto> groups) {}

  @JsonPropertyOrder({"group", "suppression", "selected", "size", "rate", "reference",
      "referenceRate", "impactRatio", "impactRatioInterval", "belowFourFifths", "fisherP", "z",
      "zP", "shortfall", "oneSelectionFlipsFlag", "pooled", "pooledSuppression", "verdict",
      "sentence"})
  record ImpactDto(
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("suppression") @Nullable Suppression suppression,
      @JsonProperty("selected") @Nullable Integer selected,
      @JsonProperty("size") @Nullable Integer size,
      @JsonProperty("rate") @Nullable Double rate,
      @JsonProperty("reference") @Nullable Boolean reference,
      @JsonProperty("referenceRate") @Nullable Double referenceRate,
      @JsonProperty("impactRatio") @Nullable Double impactRatio,
      @JsonProperty("impactRatioInterval") Numbers.@Nullable IntervalDto impactRatioInterval,
      @JsonProperty("belowFourFifths") @Nullable Boolean belowFourFifths,
      @JsonProperty("fisherP") @Nullable Double fisherP,
      @JsonProperty("z") @Nullable Double z,
      @JsonProperty("zP") @Nullable Double zP,
      @JsonProperty("shortfall") @Nullable Long shortfall,
      @JsonProperty("oneSelectionFlipsFlag") @Nullable Boolean oneSelectionFlipsFlag,
      @JsonProperty("pooled") @Nullable PooledDto pooled,
      @JsonProperty("pooledSuppression") @Nullable Suppression pooledSuppression,
      @JsonProperty("verdict") @Nullable DisparityVerdict verdict,
      @JsonProperty("sentence") @Nullable String sentence) implements GroupDto {
    static ImpactDto suppressed(String group, Suppression suppression) {
      return new ImpactDto(group, suppression, null, null, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null);
    }

    @Nullable Object[] numbers() {
      return new @Nullable Object[] {"selected", selected, "size", size, "rate", rate,
          "reference", reference, "referenceRate", referenceRate, "impactRatio", impactRatio,
          "impactRatioInterval", impactRatioInterval, "belowFourFifths", belowFourFifths,
          "fisherP", fisherP, "z", z, "zP", zP, "shortfall", shortfall, "oneSelectionFlipsFlag",
          oneSelectionFlipsFlag, "pooled", pooled, "pooledSuppression", pooledSuppression,
          "verdict", verdict, "sentence", sentence};
    }
  }

  @JsonPropertyOrder({"strata", "statistic", "p", "commonOddsRatio", "commonOddsRatioInterval"})
  record PooledDto(
      @JsonProperty("strata") @Nullable Integer strata,
      @JsonProperty("statistic") @Nullable Double statistic,
      @JsonProperty("p") @Nullable Double p,
      @JsonProperty("commonOddsRatio") @Nullable Double commonOddsRatio,
      @JsonProperty("commonOddsRatioInterval") Numbers.@Nullable IntervalDto
          commonOddsRatioInterval) {}

  /** {@code belonging.adverse-impact-result}. */
  static final class AdverseImpactDocument
      implements DocumentType<AdverseImpactDto, AdverseImpactResult> {
    static final String FORMAT = "belonging.adverse-impact-result";
    static final AdverseImpactDocument INSTANCE = new AdverseImpactDocument();

    private AdverseImpactDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<AdverseImpactDto> dtoClass() {
      return AdverseImpactDto.class;
    }

    @Override
    public AdverseImpactDto emptyDto() {
      return new AdverseImpactDto(null, null, null, null, null, null, null);
    }

    @Override
    public AdverseImpactResult toDomain(AdverseImpactDto dto, Mapping m) {
      AdverseImpactResult.Builder builder = AdverseImpactResult.builder()
          .dimension(m.required(dto.dimension(), "/dimension"))
          .minimumGroupSize(m.required(dto.minimumGroupSize(), "/minimumGroupSize"))
          .reference(Optional.ofNullable(dto.reference()))
          .verdict(m.required(dto.verdict(), "/verdict"));
      List<ImpactDto> groups = m.list(m.required(dto.groups(), "/groups"), "/groups");
      for (int i = 0; i < groups.size(); i++) {
        String at = "/groups/" + i;
        ImpactDto g = groups.get(i);
        builder.addGroup(group(g, at, m, ImpactDto::numbers, label -> impact(label, g, at, m)));
      }
      return m.domain("", REFINE_RESULT, builder::build);
    }

    private static GroupImpact impact(String label, ImpactDto g, String at, Mapping m) {
      GroupImpact.Builder b = GroupImpact.builder().group(label)
          .selected(m.required(g.selected(), at + "/selected"))
          .size(m.required(g.size(), at + "/size"))
          .rate(Numbers.required(g.rate(), at + "/rate", m))
          .reference(m.required(g.reference(), at + "/reference"))
          .referenceRate(Numbers.required(g.referenceRate(), at + "/referenceRate", m))
          .impactRatio(Numbers.optional(g.impactRatio(), at + "/impactRatio", m))
          .impactRatioInterval(
              Numbers.optionalInterval(g.impactRatioInterval(), at + "/impactRatioInterval", m))
          .belowFourFifths(m.required(g.belowFourFifths(), at + "/belowFourFifths"))
          .fisherP(Numbers.optional(g.fisherP(), at + "/fisherP", m))
          .z(Numbers.optional(g.z(), at + "/z", m))
          .zP(Numbers.optional(g.zP(), at + "/zP", m))
          .shortfall(m.required(g.shortfall(), at + "/shortfall"))
          .oneSelectionFlipsFlag(
              m.required(g.oneSelectionFlipsFlag(), at + "/oneSelectionFlipsFlag"))
          .pooledSuppression(java.util.Optional.ofNullable(g.pooledSuppression()))
          .verdict(m.required(g.verdict(), at + "/verdict"))
          .sentence(m.required(g.sentence(), at + "/sentence"));
      PooledDto pooled = g.pooled();
      if (pooled != null) {
        String here = at + "/pooled";
        PooledEvidence.Builder p = PooledEvidence.builder()
            .strata(m.required(pooled.strata(), here + "/strata"))
            .statistic(Numbers.optional(pooled.statistic(), here + "/statistic", m))
            .p(Numbers.optional(pooled.p(), here + "/p", m))
            .commonOddsRatio(Numbers.optional(pooled.commonOddsRatio(),
                here + "/commonOddsRatio", m))
            .commonOddsRatioInterval(Numbers.optionalInterval(pooled.commonOddsRatioInterval(),
                here + "/commonOddsRatioInterval", m));
        b.pooled(m.domain(here, byField("strata", "statistic", "p", "commonOddsRatio"),
            p::build));
      }
      return m.domain(at, byField("group", "selected", "size", "rate", "referenceRate",
          "impactRatio", "fisherP", "z", "zP", "shortfall", "pooledSuppression", "sentence"),
          b::build);
    }

    @Override
    public AdverseImpactDto toDto(AdverseImpactResult r) {
      return new AdverseImpactDto(FORMAT, Codec.VERSION, r.dimension(), r.minimumGroupSize(),
          r.reference().orElse(null), r.verdict(),
          groupDtos(r.groups(), AdverseImpactDocument::impactDto,
              g -> ImpactDto.suppressed(g.group(), g.suppression().orElseThrow())));
    }

    private static ImpactDto impactDto(GroupImpact g) {
      PooledDto pooled = g.pooled().map(p -> new PooledDto(p.strata(),
          Numbers.dto(p.statistic()), Numbers.dto(p.p()), Numbers.dto(p.commonOddsRatio()),
          Numbers.intervalDto(p.commonOddsRatioInterval()))).orElse(null);
      return new ImpactDto(g.group(), null, g.selected(), g.size(), g.rate(), g.reference(),
          g.referenceRate(), Numbers.dto(g.impactRatio()),
          Numbers.intervalDto(g.impactRatioInterval()), g.belowFourFifths(),
          Numbers.dto(g.fisherP()), Numbers.dto(g.z()), Numbers.dto(g.zP()), g.shortfall(),
          g.oneSelectionFlipsFlag(), pooled, g.pooledSuppression().orElse(null), g.verdict(),
          g.sentence());
    }
  }

  // ================================================================ recognition equity

  @JsonPropertyOrder({"format", "version", "dimension", "minimumGroupSize", "reference",
      "verdict", "groups"})
  record RecognitionDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimension") @Nullable String dimension,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("reference") @Nullable String reference,
      @JsonProperty("verdict") @Nullable String verdict,
      @JsonProperty("groups") @Nullable List<RecognitionGroupDto> groups) {}

  @JsonPropertyOrder({"group", "suppression", "people", "personPeriods", "events", "rate",
      "reference", "referenceRate", "rateRatio", "rateRatioInterval", "p", "belowThreshold",
      "verdict", "sentence"})
  record RecognitionGroupDto(
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("suppression") @Nullable Suppression suppression,
      @JsonProperty("people") @Nullable Integer people,
      @JsonProperty("personPeriods") @Nullable Double personPeriods,
      @JsonProperty("events") @Nullable Long events,
      @JsonProperty("rate") @Nullable Double rate,
      @JsonProperty("reference") @Nullable Boolean reference,
      @JsonProperty("referenceRate") @Nullable Double referenceRate,
      @JsonProperty("rateRatio") @Nullable Double rateRatio,
      @JsonProperty("rateRatioInterval") Numbers.@Nullable IntervalDto rateRatioInterval,
      @JsonProperty("p") @Nullable Double p,
      @JsonProperty("belowThreshold") @Nullable Boolean belowThreshold,
      @JsonProperty("verdict") @Nullable DisparityVerdict verdict,
      @JsonProperty("sentence") @Nullable String sentence) implements GroupDto {
    static RecognitionGroupDto suppressed(String group, Suppression suppression) {
      return new RecognitionGroupDto(group, suppression, null, null, null, null, null, null,
          null, null, null, null, null, null);
    }

    @Nullable Object[] numbers() {
      return new @Nullable Object[] {"people", people, "personPeriods", personPeriods, "events",
          events, "rate", rate, "reference", reference, "referenceRate", referenceRate,
          "rateRatio", rateRatio, "rateRatioInterval", rateRatioInterval, "p", p,
          "belowThreshold", belowThreshold, "verdict", verdict, "sentence", sentence};
    }
  }

  /** {@code belonging.recognition-equity-result}. */
  static final class RecognitionDocument implements DocumentType<RecognitionDto, RecognitionResult> {
    static final String FORMAT = "belonging.recognition-equity-result";
    static final RecognitionDocument INSTANCE = new RecognitionDocument();

    private RecognitionDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<RecognitionDto> dtoClass() {
      return RecognitionDto.class;
    }

    @Override
    public RecognitionDto emptyDto() {
      return new RecognitionDto(null, null, null, null, null, null, null);
    }

    @Override
    public RecognitionResult toDomain(RecognitionDto dto, Mapping m) {
      RecognitionResult.Builder builder = RecognitionResult.builder()
          .dimension(m.required(dto.dimension(), "/dimension"))
          .minimumGroupSize(m.required(dto.minimumGroupSize(), "/minimumGroupSize"))
          .reference(Optional.ofNullable(dto.reference()))
          .verdict(m.required(dto.verdict(), "/verdict"));
      List<RecognitionGroupDto> groups = m.list(m.required(dto.groups(), "/groups"), "/groups");
      for (int i = 0; i < groups.size(); i++) {
        String at = "/groups/" + i;
        RecognitionGroupDto g = groups.get(i);
        builder.addGroup(group(g, at, m, RecognitionGroupDto::numbers, label -> m.domain(at,
            byField("group", "people", "personPeriods", "events", "rate", "referenceRate",
                "rateRatio", "p", "sentence"),
            () -> GroupRecognition.builder().group(label)
                .people(m.required(g.people(), at + "/people"))
                .personPeriods(Numbers.required(g.personPeriods(), at + "/personPeriods", m))
                .events(m.required(g.events(), at + "/events"))
                .rate(Numbers.required(g.rate(), at + "/rate", m))
                .reference(m.required(g.reference(), at + "/reference"))
                .referenceRate(Numbers.required(g.referenceRate(), at + "/referenceRate", m))
                .rateRatio(Numbers.optional(g.rateRatio(), at + "/rateRatio", m))
                .rateRatioInterval(
                    Numbers.optionalInterval(g.rateRatioInterval(), at + "/rateRatioInterval", m))
                .p(Numbers.optional(g.p(), at + "/p", m))
                .belowThreshold(m.required(g.belowThreshold(), at + "/belowThreshold"))
                .verdict(m.required(g.verdict(), at + "/verdict"))
                .sentence(m.required(g.sentence(), at + "/sentence"))
                .build())));
      }
      return m.domain("", REFINE_RESULT, builder::build);
    }

    @Override
    public RecognitionDto toDto(RecognitionResult r) {
      return new RecognitionDto(FORMAT, Codec.VERSION, r.dimension(), r.minimumGroupSize(),
          r.reference().orElse(null), r.verdict(), groupDtos(r.groups(),
              g -> new RecognitionGroupDto(g.group(), null, g.people(), g.personPeriods(),
                  g.events(), g.rate(), g.reference(), g.referenceRate(),
                  Numbers.dto(g.rateRatio()), Numbers.intervalDto(g.rateRatioInterval()),
                  Numbers.dto(g.p()), g.belowThreshold(), g.verdict(), g.sentence()),
              g -> RecognitionGroupDto.suppressed(g.group(), g.suppression().orElseThrow())));
    }
  }

  // ================================================================ voice equity

  @JsonPropertyOrder({"format", "version", "dimension", "minimumGroupSize", "verdict", "overall",
      "groups"})
  record VoiceDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimension") @Nullable String dimension,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("verdict") @Nullable String verdict,
      @JsonProperty("overall") @Nullable MeetingDto overall,
      @JsonProperty("groups") @Nullable List<VoiceGroupDto> groups) {}

  @JsonPropertyOrder({"group", "suppression", "meetings", "people", "attendances", "turns",
      "gini", "giniCorrected", "topicsWithTurns", "firstVoiceTopics", "firstVoiceShare"})
  record MeetingDto(
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("suppression") @Nullable Suppression suppression,
      @JsonProperty("meetings") @Nullable Integer meetings,
      @JsonProperty("people") @Nullable Integer people,
      @JsonProperty("attendances") @Nullable Integer attendances,
      @JsonProperty("turns") @Nullable Long turns,
      @JsonProperty("gini") @Nullable Double gini,
      @JsonProperty("giniCorrected") @Nullable Double giniCorrected,
      @JsonProperty("topicsWithTurns") @Nullable Integer topicsWithTurns,
      @JsonProperty("firstVoiceTopics") @Nullable Integer firstVoiceTopics,
      @JsonProperty("firstVoiceShare") @Nullable Double firstVoiceShare) implements GroupDto {
    @Nullable Object[] numbers() {
      return new @Nullable Object[] {"meetings", meetings, "people", people, "attendances",
          attendances, "turns", turns, "gini", gini, "giniCorrected", giniCorrected,
          "topicsWithTurns", topicsWithTurns, "firstVoiceTopics", firstVoiceTopics,
          "firstVoiceShare", firstVoiceShare};
    }
  }

  @JsonPropertyOrder({"group", "suppression", "people", "attendances", "turns",
      "attendanceShare", "turnShare", "representationRatio"})
  record VoiceGroupDto(
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("suppression") @Nullable Suppression suppression,
      @JsonProperty("people") @Nullable Integer people,
      @JsonProperty("attendances") @Nullable Integer attendances,
      @JsonProperty("turns") @Nullable Long turns,
      @JsonProperty("attendanceShare") @Nullable Double attendanceShare,
      @JsonProperty("turnShare") @Nullable Double turnShare,
      @JsonProperty("representationRatio") @Nullable Double representationRatio)
      implements GroupDto {
    @Nullable Object[] numbers() {
      return new @Nullable Object[] {"people", people, "attendances", attendances, "turns", turns,
          "attendanceShare", attendanceShare, "turnShare", turnShare, "representationRatio",
          representationRatio};
    }
  }

  /** {@code belonging.voice-equity-result}. */
  static final class VoiceDocument implements DocumentType<VoiceDto, VoiceResult> {
    static final String FORMAT = "belonging.voice-equity-result";
    static final VoiceDocument INSTANCE = new VoiceDocument();

    private VoiceDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<VoiceDto> dtoClass() {
      return VoiceDto.class;
    }

    @Override
    public VoiceDto emptyDto() {
      return new VoiceDto(null, null, null, null, null, null, null);
    }

    @Override
    public VoiceResult toDomain(VoiceDto dto, Mapping m) {
      MeetingDto o = m.required(dto.overall(), "/overall");
      VoiceResult.Builder builder = VoiceResult.builder()
          .dimension(m.required(dto.dimension(), "/dimension"))
          .minimumGroupSize(m.required(dto.minimumGroupSize(), "/minimumGroupSize"))
          .verdict(m.required(dto.verdict(), "/verdict"))
          .overall(group(o, "/overall", m, MeetingDto::numbers, label -> m.domain("/overall",
              byField("meetings", "people", "attendances", "turns", "gini", "giniCorrected",
                  "topicsWithTurns", "firstVoiceTopics", "firstVoiceShare"),
              () -> MeetingVoice.builder()
                  .meetings(m.required(o.meetings(), "/overall/meetings"))
                  .people(m.required(o.people(), "/overall/people"))
                  .attendances(m.required(o.attendances(), "/overall/attendances"))
                  .turns(m.required(o.turns(), "/overall/turns"))
                  .gini(Numbers.optional(o.gini(), "/overall/gini", m))
                  .giniCorrected(Numbers.optional(o.giniCorrected(), "/overall/giniCorrected", m))
                  .topicsWithTurns(m.required(o.topicsWithTurns(), "/overall/topicsWithTurns"))
                  .firstVoiceTopics(m.required(o.firstVoiceTopics(), "/overall/firstVoiceTopics"))
                  .firstVoiceShare(
                      Numbers.optional(o.firstVoiceShare(), "/overall/firstVoiceShare", m))
                  .build())));
      List<VoiceGroupDto> groups = m.list(m.required(dto.groups(), "/groups"), "/groups");
      for (int i = 0; i < groups.size(); i++) {
        String at = "/groups/" + i;
        VoiceGroupDto g = groups.get(i);
        builder.addGroup(group(g, at, m, VoiceGroupDto::numbers, label -> m.domain(at,
            byField("group", "people", "attendances", "turns", "attendanceShare", "turnShare",
                "representationRatio"),
            () -> GroupVoice.builder().group(label)
                .people(m.required(g.people(), at + "/people"))
                .attendances(m.required(g.attendances(), at + "/attendances"))
                .turns(m.required(g.turns(), at + "/turns"))
                .attendanceShare(
                    Numbers.required(g.attendanceShare(), at + "/attendanceShare", m))
                .turnShare(Numbers.optional(g.turnShare(), at + "/turnShare", m))
                .representationRatio(
                    Numbers.optional(g.representationRatio(), at + "/representationRatio", m))
                .build())));
      }
      return m.domain("", REFINE_RESULT, builder::build);
    }

    @Override
    public VoiceDto toDto(VoiceResult r) {
      GroupResult<MeetingVoice> overall = r.overall();
      MeetingDto o = overall.published()
          .map(v -> new MeetingDto(overall.group(), null, v.meetings(), v.people(),
              v.attendances(), v.turns(), Numbers.dto(v.gini()), Numbers.dto(v.giniCorrected()),
              v.topicsWithTurns(), v.firstVoiceTopics(), Numbers.dto(v.firstVoiceShare())))
          .orElseGet(() -> new MeetingDto(overall.group(), overall.suppression().orElseThrow(),
              null, null, null, null, null, null, null, null, null));
      return new VoiceDto(FORMAT, Codec.VERSION, r.dimension(), r.minimumGroupSize(),
          r.verdict(), o, groupDtos(r.groups(),
              g -> new VoiceGroupDto(g.group(), null, g.people(), g.attendances(), g.turns(),
                  g.attendanceShare(), Numbers.dto(g.turnShare()),
                  Numbers.dto(g.representationRatio())),
              g -> new VoiceGroupDto(g.group(), g.suppression().orElseThrow(), null, null, null,
                  null, null, null)));
    }
  }

  // ================================================================ participation parity

  @JsonPropertyOrder({"format", "version", "dimension", "minimumGroupSize", "reference",
      "verdict", "groups"})
  record ParticipationDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimension") @Nullable String dimension,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("reference") @Nullable String reference,
      @JsonProperty("verdict") @Nullable String verdict,
      @JsonProperty("groups") @Nullable List<ParticipationGroupDto> groups) {}

  @JsonPropertyOrder({"group", "suppression", "invited", "responded", "rate", "rateInterval",
      "belowMinimumRate", "reference", "gap", "gapInterval", "gapSupported", "sentence"})
  record ParticipationGroupDto(
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("suppression") @Nullable Suppression suppression,
      @JsonProperty("invited") @Nullable Integer invited,
      @JsonProperty("responded") @Nullable Integer responded,
      @JsonProperty("rate") @Nullable Double rate,
      @JsonProperty("rateInterval") Numbers.@Nullable IntervalDto rateInterval,
      @JsonProperty("belowMinimumRate") @Nullable Boolean belowMinimumRate,
      @JsonProperty("reference") @Nullable Boolean reference,
      @JsonProperty("gap") @Nullable Double gap,
      @JsonProperty("gapInterval") Numbers.@Nullable IntervalDto gapInterval,
      @JsonProperty("gapSupported") @Nullable Boolean gapSupported,
      @JsonProperty("sentence") @Nullable String sentence) implements GroupDto {
    @Nullable Object[] numbers() {
      return new @Nullable Object[] {"invited", invited, "responded", responded, "rate", rate,
          "rateInterval", rateInterval, "belowMinimumRate", belowMinimumRate, "reference",
          reference, "gap", gap, "gapInterval", gapInterval, "gapSupported", gapSupported,
          "sentence", sentence};
    }
  }

  /** {@code belonging.participation-parity-result}. */
  static final class ParticipationDocument
      implements DocumentType<ParticipationDto, ParticipationResult> {
    static final String FORMAT = "belonging.participation-parity-result";
    static final ParticipationDocument INSTANCE = new ParticipationDocument();

    private ParticipationDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<ParticipationDto> dtoClass() {
      return ParticipationDto.class;
    }

    @Override
    public ParticipationDto emptyDto() {
      return new ParticipationDto(null, null, null, null, null, null, null);
    }

    @Override
    public ParticipationResult toDomain(ParticipationDto dto, Mapping m) {
      ParticipationResult.Builder builder = ParticipationResult.builder()
          .dimension(m.required(dto.dimension(), "/dimension"))
          .minimumGroupSize(m.required(dto.minimumGroupSize(), "/minimumGroupSize"))
          .reference(Optional.ofNullable(dto.reference()))
          .verdict(m.required(dto.verdict(), "/verdict"));
      List<ParticipationGroupDto> groups =
          m.list(m.required(dto.groups(), "/groups"), "/groups");
      for (int i = 0; i < groups.size(); i++) {
        String at = "/groups/" + i;
        ParticipationGroupDto g = groups.get(i);
        builder.addGroup(group(g, at, m, ParticipationGroupDto::numbers, label -> m.domain(at,
            byField("group", "invited", "responded", "rate", "gap", "sentence"),
            () -> GroupParticipation.builder().group(label)
                .invited(m.required(g.invited(), at + "/invited"))
                .responded(m.required(g.responded(), at + "/responded"))
                .rate(Numbers.required(g.rate(), at + "/rate", m))
                .rateInterval(Numbers.interval(
                    m.required(g.rateInterval(), at + "/rateInterval"), at + "/rateInterval", m))
                .belowMinimumRate(m.required(g.belowMinimumRate(), at + "/belowMinimumRate"))
                .reference(m.required(g.reference(), at + "/reference"))
                .gap(Numbers.optional(g.gap(), at + "/gap", m))
                .gapInterval(Numbers.optionalInterval(g.gapInterval(), at + "/gapInterval", m))
                .gapSupported(m.required(g.gapSupported(), at + "/gapSupported"))
                .sentence(m.required(g.sentence(), at + "/sentence"))
                .build())));
      }
      return m.domain("", REFINE_RESULT, builder::build);
    }

    @Override
    public ParticipationDto toDto(ParticipationResult r) {
      return new ParticipationDto(FORMAT, Codec.VERSION, r.dimension(), r.minimumGroupSize(),
          r.reference().orElse(null), r.verdict(), groupDtos(r.groups(),
              g -> new ParticipationGroupDto(g.group(), null, g.invited(), g.responded(),
                  g.rate(), Numbers.intervalDto(g.rateInterval()), g.belowMinimumRate(),
                  g.reference(), Numbers.dto(g.gap()), Numbers.intervalDto(g.gapInterval()),
                  g.gapSupported(), g.sentence()),
              g -> new ParticipationGroupDto(g.group(), g.suppression().orElseThrow(), null,
                  null, null, null, null, null, null, null, null, null)));
    }
  }

  // ================================================================ perceived fairness

  @JsonPropertyOrder({"format", "version", "dimension", "minimumGroupSize", "verdict", "groups"})
  record PerceivedDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("dimension") @Nullable String dimension,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("verdict") @Nullable String verdict,
      @JsonProperty("groups") @Nullable List<PerceivedGroupDto> groups) {}

  @JsonPropertyOrder({"group", "suppression", "n", "mean", "standardDeviation", "restN",
      "restMean", "gap", "t", "degreesOfFreedom", "p", "gapInterval", "hedgesG",
      "hedgesGInterval", "lowerAndSupported", "sentence"})
  record PerceivedGroupDto(
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("suppression") @Nullable Suppression suppression,
      @JsonProperty("n") @Nullable Integer n,
      @JsonProperty("mean") @Nullable Double mean,
      @JsonProperty("standardDeviation") @Nullable Double standardDeviation,
      @JsonProperty("restN") @Nullable Integer restN,
      @JsonProperty("restMean") @Nullable Double restMean,
      @JsonProperty("gap") @Nullable Double gap,
      @JsonProperty("t") @Nullable Double t,
      @JsonProperty("degreesOfFreedom") @Nullable Double degreesOfFreedom,
      @JsonProperty("p") @Nullable Double p,
      @JsonProperty("gapInterval") Numbers.@Nullable IntervalDto gapInterval,
      @JsonProperty("hedgesG") @Nullable Double hedgesG,
      @JsonProperty("hedgesGInterval") Numbers.@Nullable IntervalDto hedgesGInterval,
      @JsonProperty("lowerAndSupported") @Nullable Boolean lowerAndSupported,
      @JsonProperty("sentence") @Nullable String sentence) implements GroupDto {
    @Nullable Object[] numbers() {
      return new @Nullable Object[] {"n", n, "mean", mean, "standardDeviation", standardDeviation,
          "restN", restN, "restMean", restMean, "gap", gap, "t", t, "degreesOfFreedom",
          degreesOfFreedom, "p", p, "gapInterval", gapInterval, "hedgesG", hedgesG,
          "hedgesGInterval", hedgesGInterval, "lowerAndSupported", lowerAndSupported,
          "sentence", sentence};
    }
  }

  /** {@code belonging.perceived-fairness-result}. */
  static final class PerceivedDocument
      implements DocumentType<PerceivedDto, PerceivedFairnessResult> {
    static final String FORMAT = "belonging.perceived-fairness-result";
    static final PerceivedDocument INSTANCE = new PerceivedDocument();

    private PerceivedDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<PerceivedDto> dtoClass() {
      return PerceivedDto.class;
    }

    @Override
    public PerceivedDto emptyDto() {
      return new PerceivedDto(null, null, null, null, null, null);
    }

    @Override
    public PerceivedFairnessResult toDomain(PerceivedDto dto, Mapping m) {
      PerceivedFairnessResult.Builder builder = PerceivedFairnessResult.builder()
          .dimension(m.required(dto.dimension(), "/dimension"))
          .minimumGroupSize(m.required(dto.minimumGroupSize(), "/minimumGroupSize"))
          .verdict(m.required(dto.verdict(), "/verdict"));
      List<PerceivedGroupDto> groups = m.list(m.required(dto.groups(), "/groups"), "/groups");
      for (int i = 0; i < groups.size(); i++) {
        String at = "/groups/" + i;
        PerceivedGroupDto g = groups.get(i);
        builder.addGroup(group(g, at, m, PerceivedGroupDto::numbers, label -> m.domain(at,
            byField("group", "n", "mean", "standardDeviation", "restN", "restMean", "gap", "t",
                "degreesOfFreedom", "p", "hedgesG", "sentence"),
            () -> GroupFairnessGap.builder().group(label)
                .n(m.required(g.n(), at + "/n"))
                .mean(Numbers.required(g.mean(), at + "/mean", m))
                .standardDeviation(
                    Numbers.optional(g.standardDeviation(), at + "/standardDeviation", m))
                .restN(m.required(g.restN(), at + "/restN"))
                .restMean(Numbers.optional(g.restMean(), at + "/restMean", m))
                .gap(Numbers.optional(g.gap(), at + "/gap", m))
                .t(Numbers.optional(g.t(), at + "/t", m))
                .degreesOfFreedom(
                    Numbers.optional(g.degreesOfFreedom(), at + "/degreesOfFreedom", m))
                .p(Numbers.optional(g.p(), at + "/p", m))
                .gapInterval(Numbers.optionalInterval(g.gapInterval(), at + "/gapInterval", m))
                .hedgesG(Numbers.optional(g.hedgesG(), at + "/hedgesG", m))
                .hedgesGInterval(
                    Numbers.optionalInterval(g.hedgesGInterval(), at + "/hedgesGInterval", m))
                .lowerAndSupported(m.required(g.lowerAndSupported(), at + "/lowerAndSupported"))
                .sentence(m.required(g.sentence(), at + "/sentence"))
                .build())));
      }
      return m.domain("", REFINE_RESULT, builder::build);
    }

    @Override
    public PerceivedDto toDto(PerceivedFairnessResult r) {
      return new PerceivedDto(FORMAT, Codec.VERSION, r.dimension(), r.minimumGroupSize(),
          r.verdict(), groupDtos(r.groups(),
              g -> new PerceivedGroupDto(g.group(), null, g.n(), g.mean(),
                  Numbers.dto(g.standardDeviation()), g.restN(), Numbers.dto(g.restMean()),
                  Numbers.dto(g.gap()), Numbers.dto(g.t()), Numbers.dto(g.degreesOfFreedom()),
                  Numbers.dto(g.p()), Numbers.intervalDto(g.gapInterval()),
                  Numbers.dto(g.hedgesG()), Numbers.intervalDto(g.hedgesGInterval()),
                  g.lowerAndSupported(), g.sentence()),
              g -> new PerceivedGroupDto(g.group(), g.suppression().orElseThrow(), null, null,
                  null, null, null, null, null, null, null, null, null, null, null, null)));
    }
  }
}

package dev.belonging.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.belonging.intervention.GroupSummary;
import dev.belonging.intervention.TrialDecision;
import dev.belonging.intervention.TrialEvaluation;
import dev.belonging.intervention.TrialResult;
import dev.belonging.intervention.TrialWaves;
import org.jspecify.annotations.Nullable;

/**
 * The trial documents: {@code belonging.trial-evaluation} (the evaluation's settings), {@code
 * belonging.trial-waves} (its input: four group summaries) and {@code belonging.trial-result}
 * (the difference-in-differences result and decision).
 *
 * <p>Settings with defaults may be omitted on reading and are always written. In a result, the
 * degrees of freedom and the interval are absent when the data have no variation.
 */
final class TrialDocuments {
  private TrialDocuments() {}

  @JsonPropertyOrder({"format", "version", "confidenceLevel", "minimumGroupSize",
      "higherIsBetter", "smallestWorthwhileChange"})
  record EvaluationDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("confidenceLevel") @Nullable Double confidenceLevel,
      @JsonProperty("minimumGroupSize") @Nullable Integer minimumGroupSize,
      @JsonProperty("higherIsBetter") @Nullable Boolean higherIsBetter,
      @JsonProperty("smallestWorthwhileChange") @Nullable Double smallestWorthwhileChange) {}

  @JsonPropertyOrder({"n", "mean", "sd"})
  record SummaryDto(
      @JsonProperty("n") @Nullable Integer n,
      @JsonProperty("mean") @Nullable Double mean,
      @JsonProperty("sd") @Nullable Double sd) {}

  @JsonPropertyOrder({"format", "version", "targetBefore", "targetAfter", "comparisonBefore",
      "comparisonAfter"})
  record WavesDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("targetBefore") @Nullable SummaryDto targetBefore,
      @JsonProperty("targetAfter") @Nullable SummaryDto targetAfter,
      @JsonProperty("comparisonBefore") @Nullable SummaryDto comparisonBefore,
      @JsonProperty("comparisonAfter") @Nullable SummaryDto comparisonAfter) {}

  @JsonPropertyOrder({"format", "version", "estimate", "standardError", "degreesOfFreedom",
      "interval", "confidenceLevel", "groupsLargeEnough", "credible", "decision", "win",
      "explanation"})
  record ResultDto(
      @JsonProperty("format") @Nullable String format,
      @JsonProperty("version") @Nullable String version,
      @JsonProperty("estimate") @Nullable Double estimate,
      @JsonProperty("standardError") @Nullable Double standardError,
      @JsonProperty("degreesOfFreedom") @Nullable Double degreesOfFreedom,
      @JsonProperty("interval") Numbers.@Nullable IntervalDto interval,
      @JsonProperty("confidenceLevel") @Nullable Double confidenceLevel,
      @JsonProperty("groupsLargeEnough") @Nullable Boolean groupsLargeEnough,
      @JsonProperty("credible") @Nullable Boolean credible,
      @JsonProperty("decision") @Nullable TrialDecision decision,
      @JsonProperty("win") @Nullable Boolean win,
      @JsonProperty("explanation") @Nullable String explanation) {}

  /** {@code belonging.trial-evaluation}: the settings of a {@link TrialEvaluation}. */
  static final class EvaluationDocument implements DocumentType<EvaluationDto, TrialEvaluation> {
    static final String FORMAT = "belonging.trial-evaluation";
    static final EvaluationDocument INSTANCE = new EvaluationDocument();

    private EvaluationDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<EvaluationDto> dtoClass() {
      return EvaluationDto.class;
    }

    @Override
    public EvaluationDto emptyDto() {
      return new EvaluationDto(null, null, null, null, null, null);
    }

    @Override
    public TrialEvaluation toDomain(EvaluationDto dto, Mapping m) {
      TrialEvaluation evaluation = TrialEvaluation.withDefaults();
      if (dto.confidenceLevel() != null) {
        double level = Numbers.required(dto.confidenceLevel(), "/confidenceLevel", m);
        TrialEvaluation before = evaluation;
        evaluation = m.domain("/confidenceLevel", () -> before.withConfidenceLevel(level));
      }
      if (dto.minimumGroupSize() != null) {
        int size = dto.minimumGroupSize();
        TrialEvaluation before = evaluation;
        evaluation = m.domain("/minimumGroupSize", () -> before.withMinimumGroupSize(size));
      }
      if (dto.higherIsBetter() != null) {
        evaluation = evaluation.withHigherIsBetter(dto.higherIsBetter());
      }
      if (dto.smallestWorthwhileChange() != null) {
        double change =
            Numbers.required(dto.smallestWorthwhileChange(), "/smallestWorthwhileChange", m);
        TrialEvaluation before = evaluation;
        evaluation = m.domain("/smallestWorthwhileChange",
            () -> before.withSmallestWorthwhileChange(change));
      }
      return evaluation;
    }

    @Override
    public EvaluationDto toDto(TrialEvaluation value) {
      return new EvaluationDto(FORMAT, Codec.VERSION, value.confidenceLevel(),
          value.minimumGroupSize(), value.higherIsBetter(), value.smallestWorthwhileChange());
    }
  }

  /** {@code belonging.trial-waves}: the four group summaries of a trial. */
  static final class WavesDocument implements DocumentType<WavesDto, TrialWaves> {
    static final String FORMAT = "belonging.trial-waves";
    static final WavesDocument INSTANCE = new WavesDocument();

    private WavesDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<WavesDto> dtoClass() {
      return WavesDto.class;
    }

    @Override
    public WavesDto emptyDto() {
      return new WavesDto(null, null, null, null, null, null);
    }

    @Override
    public TrialWaves toDomain(WavesDto dto, Mapping m) {
      return TrialWaves.of(summary(dto.targetBefore(), "/targetBefore", m),
          summary(dto.targetAfter(), "/targetAfter", m),
          summary(dto.comparisonBefore(), "/comparisonBefore", m),
          summary(dto.comparisonAfter(), "/comparisonAfter", m));
    }

    private static GroupSummary summary(@Nullable SummaryDto dto, String at, Mapping m) {
      SummaryDto s = m.required(dto, at);
      int n = m.required(s.n(), at + "/n");
      double mean = Numbers.required(s.mean(), at + "/mean", m);
      double sd = Numbers.required(s.sd(), at + "/sd", m);
      return m.domain(at, Mapping.byMarkers("n must", "n", "mean", "mean", "sd", "sd"),
          () -> GroupSummary.of(n, mean, sd));
    }

    @Override
    public WavesDto toDto(TrialWaves value) {
      return new WavesDto(FORMAT, Codec.VERSION, dto(value.targetBefore()),
          dto(value.targetAfter()), dto(value.comparisonBefore()), dto(value.comparisonAfter()));
    }

    private static SummaryDto dto(GroupSummary s) {
      return new SummaryDto(s.n(), s.mean(), s.sd());
    }
  }

  /** {@code belonging.trial-result}: a {@link TrialResult}. */
  static final class ResultDocument implements DocumentType<ResultDto, TrialResult> {
    static final String FORMAT = "belonging.trial-result";
    static final ResultDocument INSTANCE = new ResultDocument();

    private ResultDocument() {}

    @Override
    public String format() {
      return FORMAT;
    }

    @Override
    public Class<ResultDto> dtoClass() {
      return ResultDto.class;
    }

    @Override
    public ResultDto emptyDto() {
      return new ResultDto(null, null, null, null, null, null, null, null, null, null, null,
          null);
    }

    @Override
    public TrialResult toDomain(ResultDto dto, Mapping m) {
      TrialResult.Builder builder = TrialResult.builder();
      builder.estimate(Numbers.required(dto.estimate(), "/estimate", m));
      builder.standardError(Numbers.required(dto.standardError(), "/standardError", m));
      builder.degreesOfFreedom(Numbers.optional(dto.degreesOfFreedom(), "/degreesOfFreedom", m));
      builder.interval(Numbers.optionalInterval(dto.interval(), "/interval", m));
      builder.confidenceLevel(Numbers.required(dto.confidenceLevel(), "/confidenceLevel", m));
      builder.groupsLargeEnough(m.required(dto.groupsLargeEnough(), "/groupsLargeEnough"));
      builder.credible(m.required(dto.credible(), "/credible"));
      builder.decision(m.required(dto.decision(), "/decision"));
      builder.win(m.required(dto.win(), "/win"));
      builder.explanation(m.required(dto.explanation(), "/explanation"));
      return m.domain("", Mapping.byMarkers("estimate", "estimate", "standardError",
          "standardError", "degreesOfFreedom", "degreesOfFreedom", "interval level", "interval",
          "confidenceLevel", "confidenceLevel", "credible requires", "credible", "win must",
          "win", "decision CONTINUE", "decision", "explanation", "explanation"), builder::build);
    }

    @Override
    public ResultDto toDto(TrialResult r) {
      return new ResultDto(FORMAT, Codec.VERSION, r.estimate(), r.standardError(),
          Numbers.dto(r.degreesOfFreedom()), Numbers.intervalDto(r.interval()),
          r.confidenceLevel(), r.groupsLargeEnough(), r.credible(), r.decision(), r.win(),
          r.explanation());
    }
  }
}

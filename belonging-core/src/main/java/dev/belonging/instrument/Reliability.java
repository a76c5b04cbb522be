package dev.belonging.instrument;

import com.google.common.collect.ImmutableList;
import dev.belonging.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.distribution.FDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Computes the internal consistency of a set of items: Cronbach's alpha (raw and standardized),
 * Guttman's lambda-6, the average inter-item correlation, signal/noise, alpha if an item is
 * deleted, item-rest correlations and Feldt's confidence interval for alpha.
 *
 * <p>The numbers reproduce R psych 2.2.9's {@code alpha()} (Revelle, <i>psych: Procedures for
 * Psychological, Psychometric, and Personality Research</i>): {@link MissingData#PAIRWISE} matches
 * {@code alpha(x)} (which uses {@code cov(x, use = "pairwise")} and {@code cov2cor} of that
 * matrix), {@link MissingData#COMPLETE_CASES} matches {@code alpha(na.omit(x))}. The Feldt interval
 * matches {@code psych::alpha.ci}: {@code 1 - (1 - alpha) F^-1(p; n - 1, (n - 1)(k - 1))} (Feldt,
 * Woodruff and Salih 1987), with n the number of {@linkplain ReliabilityResult#observations()
 * observations}. Statistics: Cronbach (1951), <i>Psychometrika</i> 16, 297-334; Guttman (1945),
 * <i>Psychometrika</i> 10, 255-282.
 *
 * <p><b>Reverse keying differs from psych.</b> psych reverses a keyed item with the
 * <em>observed</em> minimum plus maximum of all the data; {@link #analyze(List, Iterable)}
 * reverses with the item's <em>declared</em> scale ({@link ResponseScale#reverse(int)}), so a
 * wave in which nobody chose an extreme point is still keyed correctly. On already-keyed data the
 * results are identical to psych's. Unlike psych, items without variance are not silently
 * deleted: the result is empty.
 *
 * <p>Instances are immutable and thread-safe; configure with the {@code with*} methods.
 */
public final class Reliability {
  private static final Reliability DEFAULTS = new Reliability(MissingData.PAIRWISE, 0.95);

  private final MissingData missingData;
  private final double confidenceLevel;

  private Reliability(MissingData missingData, double confidenceLevel) {
    this.missingData = missingData;
    this.confidenceLevel = confidenceLevel;
  }

  /** Pairwise missing data (psych's default) and a 95% Feldt interval. */
  public static Reliability withDefaults() {
    return DEFAULTS;
  }

  /**
   * This configuration with another missing-data treatment.
   *
   * @param missingData complete cases or pairwise
   * @return the new configuration
   */
  public Reliability withMissingData(MissingData missingData) {
    return new Reliability(Objects.requireNonNull(missingData, "missingData"), confidenceLevel);
  }

  /**
   * This configuration with another confidence level for the Feldt interval.
   *
   * @param level in (0, 1), such as 0.95
   * @return the new configuration
   * @throws IllegalArgumentException if {@code level} is not in (0, 1)
   */
  public Reliability withConfidenceLevel(double level) {
    if (level > 0 && level < 1) {
      return new Reliability(missingData, level);
    }
    throw new IllegalArgumentException("confidenceLevel must be in (0, 1), but was " + level);
  }

  /** The missing-data treatment. */
  public MissingData missingData() {
    return missingData;
  }

  /** The confidence level of the Feldt interval, in (0, 1). */
  public double confidenceLevel() {
    return confidenceLevel;
  }

  /**
   * Analyses the closed items of one construct of an instrument.
   *
   * @param instrument the instrument
   * @param construct a construct of the instrument
   * @param responses the responses of one group, already validated
   * @return the result, or empty when undefined (see {@link #analyze(List, Iterable)})
   * @throws IllegalArgumentException if an answer is off its item's scale
   */
  public Optional<ReliabilityResult> analyze(
      Instrument instrument, Construct construct, Iterable<Response> responses) {
    List<Item> items = new ArrayList<>();
    for (Item item : instrument.items(construct)) {
      if (item.kind() != ItemKind.OPEN_TEXT) {
        items.add(item);
      }
    }
    return analyze(items, responses);
  }

  /**
   * Analyses closed items, reverse keying answers on each item's declared scale.
   *
   * @param items at least two closed items (open text is not allowed)
   * @param responses the responses of one group, already validated; a missing answer is missing
   *     data
   * @return the result, or empty when it is undefined: fewer than two items, fewer than two
   *     observations (or pairs of answers for some item pair), an item without variance, or a
   *     non-finite statistic
   * @throws IllegalArgumentException if an item is open text or an answer is off its scale (the
   *     message names the response's position and the item, never the answer)
   */
  public Optional<ReliabilityResult> analyze(List<Item> items, Iterable<Response> responses) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (Item item : items) {
      if (item.kind() == ItemKind.OPEN_TEXT) {
        throw new IllegalArgumentException(
            "item '" + item.id() + "' is open text and cannot be analysed for reliability");
      }
      ids.add(item.id());
    }
    List<double[]> rows = new ArrayList<>();
    int position = 0;
    for (Response response : responses) {
      double[] row = new double[items.size()];
      for (int j = 0; j < items.size(); j++) {
        Item item = items.get(j);
        Integer point = response.answers().get(item.id());
        if (point == null) {
          row[j] = Double.NaN;
        } else {
          ResponseScale scale = item.scale().orElseThrow();
          if (!scale.contains(point)) {
            throw new IllegalArgumentException("response at position " + position
                + " has an answer to item '" + item.id() + "' outside [" + scale.min() + ", "
                + scale.max() + "]; validate responses first");
          }
          row[j] = item.keyed(point);
        }
      }
      rows.add(row);
      position++;
    }
    return analyzeKeyed(ids.build(), rows);
  }

  /**
   * Analyses already-keyed numbers: one row per respondent, one column per item, {@code NaN} for
   * a missing answer.
   *
   * @param itemIds the column names
   * @param rows the data; each row has {@code itemIds.size()} values
   * @return the result, or empty when undefined (see {@link #analyze(List, Iterable)})
   * @throws IllegalArgumentException if a row has the wrong length or holds an infinite value
   */
  public Optional<ReliabilityResult> analyzeKeyed(List<String> itemIds, List<double[]> rows) {
    int k = itemIds.size();
    for (int r = 0; r < rows.size(); r++) {
      double[] row = rows.get(r);
      if (row.length != k) {
        throw new IllegalArgumentException(
            "row " + r + " must have " + k + " values, but had " + row.length);
      }
      for (double v : row) {
        if (Double.isInfinite(v)) {
          throw new IllegalArgumentException("row " + r + " must not hold infinite values");
        }
      }
    }
    if (k < 2) {
      return Optional.empty();
    }
    List<double[]> used = rows;
    if (missingData == MissingData.COMPLETE_CASES) {
      used = new ArrayList<>();
      for (double[] row : rows) {
        boolean complete = true;
        for (double v : row) {
          complete &= !Double.isNaN(v);
        }
        if (complete) {
          used.add(row);
        }
      }
    }
    int n = used.size();
    if (n < 2) {
      return Optional.empty();
    }
    double[][] c = pairwiseCovariance(used, k);
    for (int i = 0; i < k; i++) {
      if (!(c[i][i] > 0)) {
        return Optional.empty();
      }
      for (int j = 0; j < k; j++) {
        if (Double.isNaN(c[i][j])) {
          return Optional.empty();
        }
      }
    }
    double[][] r = Matrices.cov2cor(c);
    Optional<AlphaStatistics> total = alpha(c, r);
    if (total.isEmpty()) {
      return Optional.empty();
    }
    ImmutableReliabilityResult.Builder result = ImmutableReliabilityResult.builder()
        .missingData(missingData).observations(n).total(total.get());
    double sumC = Matrices.sum(c);
    for (int i = 0; i < k; i++) {
      double colSum = 0;
      for (int j = 0; j < k; j++) {
        colSum += c[j][i];
      }
      double rest = Matrices.sum(Matrices.without(c, i));
      double itemRest = (colSum - c[i][i]) / Math.sqrt(c[i][i] * rest);
      if (!Double.isFinite(itemRest) || !Double.isFinite(sumC)) {
        return Optional.empty();
      }
      int answered = 0;
      for (double[] row : used) {
        answered += Double.isNaN(row[i]) ? 0 : 1;
      }
      ImmutableItemReliability.Builder item = ImmutableItemReliability.builder()
          .itemId(itemIds.get(i)).answered(answered).itemRestCorrelation(itemRest);
      if (k > 2) {
        Optional<AlphaStatistics> drop = alpha(Matrices.without(c, i), Matrices.without(r, i));
        if (drop.isEmpty()) {
          return Optional.empty();
        }
        item.ifDeleted(drop.get());
      }
      result.addItem(item.build());
    }
    double rawAlpha = total.get().rawAlpha();
    FDistribution f = FDistribution.of(n - 1.0, (n - 1.0) * (k - 1.0));
    double tail = (1 - confidenceLevel) / 2;
    double first = 1 - (1 - rawAlpha) * f.inverseCumulativeProbability(1 - tail);
    double second = 1 - (1 - rawAlpha) * f.inverseCumulativeProbability(tail);
    if (!(Double.isFinite(first) && Double.isFinite(second))) {
      return Optional.empty();
    }
    // Alpha cannot exceed 1, but rounding can put it a few ulps above (identical items); then
    // 1 - alpha is negative and the two Feldt limits swap places. Ordering them keeps psych's
    // values in every other case.
    result.alphaConfidenceInterval(
        Interval.of(Math.min(first, second), Math.max(first, second), confidenceLevel));
    return Optional.of(result.build());
  }

  /** psych:::alpha.1 without its fit and variance extras. */
  private static Optional<AlphaStatistics> alpha(double[][] c, double[][] r) {
    int k = c.length;
    double ratio = k / (k - 1.0);
    double raw = (1 - Matrices.trace(c) / Matrices.sum(c)) * ratio;
    double sumR = Matrices.sum(r);
    double std = (1 - k / sumR) * ratio;
    double[] smc = Matrices.smc(r);
    double sumSmc = 0;
    for (double s : smc) {
      sumSmc += s;
    }
    double g6 = 1 - (k - sumSmc) / sumR;
    double avr = (sumR - k) / (k * (k - 1.0));
    double sn = k * avr / (1 - avr);
    if (!(Double.isFinite(raw) && Double.isFinite(std) && Double.isFinite(g6)
        && Double.isFinite(avr))) {
      return Optional.empty();
    }
    return Optional.of(AlphaStatistics.of(raw, std, g6, avr, sn));
  }

  /** cov(x, use = "pairwise"): each entry from the rows where both items are present. */
  private static double[][] pairwiseCovariance(List<double[]> rows, int k) {
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++) {
        int count = 0;
        double sumI = 0;
        double sumJ = 0;
        for (double[] row : rows) {
          if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
            count++;
            sumI += row[i];
            sumJ += row[j];
          }
        }
        double value = Double.NaN;
        if (count >= 2) {
          double meanI = sumI / count;
          double meanJ = sumJ / count;
          double products = 0;
          for (double[] row : rows) {
            if (!Double.isNaN(row[i]) && !Double.isNaN(row[j])) {
              products += (row[i] - meanI) * (row[j] - meanJ);
            }
          }
          value = products / (count - 1);
        }
        c[i][j] = value;
        c[j][i] = value;
      }
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Reliability
        && ((Reliability) o).missingData == missingData
        && Double.compare(((Reliability) o).confidenceLevel, confidenceLevel) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(missingData, confidenceLevel);
  }

  @Override
  public String toString() {
    return "Reliability[" + missingData + ", confidenceLevel=" + confidenceLevel + "]";
  }
}

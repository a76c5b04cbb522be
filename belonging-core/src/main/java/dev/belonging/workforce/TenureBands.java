package dev.belonging.workforce;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import java.util.Arrays;

/**
 * Configurable tenure bands: months of service cut into labelled ranges, such as
 * {@code "<6 months"}, {@code "6-12 months"}, {@code "1-2 years"}, {@code "2-5 years"},
 * {@code "5+ years"} ({@link #standard()}).
 *
 * <p>Bands are half-open: with boundaries 6 and 12, a person with 6 months of service is in
 * {@code "6-12 months"}. Instances are immutable and thread-safe.
 */
public final class TenureBands {
  private static final TenureBands STANDARD = ofMonths(6, 12, 24, 60);

  private final ImmutableList<Integer> boundaries;
  private final ImmutableList<String> labels;

  private TenureBands(int[] boundaries) {
    this.boundaries = ImmutableList.copyOf(Ints.asList(boundaries));
    ImmutableList.Builder<String> builder = ImmutableList.builder();
    builder.add("<" + describe(boundaries[0]));
    for (int i = 1; i < boundaries.length; i++) {
      builder.add(range(boundaries[i - 1], boundaries[i]));
    }
    builder.add(describe(boundaries[boundaries.length - 1]).replace(" ", "+ "));
    this.labels = builder.build();
  }

  /** The usual bands: under 6 months, 6-12 months, 1-2 years, 2-5 years, 5+ years. */
  public static TenureBands standard() {
    return STANDARD;
  }

  /**
   * Bands cut at the given months of service.
   *
   * @param boundaries strictly increasing, positive month counts; {@code n} boundaries make
   *     {@code n + 1} bands
   * @return the bands
   * @throws IllegalArgumentException if there is no boundary, or one is not positive, or they do
   *     not increase strictly
   */
  public static TenureBands ofMonths(int... boundaries) {
    if (boundaries.length == 0) {
      throw new IllegalArgumentException("tenure bands need at least one boundary");
    }
    for (int i = 0; i < boundaries.length; i++) {
      if (boundaries[i] <= 0 || (i > 0 && boundaries[i] <= boundaries[i - 1])) {
        throw new IllegalArgumentException("tenure boundaries must be positive and strictly "
            + "increasing, but were " + Arrays.toString(boundaries));
      }
    }
    return new TenureBands(boundaries.clone());
  }

  /**
   * The band of a length of service.
   *
   * @param months completed months of service, {@code >= 0}
   * @return the band's label
   * @throws IllegalArgumentException if {@code months < 0}
   */
  public String band(int months) {
    if (months < 0) {
      throw new IllegalArgumentException("months of service must be >= 0, but was " + months);
    }
    int index = 0;
    while (index < boundaries.size() && months >= boundaries.get(index)) {
      index++;
    }
    return labels.get(index);
  }

  /** The labels of all bands, shortest tenure first. */
  public ImmutableList<String> labels() {
    return labels;
  }

  /** The boundaries in months. */
  public ImmutableList<Integer> boundaries() {
    return boundaries;
  }

  private static String describe(int months) {
    return months % 12 == 0 ? months / 12 + (months == 12 ? " year" : " years")
        : months + " months";
  }

  private static String range(int from, int to) {
    if (from % 12 == 0 && to % 12 == 0) {
      return from / 12 + "-" + to / 12 + " years";
    }
    if (to % 12 == 0 && to == 12) {
      return from + "-12 months";
    }
    return from + "-" + to + " months";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TenureBands && boundaries.equals(((TenureBands) other).boundaries);
  }

  @Override
  public int hashCode() {
    return boundaries.hashCode();
  }

  @Override
  public String toString() {
    return "TenureBands" + labels;
  }
}

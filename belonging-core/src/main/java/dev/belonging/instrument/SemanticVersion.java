package dev.belonging.instrument;

import dev.belonging.internal.BelongingStyle;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The version of an {@link Instrument}, {@code MAJOR.MINOR.PATCH} as in Semantic Versioning 2.0.0
 * (without pre-release or build metadata).
 *
 * <p>Instances are immutable and thread-safe; they order by major, minor, then patch.
 */
@Value.Immutable
@BelongingStyle
public abstract class SemanticVersion implements Comparable<SemanticVersion> {
  private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
  private static final Comparator<SemanticVersion> ORDER =
      Comparator.comparingInt(SemanticVersion::major)
          .thenComparingInt(SemanticVersion::minor)
          .thenComparingInt(SemanticVersion::patch);

  SemanticVersion() {}

  /** The major version, >= 0. */
  @Value.Parameter
  public abstract int major();

  /** The minor version, >= 0. */
  @Value.Parameter
  public abstract int minor();

  /** The patch version, >= 0. */
  @Value.Parameter
  public abstract int patch();

  /**
   * A version from its parts.
   *
   * @param major >= 0
   * @param minor >= 0
   * @param patch >= 0
   * @return the version
   * @throws IllegalArgumentException if a part is negative
   */
  public static SemanticVersion of(int major, int minor, int patch) {
    return ImmutableSemanticVersion.of(major, minor, patch);
  }

  /**
   * Parses {@code MAJOR.MINOR.PATCH}, such as {@code "1.2.0"}.
   *
   * @param text the version text
   * @return the version
   * @throws IllegalArgumentException if the text is not of that form (no leading zeros)
   */
  public static SemanticVersion parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "version must match MAJOR.MINOR.PATCH such as 1.0.0, but was '" + abbreviate(text) + "'");
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  @Value.Check
  void check() {
    if (!(major() >= 0 && minor() >= 0 && patch() >= 0)) {
      throw new IllegalArgumentException(
          "version parts must be >= 0, but were " + major() + "." + minor() + "." + patch());
    }
  }

  @Override
  public int compareTo(SemanticVersion other) {
    return ORDER.compare(this, other);
  }

  /** {@code MAJOR.MINOR.PATCH}. */
  @Override
  public String toString() {
    return major() + "." + minor() + "." + patch();
  }
}

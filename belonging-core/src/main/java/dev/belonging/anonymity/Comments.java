package dev.belonging.anonymity;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prepares open-text comments for publication: only for comment cells a {@link Release}
 * published, in a seeded random order so that order reveals nothing (such as who answered
 * first). Comments are plain strings; there is no place for a timestamp.
 *
 * <p>Stateless and thread-safe.
 */
public final class Comments {
  private Comments() {}

  /**
   * The comments of a cell, ready to show.
   *
   * @param release the release that decided the cell
   * @param key the comment cell's key
   * @param comments the cell's comments, in any order
   * @param seed the shuffle seed (identical inputs give identical output)
   * @return the comments shuffled, or empty if the release did not publish {@code key} as a
   *     {@link CellKind#COMMENT} cell
   */
  public static ImmutableList<String> publishable(Release release, String key,
      List<String> comments, long seed) {
    boolean ok = release.decision(key)
        .map(d -> d.published() && d.kind() == CellKind.COMMENT).orElse(false);
    if (!ok) {
      return ImmutableList.of();
    }
    return shuffled(comments, seed);
  }

  /**
   * A seeded Fisher-Yates shuffle.
   *
   * @param comments the comments
   * @param seed the seed
   * @return the comments in shuffled order
   */
  public static ImmutableList<String> shuffled(List<String> comments, long seed) {
    List<String> copy = new ArrayList<>(comments);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return ImmutableList.copyOf(copy);
  }
}

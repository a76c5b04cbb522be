package dev.belonging.anonymity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Comment cells. Comments are text that can be matched across cells, so from published comment
 * cells anyone can derive the comments of every piece of the partition they generate (an
 * intersection, a difference). A comment cell is published only if every nonempty piece of the
 * refined partition keeps at least the comment minimum. Not thread-safe.
 */
final class CommentSystem {
  private final int[] pieceOf;
  private final List<Integer> pieceSize = new ArrayList<>();

  CommentSystem(int respondents) {
    pieceOf = new int[respondents];
    Arrays.fill(pieceOf, -1);
  }

  /** Publishes the cell if every piece stays at or above {@code minimum}; returns whether. */
  boolean decide(int[] members, int minimum) {
    Map<Integer, Integer> inside = new HashMap<>();
    int uncovered = 0;
    for (int m : members) {
      if (pieceOf[m] < 0) {
        uncovered++;
      } else {
        inside.merge(pieceOf[m], 1, Integer::sum);
      }
    }
    if (uncovered > 0 && uncovered < minimum) {
      return false;
    }
    for (Map.Entry<Integer, Integer> e : inside.entrySet()) {
      int in = e.getValue();
      int out = pieceSize.get(e.getKey()) - in;
      if (in < minimum || (out > 0 && out < minimum)) {
        return false;
      }
    }
    Map<Integer, Integer> fresh = new HashMap<>();
    for (int m : members) {
      int piece = pieceOf[m];
      Integer target = fresh.get(piece);
      if (target == null) {
        int size = piece < 0 ? uncovered : inside.get(piece);
        if (piece >= 0 && size == pieceSize.get(piece)) {
          target = piece;
        } else {
          target = pieceSize.size();
          pieceSize.add(size);
          if (piece >= 0) {
            pieceSize.set(piece, pieceSize.get(piece) - size);
          }
        }
        fresh.put(piece, target);
      }
      pieceOf[m] = target;
    }
    return true;
  }
}

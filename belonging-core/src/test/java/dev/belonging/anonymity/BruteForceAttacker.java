package dev.belonging.anonymity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An independent attacker for tests: given the member sets of published cells, it enumerates
 * every set of respondents that could be derived and checks derivability with exact rational
 * Gaussian elimination (BigInteger fractions). Shares no code with the engine.
 *
 * <p>Derivable sets are unions of atoms of the published cells' partition (a linear combination
 * of cells is constant on each atom), so it suffices to enumerate unions of atoms. For a coalition
 * of one respondent {@code t}, the attacker also knows {@code t}'s own answer: the unit vector of
 * {@code t} joins the rows, and the sets of interest exclude {@code t} and have fewer than
 * {@code k - 1} members.
 */
final class BruteForceAttacker {
  private BruteForceAttacker() {}

  /** An exact fraction. */
  record Fraction(BigInteger num, BigInteger den) {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      if (g.signum() == 0) {
        return ZERO;
      }
      return new Fraction(num.divide(g), den.divide(g));
    }

    static Fraction of(long v) {
      return new Fraction(BigInteger.valueOf(v), BigInteger.ONE);
    }

    Fraction add(Fraction o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction subtract(Fraction o) {
      return add(new Fraction(o.num.negate(), o.den));
    }

    Fraction multiply(Fraction o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction divide(Fraction o) {
      return of(num.multiply(o.den), den.multiply(o.num));
    }

    boolean isZero() {
      return num.signum() == 0;
    }
  }

  /**
   * Searches for a disclosure.
   *
   * @param n respondents
   * @param published member sets of published cells
   * @param k the minimum group size
   * @param coalition 0 or 1
   * @return a description of a disclosed set, or empty
   */
  static Optional<String> findDisclosure(int n, List<int[]> published, int k, int coalition) {
    boolean[] everyone = new boolean[n];
    Arrays.fill(everyone, true);
    return findDisclosure(n, published, k, coalition, everyone);
  }

  /**
   * Searches for a disclosure of a set of eligible respondents only (a coalition member may be
   * anyone): for the stricter minimum of sets inside one sensitive cell.
   *
   * @param eligible per respondent, whether a disclosed set may contain them
   * @return a description of a disclosed set, or empty
   */
  static Optional<String> findDisclosure(int n, List<int[]> published, int k, int coalition,
      boolean[] eligible) {
    Optional<String> plain = attack(n, published, k, -1, eligible);
    if (plain.isPresent() || coalition == 0) {
      return plain;
    }
    for (int t = 0; t < n; t++) {
      Optional<String> found = attack(n, published, k, t, eligible);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The attack without coalition ({@code t < 0}) or with respondent {@code t}'s knowledge. */
  private static Optional<String> attack(int n, List<int[]> published, int k, int t,
      boolean[] eligible) {
    List<int[]> rowsOverRespondents = new ArrayList<>(published);
    if (t >= 0) {
      rowsOverRespondents.add(new int[] {t});
    }
    // Atoms: respondents grouped by their membership signature over all rows.
    Map<String, List<Integer>> bySignature = new HashMap<>();
    List<List<Integer>> atoms = new ArrayList<>();
    boolean[][] member = new boolean[rowsOverRespondents.size()][n];
    for (int r = 0; r < rowsOverRespondents.size(); r++) {
      for (int i : rowsOverRespondents.get(r)) {
        member[r][i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      StringBuilder sig = new StringBuilder();
      for (boolean[] row : member) {
        sig.append(row[i] ? '1' : '0');
      }
      List<Integer> atom = bySignature.get(sig.toString());
      if (atom == null) {
        atom = new ArrayList<>();
        bySignature.put(sig.toString(), atom);
        atoms.add(atom);
      }
      atom.add(i);
    }
    int m = atoms.size();
    // Rows over atoms, then reduced row echelon form over the rationals.
    List<Fraction[]> rref = new ArrayList<>();
    List<Integer> pivots = new ArrayList<>();
    for (boolean[] row : member) {
      Fraction[] v = new Fraction[m];
      for (int a = 0; a < m; a++) {
        v[a] = row[atoms.get(a).get(0)] ? Fraction.of(1) : Fraction.ZERO;
      }
      addToRref(rref, pivots, v);
    }
    // Residual of each atom's unit vector; a union is derivable iff its residuals sum to zero.
    Fraction[][] residual = new Fraction[m][];
    for (int a = 0; a < m; a++) {
      Fraction[] e = new Fraction[m];
      Arrays.fill(e, Fraction.ZERO);
      e[a] = Fraction.of(1);
      residual[a] = reduce(rref, pivots, e);
    }
    int excluded = -1;
    if (t >= 0) {
      for (int a = 0; a < m; a++) {
        if (atoms.get(a).contains(t)) {
          excluded = a;
        }
      }
    }
    // Atoms with an ineligible respondent cannot be part of a set of interest.
    boolean[] skip = new boolean[m];
    for (int a = 0; a < m; a++) {
      skip[a] = a == excluded || !atoms.get(a).stream().allMatch(i -> eligible[i]);
    }
    long limit = t >= 0 ? k - 1 : k; // |S| < k - 1 with a coalition member, else |S| < k
    // Scale all residuals to one common denominator: integer vectors over the non-pivot columns,
    // summed exactly (BigInteger when large, long otherwise).
    BigInteger common = BigInteger.ONE;
    for (Fraction[] r : residual) {
      for (Fraction f : r) {
        common = common.divide(common.gcd(f.den())).multiply(f.den());
      }
    }
    List<Integer> free = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      if (!pivots.contains(j)) {
        free.add(j);
      }
    }
    long[][] scaled = new long[m][free.size()];
    for (int a = 0; a < m; a++) {
      for (int j = 0; j < free.size(); j++) {
        Fraction f = residual[a][free.get(j)];
        BigInteger v = f.num().multiply(common.divide(f.den()));
        if (v.bitLength() > 40) {
          throw new ArithmeticException("attacker's residuals too large for exact long sums");
        }
        scaled[a][j] = v.longValueExact();
      }
    }
    return search(atoms, scaled, skip, limit, 0, 0, new long[free.size()],
        new ArrayList<>(), t);
  }

  private static Optional<String> search(List<List<Integer>> atoms, long[][] residual,
      boolean[] skip, long limit, int from, long size, long[] sum, List<Integer> chosen, int t) {
    if (!chosen.isEmpty() && Arrays.stream(sum).allMatch(v -> v == 0)) {
      return Optional.of("derivable set of " + size + " respondents (atoms " + chosen
          + (t >= 0 ? ", coalition member " + t : "") + ")");
    }
    for (int a = from; a < atoms.size(); a++) {
      long s = atoms.get(a).size();
      if (skip[a] || size + s >= limit) {
        continue;
      }
      long[] next = new long[sum.length];
      for (int j = 0; j < sum.length; j++) {
        next[j] = sum[j] + residual[a][j];
      }
      chosen.add(a);
      Optional<String> found = search(atoms, residual, skip, limit, a + 1, size + s, next,
          chosen, t);
      chosen.remove(chosen.size() - 1);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static void addToRref(List<Fraction[]> rref, List<Integer> pivots, Fraction[] v) {
    Fraction[] r = reduce(rref, pivots, v);
    int p = -1;
    for (int j = 0; j < r.length; j++) {
      if (!r[j].isZero()) {
        p = j;
        break;
      }
    }
    if (p < 0) {
      return;
    }
    Fraction lead = r[p];
    for (int j = 0; j < r.length; j++) {
      r[j] = r[j].divide(lead);
    }
    for (Fraction[] row : rref) {
      Fraction f = row[p];
      if (!f.isZero()) {
        for (int j = 0; j < r.length; j++) {
          row[j] = row[j].subtract(f.multiply(r[j]));
        }
      }
    }
    rref.add(r);
    pivots.add(p);
  }

  private static Fraction[] reduce(List<Fraction[]> rref, List<Integer> pivots, Fraction[] v) {
    Fraction[] r = v.clone();
    for (int i = 0; i < rref.size(); i++) {
      Fraction f = r[pivots.get(i)];
      if (!f.isZero()) {
        Fraction[] row = rref.get(i);
        for (int j = 0; j < r.length; j++) {
          r[j] = r[j].subtract(f.multiply(row[j]));
        }
      }
    }
    return r;
  }
}

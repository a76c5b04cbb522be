package dev.belonging.fairness;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An independent attacker for the fairness checks' releases, sharing no code with the disclosure
 * engine: given the people of each atom (the finest groups a release knows) and the published
 * cells as unions of atoms, it enumerates every set of people that could be derived and decides
 * derivability with exact fraction-free Gaussian elimination over BigInteger.
 *
 * <p>A linear combination of published cells is constant on each atom, so the derivable sets of
 * people are unions of atoms. A person {@code t} who knows their own outcome adds their unit
 * vector: the atom of {@code t} splits into {@code t} and the rest, and the sets of interest leave
 * {@code t} out and have {@code |S| + 1} below the bound (they learn no more than a member of a
 * published group of exactly the minimum). The bound is the sensitive minimum for sets inside one
 * sensitive cell (all their atoms share a class bit; {@code t} may be anyone), else the minimum
 * group size.
 */
final class LinearAttacker {
  private final long[] people;
  private final long[] classes;
  private final int minimum;
  private final int sensitiveMinimum;
  private final int coalition;

  /**
   * @param people the number of people of each atom, each {@code >= 1}
   * @param classes per atom, a bit for each sensitive cell that contains it
   * @param minimum k
   * @param sensitiveMinimum the bound for sets inside one sensitive cell
   * @param coalition 0 or 1
   */
  LinearAttacker(long[] people, long[] classes, int minimum, int sensitiveMinimum,
      int coalition) {
    this.people = people.clone();
    this.classes = classes.clone();
    this.minimum = minimum;
    this.sensitiveMinimum = sensitiveMinimum;
    this.coalition = coalition;
  }

  /** Per atom, its class when each atom is a group of a sensitive dimension, else none. */
  static long[] groupClasses(int atoms, boolean sensitive) {
    long[] classes = new long[atoms];
    for (int a = 0; a < atoms && sensitive; a++) {
      classes[a] = 1L << a;
    }
    return classes;
  }

  /**
   * Searches for a set of people below the bound that the published cells reveal.
   *
   * @param published each published cell as the indices of its atoms
   * @return a description of a disclosed set, or empty
   */
  Optional<String> findDisclosure(List<int[]> published) {
    int atoms = people.length;
    // Plain: any union of atoms.
    List<BigInteger[]> rows = new ArrayList<>();
    for (int[] cell : published) {
      BigInteger[] row = zeros(atoms);
      for (int a : cell) {
        row[a] = BigInteger.ONE;
      }
      rows.add(row);
    }
    List<BigInteger[]> basis = echelon(rows);
    for (int mask = 1; mask < 1 << atoms; mask++) {
      long size = 0;
      long common = -1L;
      BigInteger[] v = zeros(atoms);
      for (int a = 0; a < atoms; a++) {
        if ((mask >> a & 1) == 1) {
          size += people[a];
          common &= classes[a];
          v[a] = BigInteger.ONE;
        }
      }
      if (size < (common != 0 ? sensitiveMinimum : minimum) && inSpan(basis, v)) {
        return Optional.of("atoms " + Integer.toBinaryString(mask) + " of " + size + " people");
      }
    }
    if (coalition == 0) {
      return Optional.empty();
    }
    // Person t in atom ta: columns 0..atoms-1 are the atoms (ta without t), column atoms is t.
    for (int ta = 0; ta < atoms; ta++) {
      long[] split = Arrays.copyOf(people, atoms + 1);
      split[ta] -= 1;
      split[atoms] = 1;
      List<BigInteger[]> known = new ArrayList<>();
      for (int[] cell : published) {
        BigInteger[] row = zeros(atoms + 1);
        for (int a : cell) {
          row[a] = split[a] > 0 ? BigInteger.ONE : BigInteger.ZERO;
          if (a == ta) {
            row[atoms] = BigInteger.ONE;
          }
        }
        known.add(row);
      }
      BigInteger[] own = zeros(atoms + 1);
      own[atoms] = BigInteger.ONE;
      known.add(own);
      List<BigInteger[]> space = echelon(known);
      for (int mask = 1; mask < 1 << atoms; mask++) {
        long size = 0;
        long common = -1L;
        BigInteger[] v = zeros(atoms + 1);
        boolean peopleless = false;
        for (int a = 0; a < atoms; a++) {
          if ((mask >> a & 1) == 1) {
            peopleless |= split[a] == 0;
            size += split[a];
            common &= classes[a];
            v[a] = BigInteger.ONE;
          }
        }
        if (peopleless) {
          continue; // the same set as the mask without that column, or a column of nobody
        }
        if (size + 1 < (common != 0 ? sensitiveMinimum : minimum) && inSpan(space, v)) {
          return Optional.of("a person of atom " + ta + " derives atoms "
              + Integer.toBinaryString(mask) + " of " + size + " other people");
        }
      }
    }
    return Optional.empty();
  }

  private static BigInteger[] zeros(int n) {
    BigInteger[] v = new BigInteger[n];
    Arrays.fill(v, BigInteger.ZERO);
    return v;
  }

  /** Row echelon form (fraction-free, each row divided by the gcd of its entries). */
  private static List<BigInteger[]> echelon(List<BigInteger[]> rows) {
    List<BigInteger[]> basis = new ArrayList<>();
    for (BigInteger[] row : rows) {
      BigInteger[] r = reduce(basis, row.clone());
      if (pivot(r) >= 0) {
        basis.add(r);
      }
    }
    return basis;
  }

  private static boolean inSpan(List<BigInteger[]> basis, BigInteger[] v) {
    return pivot(reduce(basis, v.clone())) < 0;
  }

  /** Eliminates each basis row's pivot column from {@code v}, in order. */
  private static BigInteger[] reduce(List<BigInteger[]> basis, BigInteger[] v) {
    for (BigInteger[] b : basis) {
      int p = pivot(b);
      if (v[p].signum() != 0) {
        BigInteger f = v[p];
        BigInteger d = b[p];
        BigInteger g = BigInteger.ZERO;
        for (int i = 0; i < v.length; i++) {
          v[i] = v[i].multiply(d).subtract(b[i].multiply(f));
          g = g.gcd(v[i]);
        }
        if (g.signum() != 0) {
          for (int i = 0; i < v.length; i++) {
            v[i] = v[i].divide(g);
          }
        }
      }
    }
    return v;
  }

  private static int pivot(BigInteger[] v) {
    for (int i = 0; i < v.length; i++) {
      if (v[i].signum() != 0) {
        return i;
      }
    }
    return -1;
  }
}

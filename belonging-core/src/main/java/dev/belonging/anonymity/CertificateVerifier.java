package dev.belonging.anonymity;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link Certificate} with exact integer arithmetic ({@link BigInteger}), independently
 * of the engine that produced it (it shares no code with the elimination).
 *
 * <p>For every section it checks that atom ordinals are in range and sorted without repeats, that
 * cell keys are unique, and that every suppressed cell {@code v} has a witness {@code z} with
 * {@code C . z = 0} for every published cell {@code C} and {@code v . z != 0}, which proves that
 * {@code v} is not a linear combination of published cells (Chin and Ozsoyoglu's audit of SUM
 * queries, 1982, in its certificate form).
 *
 * <p>Scope: a valid certificate proves that no <em>suppressed requested cell</em> is derivable.
 * That no other small group is derivable is what the engine's exhaustive search establishes; the
 * certificate does not list the exponentially many small groups.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CertificateVerifier {
  private static final CertificateVerifier INSTANCE = new CertificateVerifier();

  private CertificateVerifier() {}

  /** The verifier. */
  public static CertificateVerifier create() {
    return INSTANCE;
  }

  /**
   * Verifies a certificate.
   *
   * @param certificate the certificate
   * @return the problems found, empty when the certificate is valid; messages name cells by key
   */
  public ImmutableList<String> problems(Certificate certificate) {
    List<String> problems = new ArrayList<>();
    for (Certificate.Section section : certificate.sections()) {
      check(section, problems);
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * Whether a certificate is valid.
   *
   * @param certificate the certificate
   * @return true when {@link #problems} is empty
   */
  public boolean verify(Certificate certificate) {
    return problems(certificate).isEmpty();
  }

  private static void check(Certificate.Section section, List<String> problems) {
    String where = section.kind().name();
    Set<String> keys = new HashSet<>();
    // atom -> indices of published cells containing it
    Map<Integer, List<Integer>> cellsOfAtom = new HashMap<>();
    int index = 0;
    for (Certificate.Cell cell : section.published()) {
      if (!keys.add(cell.key())) {
        problems.add(where + ": cell '" + cell.key() + "' appears twice");
      }
      if (!validAtoms(cell.atoms(), section.atomCount())) {
        problems.add(where + ": cell '" + cell.key() + "' has atoms out of range or unsorted");
      }
      if (cell.witness().isPresent()) {
        problems.add(where + ": published cell '" + cell.key() + "' carries a witness");
      }
      for (int atom : cell.atoms()) {
        cellsOfAtom.computeIfAbsent(atom, a -> new ArrayList<>()).add(index);
      }
      index++;
    }
    for (Certificate.Cell cell : section.suppressed()) {
      if (!keys.add(cell.key())) {
        problems.add(where + ": cell '" + cell.key() + "' appears twice");
      }
      int[] atoms = cell.atoms();
      if (!validAtoms(atoms, section.atomCount())) {
        problems.add(where + ": cell '" + cell.key() + "' has atoms out of range or unsorted");
        continue;
      }
      if (cell.witness().isEmpty()) {
        problems.add(where + ": suppressed cell '" + cell.key() + "' has no witness");
        continue;
      }
      Map<Integer, BigInteger> z = cell.witness().get();
      BigInteger inner = BigInteger.ZERO;
      for (int atom : atoms) {
        inner = inner.add(z.getOrDefault(atom, BigInteger.ZERO));
      }
      if (inner.signum() == 0) {
        problems.add(where + ": witness of '" + cell.key() + "' is orthogonal to the cell");
      }
      Map<Integer, BigInteger> sums = new HashMap<>();
      for (Map.Entry<Integer, BigInteger> e : z.entrySet()) {
        if (!(e.getKey() >= 0 && e.getKey() < section.atomCount())) {
          problems.add(where + ": witness of '" + cell.key() + "' has an atom out of range");
          continue;
        }
        for (int published : cellsOfAtom.getOrDefault(e.getKey(), List.of())) {
          sums.merge(published, e.getValue(), BigInteger::add);
        }
      }
      for (Map.Entry<Integer, BigInteger> e : sums.entrySet()) {
        if (e.getValue().signum() != 0) {
          problems.add(where + ": witness of '" + cell.key() + "' is not orthogonal to published"
              + " cell '" + section.published().get(e.getKey()).key() + "'");
          break;
        }
      }
    }
  }

  private static boolean validAtoms(int[] atoms, int atomCount) {
    for (int i = 0; i < atoms.length; i++) {
      if (!(atoms[i] >= 0 && atoms[i] < atomCount) || (i > 0 && atoms[i - 1] >= atoms[i])) {
        return false;
      }
    }
    return true;
  }
}

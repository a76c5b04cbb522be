package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CertificateTest {

  private static Release parentAndChildren() {
    List<CellRequest> requests = List.of(
        CellRequest.of("org", Members.of(IntStream.range(0, 20).toArray()), CellKind.SCORE,
            false, 10),
        CellRequest.score("org/a", Members.of(IntStream.range(0, 6).toArray())),
        CellRequest.score("org/b", Members.of(IntStream.range(6, 12).toArray())),
        CellRequest.score("org/c", Members.of(IntStream.range(12, 17).toArray())),
        CellRequest.score("org/d", Members.of(IntStream.range(17, 20).toArray())));
    return DisclosureControl.withDefaults().protect(20, requests);
  }

  @Test
  void verify_genuineCertificate_accepts() {
    Certificate certificate = parentAndChildren().certificate();
    assertThat(CertificateVerifier.create().problems(certificate)).isEmpty();
    Certificate.Section scores = certificate.section(CellKind.SCORE).orElseThrow();
    assertThat(scores.published()).hasSize(3);
    assertThat(scores.suppressed()).hasSize(2);
  }

  @Test
  void verify_wrongWitness_rejects() {
    Certificate.Section scores = parentAndChildren().certificate().section(CellKind.SCORE)
        .orElseThrow();
    List<Certificate.Cell> suppressed = new ArrayList<>();
    for (Certificate.Cell cell : scores.suppressed()) {
      Map<Integer, BigInteger> witness = new HashMap<>(cell.witness().orElseThrow());
      int first = witness.keySet().iterator().next();
      witness.put(first, witness.get(first).add(BigInteger.ONE));
      suppressed.add(Certificate.Cell.suppressed(cell.key(), cell.atoms(), witness));
    }
    Certificate tampered = Certificate.of(List.of(Certificate.Section.of(CellKind.SCORE,
        scores.atomCount(), scores.published(), suppressed)));
    assertThat(CertificateVerifier.create().verify(tampered)).isFalse();
  }

  @Test
  void verify_suppressedCellMovedToPublished_rejects() {
    Certificate.Section scores = parentAndChildren().certificate().section(CellKind.SCORE)
        .orElseThrow();
    Certificate.Cell moved = scores.suppressed().get(0);
    List<Certificate.Cell> published = new ArrayList<>(scores.published());
    published.add(Certificate.Cell.published(moved.key(), moved.atoms()));
    Certificate tampered = Certificate.of(List.of(Certificate.Section.of(CellKind.SCORE,
        scores.atomCount(), published, scores.suppressed().subList(1, 2))));
    List<String> problems = CertificateVerifier.create().problems(tampered);
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0)).contains("not orthogonal");
  }

  @Test
  void verify_missingWitnessOrBadAtoms_rejects() {
    Certificate bad = Certificate.of(List.of(Certificate.Section.of(CellKind.SCORE, 2,
        List.of(Certificate.Cell.published("a", new int[] {0, 5})),
        List.of(Certificate.Cell.published("b", new int[] {1})))));
    List<String> problems = CertificateVerifier.create().problems(bad);
    assertThat(problems).hasSize(2);
  }

  @Test
  void certificate_revealsNoRespondentOrCount() {
    Certificate certificate = parentAndChildren().certificate();
    assertThat(certificate.toString()).doesNotContain("17");
    assertThat(certificate.section(CellKind.SCORE).orElseThrow().atomCount()).isEqualTo(4);
  }
}

package dev.belonging.anonymity;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The README's "Disclosure control" example (kept verbatim by ReadmeExamplesTest). */
class ReadmeExampleTest {

  @Test
  void example_departmentWithoutRemoteStaff_refused() {
    // README-DISCLOSURE-EXAMPLE-BEGIN
    DisclosureLedger ledger = DisclosureLedger.create(AnonymityPolicy.withDefaults(), 12);
    CellDecision dept = ledger.decide(CellRequest.score("dept=sales", Members.of(0, 1, 2, 3, 4, 5,
        6, 7, 8, 9, 10, 11)));
    CellDecision onSite = ledger.decide(CellRequest.score("dept=sales|arrangement!=remote",
        Members.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)));

    assertThat(dept.published()).isTrue();
    assertThat(onSite.reason()).hasValue(SuppressionReason.COMPLEMENTARY); // 12 - 10 = 2 people
    assertThat(CertificateVerifier.create().verify(ledger.certificate())).isTrue();
    // README-DISCLOSURE-EXAMPLE-END
  }
}

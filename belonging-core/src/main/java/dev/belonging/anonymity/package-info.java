/**
 * Disclosure control: which requested cells may be published so that no combination of published
 * numbers reveals a group smaller than the anonymity minimum.
 *
 * <p>Decisions depend only on <em>who is in which cell</em> ({@link
 * dev.belonging.anonymity.Members}, dense respondent indices), never on answers: no type of this
 * package accepts an answer, so a suppression can never leak one. Start with {@link
 * dev.belonging.anonymity.DisclosureControl} (one release) or {@link
 * dev.belonging.anonymity.DisclosureLedger} (interactive dashboards, filters, waves); check a
 * release's {@link dev.belonging.anonymity.Certificate} with {@link
 * dev.belonging.anonymity.CertificateVerifier}.
 */
@NullMarked
package dev.belonging.anonymity;

import org.jspecify.annotations.NullMarked;

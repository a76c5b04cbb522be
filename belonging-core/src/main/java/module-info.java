/**
 * belonging's pure domain: survey instruments, disaggregation, disclosure control, interventions
 * and fairness checks. No I/O.
 */
module dev.belonging.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value.annotations;
  // Annotations the generated value classes carry; not needed at run time.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.inference;
  requires org.apache.commons.numbers.gamma;
  requires org.apache.commons.numbers.rootfinder;
  requires org.jgrapht.core;

  exports dev.belonging.anonymity;
  exports dev.belonging.disaggregation;
  exports dev.belonging.fairness;
  exports dev.belonging.instrument;
  exports dev.belonging.intervention;
  exports dev.belonging.stats;
  exports dev.belonging.workforce;
}

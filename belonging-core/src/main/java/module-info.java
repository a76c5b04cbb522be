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
  requires org.apache.commons.numbers.gamma;

  exports dev.belonging.disaggregation;
  exports dev.belonging.instrument;
  exports dev.belonging.workforce;
}

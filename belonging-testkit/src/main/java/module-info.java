/** belonging-testkit: synthetic workforces, response simulation and jqwik arbitraries. */
module dev.belonging.testkit {
  requires transitive dev.belonging.core;
  requires static net.jqwik.api;
  requires org.apache.commons.statistics.distribution;

  exports dev.belonging.testkit;
  exports dev.belonging.testkit.jqwik;
}

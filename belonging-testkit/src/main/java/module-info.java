/** belonging-testkit: synthetic workforces, response simulation and jqwik arbitraries. */
module dev.belonging.testkit {
  requires transitive dev.belonging.core;
  requires static net.jqwik.api;

  exports dev.belonging.testkit;
  exports dev.belonging.testkit.jqwik;
}

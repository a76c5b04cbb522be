/** belonging-csv: survey exports (generic CSV, Google Forms, Qualtrics) read into response waves. */
module dev.belonging.csv {
  requires transitive dev.belonging.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;
  // Annotations the generated value classes carry; not needed at run time.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.belonging.csv;
}

/** belonging-json: the versioned JSON wire format. */
module dev.belonging.json {
  requires transitive dev.belonging.core;
  requires com.fasterxml.jackson.databind;

  exports dev.belonging.json;
}

/** belonging-json: the versioned JSON wire format. */
module dev.belonging.json {
  requires transitive dev.belonging.core;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.belonging.json;
  // The package-private DTO records are bound by Jackson through reflection.
  opens dev.belonging.json to com.fasterxml.jackson.databind;
}

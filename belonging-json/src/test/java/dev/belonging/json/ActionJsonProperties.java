package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.intervention.InterventionCatalog;
import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and hostile input for the documents of interventions, pairing, trials, fairness. */
class ActionJsonProperties {
  private static final BelongingJson JSON = BelongingJson.defaults();

  @Provide
  Arbitrary<InterventionCatalog> catalogs() {
    return ActionGenerators.catalog();
  }

  // ---------------------------------------------------------------- intervention catalogs

  @Property(tries = 60)
  void catalog_readOfWrite_isTheValue_andTheDocumentIsSchemaValid(
      @ForAll("catalogs") InterventionCatalog catalog) {
    String json = JSON.toString(catalog);
    assertThat(JSON.readInterventionCatalog(json)).isEqualTo(catalog);
    assertThat(JSON.toString(JSON.readInterventionCatalog(json))).isEqualTo(json);
    assertThat(Schemas.violations("intervention-catalog", json)).isEmpty();
  }

  @Property(tries = 80)
  void catalog_mutatedDocument_givesAValueOrWireFormatException(
      @ForAll("catalogs") InterventionCatalog catalog, @ForAll long seed) {
    byte[] mutated = JsonProperties.mutate(JSON.toString(catalog), new Random(seed));
    assertValueOrWireFormatException(mutated,
        in -> JSON.readInterventionCatalog(new ByteArrayInputStream(in)));
  }

  // ---------------------------------------------------------------- all documents

  @Property(tries = 100)
  void anyDocumentType_randomBytes_giveAValueOrWireFormatException(@ForAll byte[] bytes) {
    assertValueOrWireFormatException(bytes,
        in -> JSON.readInterventionCatalog(new ByteArrayInputStream(in)));
  }

  static void assertValueOrWireFormatException(byte[] input, Function<byte[], Object> read) {
    try {
      assertThat(read.apply(input)).isNotNull();
    } catch (WireFormatException expected) {
      assertThat(expected.rule()).isNotEmpty();
      assertWithMessage("pointer must be a JSON Pointer").that(expected.pointer())
          .matches("(/[^/]*)*");
    }
  }
}

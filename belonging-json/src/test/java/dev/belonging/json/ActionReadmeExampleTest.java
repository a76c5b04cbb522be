package dev.belonging.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.belonging.intervention.InterventionCatalog;
import org.junit.jupiter.api.Test;

/** The README's example for interventions and fairness results, verbatim. */
class ActionReadmeExampleTest {

  @Test
  void example() {
    // README-JSON-ACTION-EXAMPLE-BEGIN
    BelongingJson json = BelongingJson.defaults();
    String document = json.toString(InterventionCatalog.builtIn());
    // {"format":"belonging.intervention-catalog","version":"1.0","interventions":[...
    InterventionCatalog ours = json.readInterventionCatalog(document).without("social_video_break");
    assertThat(json.readInterventionCatalog(json.toString(ours))).isEqualTo(ours);

    WireFormatException e = assertThrows(WireFormatException.class,
        () -> json.readAdverseImpactResult("{\"format\":\"belonging.adverse-impact-result\","
            + "\"version\":\"1.0\",\"dimension\":\"team\",\"minimumGroupSize\":5,"
            + "\"verdict\":\"No group is published.\",\"groups\":[{\"group\":\"sales\","
            + "\"suppression\":\"BELOW_MINIMUM_GROUP_SIZE\",\"size\":3}]}"));
    assertThat(e.pointer()).isEqualTo("/groups/0/size"); // a suppressed group has no numbers
    // README-JSON-ACTION-EXAMPLE-END
  }
}

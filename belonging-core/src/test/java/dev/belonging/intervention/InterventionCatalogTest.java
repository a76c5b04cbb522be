package dev.belonging.intervention;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import dev.belonging.instrument.BuiltInInstruments;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.Item;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterventionCatalogTest {

  static Intervention sample(String id) {
    return Intervention.builder()
        .id(id)
        .name("Sample " + id)
        .summary("A sample entry for tests.")
        .addSteps("Do the thing.")
        .addTargets(Construct.CONNECTION)
        .addServedGroups(ServedGroup.EVERYONE)
        .addOrgShapes(OrgShape.SMALL_TEAM)
        .kind(Kind.PRACTICE)
        .effort(Level.LOW)
        .cost(Level.LOW)
        .cadence(Cadence.WEEKLY)
        .trialDays(30)
        .addWatchedItems("connection_know_colleagues")
        .build();
  }

  @Test
  void builtIn_hasAtLeastTwentyEntriesWithUniqueIds() {
    ImmutableList<String> ids = InterventionCatalog.builtIn().ids();
    assertThat(ids.size()).isAtLeast(20);
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
  }

  @Test
  void builtIn_everyFieldFilled() {
    for (Intervention i : InterventionCatalog.builtIn().interventions()) {
      assertThat(i.name()).isNotEmpty();
      assertThat(i.summary().length()).isGreaterThan(100);
      assertThat(i.steps().size()).isAtLeast(3);
      assertThat(i.targets()).isNotEmpty();
      assertThat(i.servedGroups()).isNotEmpty();
      assertThat(i.orgShapes()).isNotEmpty();
      assertThat(i.watchedItems()).isNotEmpty();
      assertThat(i.trialDays()).isIn(com.google.common.collect.Range.closed(30, 90));
    }
  }

  @Test
  void builtIn_coversEveryServedGroupShapeAndPrerequisite() {
    Set<ServedGroup> groups = EnumSet.noneOf(ServedGroup.class);
    Set<OrgShape> shapes = EnumSet.noneOf(OrgShape.class);
    Set<Construct> targets = new HashSet<>();
    for (Intervention i : InterventionCatalog.builtIn().interventions()) {
      groups.addAll(i.servedGroups());
      shapes.addAll(i.orgShapes());
      targets.addAll(i.targets());
    }
    assertThat(groups).containsExactlyElementsIn(EnumSet.allOf(ServedGroup.class));
    assertThat(shapes).containsExactlyElementsIn(EnumSet.allOf(OrgShape.class));
    assertThat(targets).containsAtLeast(Construct.VOICE, Construct.RECOGNITION,
        Construct.PROCEDURAL_FAIRNESS, Construct.CONNECTION, Construct.AUTHENTICITY,
        Construct.PSYCHOLOGICAL_SAFETY, Construct.BELONGING);
  }

  @Test
  void builtIn_noPerformativePatterns() {
    assertThat(PerformativePattern.checkPlan(InterventionCatalog.builtIn().interventions()))
        .isEmpty();
  }

  @Test
  void with_newId_appends() {
    InterventionCatalog catalog = InterventionCatalog.builtIn().with(sample("vendor_thing"));
    assertThat(catalog.ids()).hasSize(InterventionCatalog.builtIn().ids().size() + 1);
    assertThat(catalog.ids().get(catalog.ids().size() - 1)).isEqualTo("vendor_thing");
    assertThat(catalog.get("vendor_thing")).hasValue(sample("vendor_thing"));
  }

  @Test
  void with_existingId_replacesInPlace() {
    InterventionCatalog catalog = InterventionCatalog.of(
        ImmutableList.of(sample("a"), sample("b"), sample("c")));
    Intervention replacement = Intervention.builder().from(sample("b")).name("New b").build();
    InterventionCatalog replaced = catalog.with(replacement);
    assertThat(replaced.ids()).containsExactly("a", "b", "c").inOrder();
    assertThat(replaced.get("b").orElseThrow().name()).isEqualTo("New b");
  }

  @Test
  void without_removesAndRejectsUnknown() {
    InterventionCatalog catalog = InterventionCatalog.builtIn().without("care_packages");
    assertThat(catalog.get("care_packages")).isEmpty();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> catalog.without("care_packages"));
    assertThat(e).hasMessageThat().contains("'care_packages'");
  }

  @Test
  void of_duplicateIds_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InterventionCatalog.of(ImmutableList.of(sample("a"), sample("a"))));
    assertThat(e).hasMessageThat()
        .isEqualTo("intervention ids must be unique, but interventions[1] repeats id 'a'");
  }

  @Test
  void equals_byValue() {
    new EqualsTester()
        .addEqualityGroup(InterventionCatalog.of(ImmutableList.of(sample("a"))),
            InterventionCatalog.builder().addInterventions(sample("a")).build())
        .addEqualityGroup(InterventionCatalog.of(ImmutableList.of(sample("b"))))
        .testEquals();
  }

  @Test
  void intervention_badFields_rejectedWithRule() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Intervention.builder().from(sample("a")).id("Bad Id").build()))
        .hasMessageThat().contains("must match");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Intervention.builder().from(sample("a")).trialDays(3).build()))
        .hasMessageThat().isEqualTo("trialDays of intervention 'a' must be in [7, 180], but was 3");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> Intervention.builder().from(sample("a")).steps(ImmutableList.of()).build()))
        .hasMessageThat().isEqualTo("steps of intervention 'a' must not be empty");
  }

  @Test
  void check_performativeEntries_flagged() {
    Intervention oneOff = Intervention.builder().from(sample("gala")).cadence(Cadence.ONCE).build();
    Intervention training = Intervention.builder().from(sample("course"))
        .kind(Kind.TRAINING).build();
    Intervention linkedTraining = Intervention.builder().from(training)
        .dailyPractice("each stand-up, credit one idea by name").build();
    Intervention juniorOnly = Intervention.builder().from(sample("truth_circle"))
        .sharing(Sharing.JUNIOR_STAFF_ONLY).build();

    assertThat(PerformativePattern.check(oneOff))
        .containsExactly(PerformativeWarning.of(PerformativePattern.ONE_OFF_EVENT, "gala"));
    assertThat(PerformativePattern.check(training)).containsExactly(
        PerformativeWarning.of(PerformativePattern.DISCONNECTED_TRAINING, "course"));
    assertThat(PerformativePattern.check(linkedTraining)).isEmpty();
    assertThat(PerformativePattern.check(juniorOnly)).containsExactly(
        PerformativeWarning.of(PerformativePattern.JUNIOR_ONLY_VULNERABILITY, "truth_circle"));
    assertThat(PerformativePattern.check(sample("fine"))).isEmpty();
  }

  @Test
  void checkPlan_onlyOneOffs_flagsPlan() {
    Intervention oneOff = Intervention.builder().from(sample("gala")).cadence(Cadence.ONCE).build();
    assertThat(PerformativePattern.checkPlan(ImmutableList.of(oneOff))).containsExactly(
        PerformativeWarning.of(PerformativePattern.ONE_OFF_EVENT, "gala"),
        PerformativeWarning.ofPlan(PerformativePattern.ONE_OFF_EVENT)).inOrder();
    assertThat(PerformativePattern.checkPlan(ImmutableList.of(oneOff, sample("weekly"))))
        .containsExactly(PerformativeWarning.of(PerformativePattern.ONE_OFF_EVENT, "gala"));
    assertThat(PerformativeWarning.ofPlan(PerformativePattern.ONE_OFF_EVENT).message())
        .startsWith("the plan: ");
  }

  @Test
  void builtIn_watchedItemsAreBuiltInInstrumentItemsOfTheTargetConstructs() {
    Map<String, Item> items = new HashMap<>();
    for (Instrument instrument : List.of(BuiltInInstruments.pulse(),
        BuiltInInstruments.belongingIndex(), BuiltInInstruments.frontlineShortForm(),
        BuiltInInstruments.remoteWorkModule())) {
      instrument.items().forEach(item -> items.put(item.id(), item));
    }
    for (Intervention intervention : InterventionCatalog.builtIn().interventions()) {
      for (String watched : intervention.watchedItems()) {
        assertWithMessage("%s watches %s", intervention.id(), watched)
            .that(items).containsKey(watched);
        Construct construct = items.get(watched).construct().orElseThrow();
        assertWithMessage("%s watches %s of %s", intervention.id(), watched, construct)
            .that(intervention.targets().contains(construct)
                || construct.equals(Construct.BELONGING)).isTrue();
      }
    }
  }
}

package dev.belonging.testkit.jqwik;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import dev.belonging.instrument.Instrument;
import dev.belonging.instrument.ItemKind;
import dev.belonging.testkit.SyntheticWorkforce;
import dev.belonging.workforce.Dimension;
import dev.belonging.workforce.TeamHierarchy;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;

/**
 * Generation with fixed java.util.Random seeds, so these checks are deterministic. jqwik examples
 * rather than JUnit tests: generators need a jqwik thread.
 */
class BelongingArbitrariesTest {
  private static final int K = 5;
  private static final int GEN_SIZE = 1000;

  private static <T> List<T> sample(Arbitrary<T> arbitrary, int count, long seed) {
    Random random = new Random(seed);
    var generator = arbitrary.generator(GEN_SIZE);
    return java.util.stream.Stream.generate(() -> generator.next(random).value())
        .limit(count).collect(Collectors.toList());
  }

  @Example
  void teamSizes_containSizesAroundTheThreshold() {
    Set<Integer> seen = new HashSet<>();
    sample(BelongingArbitraries.teamSizes(K), 300, 1).forEach(seen::addAll);
    assertThat(seen).containsAtLeast(0, 1, K - 1, K, K + 1, 3 * K);
  }

  @Example
  void workforces_containEmptyTeamsThresholdGroupsSingletonsAndDeepHierarchies() {
    boolean empty = false;
    boolean deep = false;
    boolean singleton = false;
    Set<Integer> teamSizes = new HashSet<>();
    for (SyntheticWorkforce workforce : sample(BelongingArbitraries.workforces(K), 300, 2)) {
      TeamHierarchy hierarchy = workforce.hierarchy();
      List<String> leaves = hierarchy.teams().stream()
          .filter(t -> hierarchy.children(t).isEmpty()).collect(Collectors.toList());
      var counts = workforce.headcounts(Dimension.TEAM);
      empty |= leaves.stream().anyMatch(t -> !counts.containsKey(t));
      teamSizes.addAll(counts.values());
      deep |= hierarchy.depth() == 8;
      singleton |= workforce.headcounts(Dimension.LOCATION)
          .getOrDefault(BelongingArbitraries.UNIQUE_LOCATION, 0) == 1;
    }
    assertThat(empty).isTrue();
    assertThat(deep).isTrue();
    assertThat(singleton).isTrue();
    assertThat(teamSizes).containsAtLeast(1, K - 1, K, K + 1);
  }

  @Example
  void workforces_edgeCasesIncludeShallowAndDeepHierarchies() {
    Set<Integer> depths = new HashSet<>();
    BelongingArbitraries.workforces(K).edgeCases().forEach(s -> depths.add(
        s.value().hierarchy().depth()));
    assertThat(depths).containsAtLeast(2, 8);
  }

  @Example
  void workforces_failingCaseShrinksToASmallOrganisation() {
    // A "bug" that shows whenever some team has exactly k people.
    Predicate<SyntheticWorkforce> failing =
        w -> w.headcounts(Dimension.TEAM).containsValue(K);
    Shrinkable<SyntheticWorkforce> start = firstLarge(BelongingArbitraries.workforces(K), failing);
    assertThat(start.value().size()).isAtLeast(3 * K);
    SyntheticWorkforce shrunk = shrink(start, failing).value();
    assertThat(shrunk.size()).isEqualTo(K);
    assertThat(shrunk.hierarchy().depth()).isEqualTo(2);
    assertThat(shrunk.hierarchy().teams()).hasSize(2);
  }

  @Example
  void instruments_shrinkToOneAgreementItem() {
    Shrinkable<Instrument> start =
        firstLarge(BelongingArbitraries.instruments(), i -> i.items().size() >= 5);
    Instrument shrunk = shrink(start, i -> true).value();
    assertThat(shrunk.items()).hasSize(1);
    assertThat(shrunk.items().get(0).kind()).isEqualTo(ItemKind.AGREEMENT);
    assertThat(shrunk.items().get(0).reverseKeyed()).isFalse();
  }

  @Example
  void instruments_coverAllItemKindsAndReverseKeying() {
    Set<ItemKind> kinds = new HashSet<>();
    boolean reverse = false;
    for (Instrument instrument : sample(BelongingArbitraries.instruments(), 100, 3)) {
      instrument.items().forEach(i -> kinds.add(i.kind()));
      reverse |= instrument.items().stream().anyMatch(i -> i.reverseKeyed());
    }
    assertThat(kinds).containsExactlyElementsIn(ItemKind.values());
    assertThat(reverse).isTrue();
  }

  @Example
  void breakdowns_areOneToThreeSortedDistinctDimensions() {
    Set<Dimension> seen = new HashSet<>();
    for (ImmutableList<Dimension> breakdown : sample(BelongingArbitraries.breakdowns(), 200, 4)) {
      assertThat(breakdown.size()).isAtLeast(1);
      assertThat(breakdown.size()).isAtMost(3);
      assertThat(breakdown).isInStrictOrder();
      seen.addAll(breakdown);
    }
    assertThat(seen).hasSize(8);
  }

  @Example
  void threshold_outOfRange_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BelongingArbitraries.workforces(0));
    assertThat(e).hasMessageThat().isEqualTo("threshold k must be in [1, 100], but was 0");
  }

  private static <T> Shrinkable<T> firstLarge(Arbitrary<T> arbitrary, Predicate<T> condition) {
    Random random = new Random(5);
    var generator = arbitrary.generator(GEN_SIZE);
    for (int i = 0; i < 1000; i++) {
      Shrinkable<T> candidate = generator.next(random);
      if (condition.test(candidate.value())) {
        return candidate;
      }
    }
    throw new IllegalStateException("no large case in 1000 tries");
  }

  /** Greedy shrinking as jqwik does it: take the first smaller candidate that still fails. */
  private static <T> Shrinkable<T> shrink(Shrinkable<T> start, Predicate<T> failing) {
    Shrinkable<T> current = start;
    for (int step = 0; step < 500; step++) {
      Optional<Shrinkable<T>> smaller = current.shrink().limit(200)
          .filter(s -> failing.test(s.value())).findFirst();
      if (smaller.isEmpty()) {
        return current;
      }
      current = smaller.get();
    }
    return current;
  }
}

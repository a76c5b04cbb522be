package dev.belonging.instrument;

import dev.belonging.stats.Interval;
import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CharStreams;
import dev.belonging.workforce.Attributes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link Reliability} against R psych 2.2.9's {@code alpha()} on the synthetic data sets of
 * {@link PsychAlphaInputs}; expected values come from {@code src/test/reference/psych_alpha.R}.
 */
class PsychAlphaReferenceTest {
  /**
   * psych and we evaluate the same closed formulas in double precision; differences come only
   * from summation order, the eigen versus SVD pseudo-inverse and the F quantile root finder,
   * all far below 1e-9 (relative to values of magnitude above 1, absolute below).
   */
  static final double TOLERANCE = 1e-9;

  private static String resource(String name) throws IOException {
    try (InputStream in = PsychAlphaReferenceTest.class.getResourceAsStream(name)) {
      assertWithMessage("resource %s", name).that(in).isNotNull();
      return CharStreams.toString(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  private static List<String[]> rows(String csv) {
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    for (String line : csv.split("\n")) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      out.add(line.split(",", -1));
    }
    return out;
  }

  @Test
  void committedInputs_equalGeneratorOutput() throws IOException {
    assertThat(resource(PsychAlphaInputs.RESOURCE)).isEqualTo(PsychAlphaInputs.render());
  }

  @Test
  void analyze_matchesPsychAlpha_onAllDataSets() throws IOException {
    Map<Integer, List<String[]>> inputs = new LinkedHashMap<>();
    for (String[] row : rows(resource(PsychAlphaInputs.RESOURCE))) {
      inputs.computeIfAbsent(Integer.parseInt(row[0]), d -> new ArrayList<>()).add(row);
    }
    Map<String, Double> expected = new HashMap<>();
    for (String[] row : rows(resource("/reference/psych/alpha_expected.csv"))) {
      expected.put(row[0] + "/" + row[1] + "/" + row[2] + "/" + row[3],
          Double.parseDouble(row[4]));
    }
    assertThat(inputs.size()).isAtLeast(20);
    TreeSet<Integer> itemCounts = new TreeSet<>();
    TreeSet<Integer> sizes = new TreeSet<>();
    int checked = 0;
    for (Map.Entry<Integer, List<String[]>> e : inputs.entrySet()) {
      int d = e.getKey();
      List<String[]> data = e.getValue();
      int min = Integer.parseInt(data.get(0)[1]);
      int max = Integer.parseInt(data.get(0)[2]);
      TreeSet<Integer> reversed = new TreeSet<>();
      for (String r : data.get(0)[3].split(" ")) {
        if (!r.isEmpty()) {
          reversed.add(Integer.parseInt(r));
        }
      }
      int k = 0;
      for (String[] row : data) {
        for (int j = 5; j < row.length; j++) {
          if (!row[j].isEmpty()) {
            k = Math.max(k, j - 4);
          }
        }
      }
      ResponseScale scale = scale(min, max);
      List<Item> items = new ArrayList<>();
      for (int j = 1; j <= k; j++) {
        Item item = Item.builder().id("i" + j).text("item " + j).construct(Construct.VOICE)
            .scale(scale).kind(min == 0 ? ItemKind.RATING_0_10 : ItemKind.AGREEMENT).build();
        items.add(reversed.contains(j) ? item.asReverseKeyed() : item);
      }
      List<Response> responses = new ArrayList<>();
      for (String[] row : data) {
        Response.Builder b = Response.builder().respondentId("r" + row[4])
            .attributes(Attributes.none());
        for (int j = 1; j <= k; j++) {
          if (!row[4 + j].equals("NA")) {
            b.putAnswer("i" + j, Integer.parseInt(row[4 + j]));
          }
        }
        responses.add(b.build());
      }
      itemCounts.add(k);
      sizes.add(data.size());
      for (MissingData missing : MissingData.values()) {
        Optional<ReliabilityResult> result =
            Reliability.withDefaults().withMissingData(missing).analyze(items, responses);
        String prefix = d + "/" + missing + "/";
        assertWithMessage("data set %s", prefix).that(result.isPresent()).isTrue();
        ReliabilityResult r = result.get();
        check(expected, prefix + "raw_alpha/", r.total().rawAlpha());
        check(expected, prefix + "std_alpha/", r.total().standardizedAlpha());
        check(expected, prefix + "g6/", r.total().guttmanLambda6());
        check(expected, prefix + "average_r/", r.total().averageInterItemCorrelation());
        check(expected, prefix + "s_n/", r.total().signalToNoise().getAsDouble());
        check(expected, prefix + "observations/", r.observations());
        check(expected, prefix + "feldt_lower/", r.alphaConfidenceInterval().lower());
        check(expected, prefix + "feldt_upper/", r.alphaConfidenceInterval().upper());
        Interval ci90 = Reliability.withDefaults().withMissingData(missing)
            .withConfidenceLevel(0.90).analyze(items, responses).orElseThrow()
            .alphaConfidenceInterval();
        check(expected, prefix + "feldt90_lower/", ci90.lower());
        check(expected, prefix + "feldt90_upper/", ci90.upper());
        for (ItemReliability item : r.items()) {
          String p = prefix;
          String id = item.itemId();
          AlphaStatistics drop = item.ifDeleted().orElseThrow();
          check(expected, p + "drop_raw_alpha/" + id, drop.rawAlpha());
          check(expected, p + "drop_std_alpha/" + id, drop.standardizedAlpha());
          check(expected, p + "drop_g6/" + id, drop.guttmanLambda6());
          check(expected, p + "drop_average_r/" + id, drop.averageInterItemCorrelation());
          check(expected, p + "drop_s_n/" + id, drop.signalToNoise().getAsDouble());
          check(expected, p + "r_drop/" + id, item.itemRestCorrelation());
          check(expected, p + "n/" + id, item.answered());
          checked += 7;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(itemCounts.first()).isEqualTo(3);
    assertThat(itemCounts.last()).isEqualTo(12);
    assertThat(sizes.first()).isEqualTo(10);
    assertThat(sizes.last()).isEqualTo(500);
  }

  private static ResponseScale scale(int min, int max) {
    ImmutableList<ResponseScale> known = ImmutableList.of(ResponseScale.agreement5(),
        ResponseScale.agreement7(), ResponseScale.rating0To10());
    for (ResponseScale s : known) {
      if (s.min() == min && s.max() == max) {
        return s;
      }
    }
    throw new AssertionError("no scale " + min + ".." + max);
  }

  private static void check(Map<String, Double> expected, String key, double actual) {
    Double want = expected.get(key);
    assertWithMessage("reference value %s", key).that(want).isNotNull();
    assertWithMessage("%s", key).that(actual)
        .isWithin(TOLERANCE * Math.max(1, Math.abs(want))).of(want);
  }
}

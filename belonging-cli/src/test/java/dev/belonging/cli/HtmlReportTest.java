package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Pattern HEAT_CELL = Pattern.compile(
      "<td class=\"hm-cell ([^\"]*)\" data-state=\"([^\"]*)\" data-subgroup=\"([^\"]*)\" "
          + "data-construct=\"([^\"]*)\"[^>]*>(.*?)</td>");

  private static Analysis.Result hostile;
  private static String hostileHtml;
  private static Analysis.Result demo;
  private static String demoHtml;

  @BeforeAll
  static void render() {
    hostile = Reports.hostile();
    hostileHtml = HtmlReport.render(hostile, "test");
    demo = Reports.demo(160, 4);
    demoHtml = HtmlReport.render(demo, "test");
  }

  @Test
  void render_hostileStrings_areEscapedEverywhere() {
    assertThat(hostileHtml).doesNotContain("<script");
    assertThat(hostileHtml).doesNotContain("<img");
    assertThat(hostileHtml).doesNotContain("<b onmouseover");
    assertThat(hostileHtml).doesNotContain("<i>support");
    assertThat(hostileHtml).doesNotContain("onerror=alert(1)>");
    assertThat(hostileHtml).contains("Pulse &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    assertThat(hostileHtml).contains("&lt;b onmouseover=alert(2)&gt;ops&lt;/b&gt;");
    assertThat(hostileHtml).contains("sales &amp; &lt;i&gt;support&lt;/i&gt;");
    assertThat(hostileHtml).contains("wave w&lt;1&gt;");
  }

  @Test
  void render_hostileGroupLabels_stayInsideTheirAttributes() {
    Matcher m = HEAT_CELL.matcher(hostileHtml);
    List<String> subgroups = new ArrayList<>();
    while (m.find()) {
      subgroups.add(m.group(3));
    }
    assertThat(subgroups).contains("team=&lt;b onmouseover=alert(2)&gt;ops&lt;/b&gt;");
    assertThat(subgroups).contains("team=sales &amp; &lt;i&gt;support&lt;/i&gt;");
  }

  @Test
  void render_anyReport_loadsNothingFromAnywhere() {
    for (String html : List.of(hostileHtml, demoHtml)) {
      assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
      assertThat(html).doesNotContainMatch("(?i)<script");
      assertThat(html).doesNotContainMatch("(?i)\\ssrc=");
      assertThat(html).doesNotContainMatch("(?i)href=\"(https?:)?//");
      assertThat(html).doesNotContainMatch("(?i)url\\(");
      assertThat(html).doesNotContainMatch("(?i)@import");
    }
  }

  @Test
  void render_heatMap_showsEveryCellOfTheReportWithItsState() {
    Matcher m = HEAT_CELL.matcher(demoHtml);
    int suppressed = 0;
    int published = 0;
    while (m.find()) {
      String text = m.group(5).replaceAll("<[^>]+>", " ").strip();
      if (m.group(2).equals("suppressed")) {
        suppressed++;
        assertWithMessage(m.group(0)).that(text).startsWith("suppressed");
        assertWithMessage(m.group(0)).that(text).doesNotContainMatch("[0-9]");
        assertThat(m.group(1)).contains("suppressed");
      } else {
        published++;
        assertWithMessage(m.group(0)).that(m.group(2)).isAnyOf("published", "no-answers");
      }
    }
    long constructs = demo.input().instrument().closedItems().stream()
        .map(i -> i.construct().orElseThrow()).distinct().count();
    long expectedSuppressed = 0;
    long expectedPublished = 0;
    for (BreakdownResult b : demo.report().breakdowns()) {
      for (CellResult c : b.cells()) {
        if (c.isPublished()) {
          expectedPublished += constructs;
        } else {
          expectedSuppressed += constructs;
        }
      }
    }
    assertThat(expectedSuppressed).isGreaterThan(0);
    assertThat(suppressed).isEqualTo(expectedSuppressed);
    assertThat(published).isEqualTo(expectedPublished);
  }

  @Test
  void render_demo_hasEverySection() {
    for (String id : List.of("summary", "heatmap", "gaps", "response-rates", "trends",
        "fairness", "recommendations", "pairing", "policy")) {
      assertThat(demoHtml).contains("<section id=\"" + id + "\">");
    }
    assertThat(demoHtml).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    assertThat(demoHtml).contains("Minimum group size</dt><dd>5 respondents");
  }

  @Test
  void render_sameResult_sameBytes() {
    assertThat(HtmlReport.render(demo, "test")).isEqualTo(demoHtml);
  }

  @Test
  void render_pairing_showsCountsButNoParticipantIds() {
    String pairing = demoHtml.substring(demoHtml.indexOf("<section id=\"pairing\">"),
        demoHtml.indexOf("<section id=\"policy\">"));
    assertThat(pairing).containsMatch("[0-9]+ people in [0-9]+ groups");
    assertThat(pairing).doesNotContainMatch("p[0-9]{6}");
  }
}

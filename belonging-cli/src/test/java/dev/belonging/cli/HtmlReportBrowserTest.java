package dev.belonging.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.belonging.disaggregation.BreakdownResult;
import dev.belonging.disaggregation.CellResult;
import dev.belonging.disaggregation.ScoreStatistics;
import dev.belonging.instrument.Construct;
import dev.belonging.instrument.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's HTML report in a real headless Chromium (Debian's chromium and
 * chromium-driver): the page loads without errors or requests, and the rendered heat map shows
 * exactly the report's published numbers and suppressed cells. Never skipped: without
 * chromedriver it fails, naming the packages.
 */
class HtmlReportBrowserTest {
  @TempDir
  Path dir;

  /** Each heat-map cell as rendered: key (breakdown|subgroup|construct) to state and text. */
  private static final String CELLS_SCRIPT = String.join("\n",
      "const out = {};",
      "for (const table of document.querySelectorAll('table.heatmap')) {",
      "  for (const td of table.querySelectorAll('td.hm-cell')) {",
      "    const key = table.dataset.breakdown + '|' + td.dataset.subgroup + '|'",
      "        + td.dataset.construct;",
      "    out[key] = {state: td.dataset.state, text: td.innerText.replace(/\\s+/g, ' ').trim(),",
      "        pattern: getComputedStyle(td).backgroundImage,",
      "        visible: td.getBoundingClientRect().width > 0};",
      "  }",
      "}",
      "return out;");

  @Test
  void report_inChromium_loadsCleanlyAndShowsTheReportsCells() throws Exception {
    Analysis.Result result = Reports.demo(160, 4);
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.render(result, "test"), StandardCharsets.UTF_8);

    try (WebDriver browser = WebDriver.start(dir.resolve("profile"))) {
      browser.open(html.toUri().toString());

      assertThat(browser.execute("return document.readyState;").asText()).isEqualTo("complete");
      assertThat(browser.execute("return document.title;").asText())
          .isEqualTo("Belonging report: Belonging index, wave " + result.input().waveId());
      JsonNode requests = browser.execute(
          "return performance.getEntriesByType('resource').map(e => e.name);");
      assertWithMessage("the page must load nothing").that(requests.size()).isEqualTo(0);
      JsonNode log = browser.browserLog();
      for (JsonNode entry : log) {
        assertWithMessage("browser console: %s", entry).that(entry.path("level").asText())
            .isNotEqualTo("SEVERE");
      }

      JsonNode rendered = browser.execute(CELLS_SCRIPT);
      TreeMap<String, String> expected = expectedCells(result);
      assertThat(rendered.size()).isEqualTo(expected.size());
      int suppressed = 0;
      for (var e : expected.entrySet()) {
        JsonNode cell = rendered.path(e.getKey());
        assertWithMessage("cell %s missing", e.getKey()).that(cell.isMissingNode()).isFalse();
        assertWithMessage("cell %s", e.getKey()).that(cell.path("visible").asBoolean()).isTrue();
        String text = cell.path("text").asText();
        if (e.getValue().equals("suppressed")) {
          suppressed++;
          assertWithMessage("cell %s", e.getKey()).that(cell.path("state").asText())
              .isEqualTo("suppressed");
          assertWithMessage("cell %s", e.getKey()).that(text).startsWith("suppressed");
          assertWithMessage("cell %s", e.getKey()).that(text).doesNotContainMatch("[0-9]");
          assertWithMessage("cell %s", e.getKey()).that(cell.path("pattern").asText())
              .contains("repeating-linear-gradient");
        } else {
          assertWithMessage("cell %s", e.getKey()).that(cell.path("state").asText())
              .isEqualTo("published");
          assertWithMessage("cell %s", e.getKey()).that(text).startsWith(e.getValue());
        }
      }
      assertThat(suppressed).isGreaterThan(0);
      assertThat(suppressed).isLessThan(expected.size());
      assertThat(browser.text("#policy dl")).contains("Minimum group size");
    }
  }

  /** From the report itself: "suppressed", or the published mean as the page formats it. */
  private static TreeMap<String, String> expectedCells(Analysis.Result result) {
    Set<Construct> constructs = new LinkedHashSet<>();
    for (Item item : result.input().instrument().closedItems()) {
      item.construct().ifPresent(constructs::add);
    }
    TreeMap<String, String> cells = new TreeMap<>();
    for (BreakdownResult b : result.report().breakdowns()) {
      for (CellResult cell : b.cells()) {
        for (Construct c : constructs) {
          String key = b.breakdown().name() + "|" + HtmlReport.subgroupKey(cell.subgroup()) + "|"
              + c.id();
          Optional<ScoreStatistics> score = cell.statistics().flatMap(s -> s.construct(c));
          cells.put(key, cell.isPublished()
              ? String.format(java.util.Locale.ROOT, "%.2f",
                  score.orElseThrow().mean().orElseThrow())
              : "suppressed");
        }
      }
    }
    return cells;
  }
}

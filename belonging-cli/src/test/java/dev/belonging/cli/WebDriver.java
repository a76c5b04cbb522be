package dev.belonging.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A minimal W3C WebDriver client for the HTML report's browser test: starts Debian's
 * chromedriver, opens one headless Chromium session, and speaks the protocol over HTTP with the
 * JDK's client (Selenium would bring a large dependency tree for four endpoints).
 */
final class WebDriver implements AutoCloseable {
  static final List<String> CHROMIUM_FLAGS = List.of("--headless=new", "--no-sandbox",
      "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");
  static final String MISSING = "the browser test needs Chromium and its driver: install the "
      + "Debian packages chromium and chromium-driver (apt-get install -y chromium "
      + "chromium-driver; .ci/run does this)";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Process driver;
  private final String base;
  private final String session;

  private WebDriver(Process driver, String base, String session) {
    this.driver = driver;
    this.base = base;
    this.session = session;
  }

  /** The chromedriver executable: $CHROMEDRIVER, /usr/bin/chromedriver, or on the PATH. */
  static Path chromedriver() {
    String configured = System.getenv("CHROMEDRIVER");
    if (configured != null && Files.isExecutable(Path.of(configured))) {
      return Path.of(configured);
    }
    Path debian = Path.of("/usr/bin/chromedriver");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "chromedriver"))) {
        return Path.of(dir, "chromedriver");
      }
    }
    throw new AssertionError("chromedriver not found; " + MISSING);
  }

  static WebDriver start(Path userDataDir) throws IOException, InterruptedException {
    Path executable = chromedriver();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process = new ProcessBuilder(executable.toString(), "--port=" + port)
        .redirectErrorStream(true)
        .redirectOutput(userDataDir.resolveSibling("chromedriver.log").toFile())
        .start();
    String base = "http://127.0.0.1:" + port;
    WebDriver probe = new WebDriver(process, base, "");
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (true) {
        try {
          JsonNode status = probe.call("GET", "/status", null);
          if (status.path("value").path("ready").asBoolean()) {
            break;
          }
        } catch (IOException e) {
          if (System.nanoTime() > deadline) {
            throw e;
          }
        }
        if (!process.isAlive()) {
          throw new AssertionError("chromedriver exited with " + process.exitValue() + "; "
              + MISSING);
        }
        Thread.sleep(100);
      }
      ObjectNode capabilities = JSON.createObjectNode();
      ObjectNode always = capabilities.putObject("capabilities").putObject("alwaysMatch");
      always.put("browserName", "chrome");
      ObjectNode chrome = always.putObject("goog:chromeOptions");
      Path chromium = Path.of("/usr/bin/chromium");
      if (Files.isExecutable(chromium)) {
        chrome.put("binary", chromium.toString());
      }
      var args = chrome.putArray("args");
      CHROMIUM_FLAGS.forEach(args::add);
      args.add("--user-data-dir=" + userDataDir);
      always.putObject("goog:loggingPrefs").put("browser", "ALL");
      JsonNode created = probe.call("POST", "/session", capabilities);
      String id = created.path("value").path("sessionId").asText();
      assertWithMessage("no session: %s", created).that(id).isNotEmpty();
      return new WebDriver(process, base, id);
    } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
      process.destroyForcibly();
      throw e;
    }
  }

  void open(String url) throws IOException, InterruptedException {
    call("POST", "/session/" + session + "/url", JSON.valueToTree(Map.of("url", url)));
  }

  /** Runs a script in the page and returns its value. */
  JsonNode execute(String script) throws IOException, InterruptedException {
    return call("POST", "/session/" + session + "/execute/sync",
        JSON.valueToTree(Map.of("script", script, "args", List.of()))).path("value");
  }

  /** The browser console's entries so far (chromedriver's log endpoint). */
  JsonNode browserLog() throws IOException, InterruptedException {
    return call("POST", "/session/" + session + "/se/log",
        JSON.valueToTree(Map.of("type", "browser"))).path("value");
  }

  /** The rendered text of the first element matching a CSS selector. */
  String text(String css) throws IOException, InterruptedException {
    JsonNode element = call("POST", "/session/" + session + "/element",
        JSON.valueToTree(Map.of("using", "css selector", "value", css))).path("value");
    String id = element.path("element-6066-11e4-a52e-4f735466cecf").asText();
    return call("GET", "/session/" + session + "/element/" + id + "/text", null)
        .path("value").asText();
  }

  private JsonNode call(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json; charset=utf-8")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    HttpResponse<String> response = http.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode json = JSON.readTree(response.body());
    if (response.statusCode() != 200) {
      throw new UncheckedIOException(new IOException("WebDriver " + method + " " + path
          + " failed with HTTP " + response.statusCode() + ": " + json));
    }
    return json;
  }

  @Override
  public void close() {
    try {
      if (!session.isEmpty()) {
        call("DELETE", "/session/" + session, null);
      }
    } catch (IOException e) {
      // In try-with-resources this is added as a suppressed exception to any test failure, so it
      // never hides one; the driver is stopped below in any case.
      throw new UncheckedIOException("WebDriver: deleting the browser session failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("WebDriver: interrupted while deleting the session", e);
    } finally {
      driver.destroyForcibly();
    }
  }
}

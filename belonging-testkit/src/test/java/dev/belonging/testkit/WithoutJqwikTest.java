package dev.belonging.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** jqwik is an optional dependency: everything but the jqwik package must work without it. */
class WithoutJqwikTest {

  @Test
  void generators_runOnAClassPathWithoutJqwik() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(classPathWithoutJqwik(),
        ClassLoader.getPlatformClassLoader())) {
      Class<?> profile = loader.loadClass(OrganisationProfile.class.getName());
      Class<?> generator = loader.loadClass(WorkforceGenerator.class.getName());
      Object scaleUp = profile.getMethod("valueOf", String.class).invoke(null, "SCALE_UP");
      Object configured = generator.getMethod("of", profile).invoke(null, scaleUp);
      Method generate = generator.getMethod("generate", long.class);
      Object workforce = generate.invoke(configured, 1L);
      assertThat(workforce.getClass().getMethod("size").invoke(workforce)).isEqualTo(200);
      // The loader really lacks jqwik: the arbitraries cannot be initialised there.
      assertThrows(Throwable.class, () -> Class.forName(
          "dev.belonging.testkit.jqwik.BelongingArbitraries", true, loader)
          .getMethod("profiles").invoke(null));
      assertThrows(ClassNotFoundException.class,
          () -> loader.loadClass("net.jqwik.api.Arbitrary"));
    }
  }

  @Test
  void onlyTheJqwikPackage_referencesJqwik() throws IOException {
    Path classes = Paths.get(OrganisationProfile.class.getProtectionDomain().getCodeSource()
        .getLocation().getPath());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertThat(files.size()).isGreaterThan(10);
    List<String> offenders = new ArrayList<>();
    boolean jqwikPackageUsesJqwik = false;
    for (Path file : files) {
      boolean references = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
          .contains("net/jqwik");
      String relative = classes.relativize(file).toString().replace(File.separatorChar, '/');
      if (relative.startsWith("dev/belonging/testkit/jqwik/")) {
        jqwikPackageUsesJqwik |= references;
      } else if (references && !relative.equals("module-info.class")) {
        offenders.add(relative);
      }
    }
    assertThat(offenders).isEmpty();
    assertThat(jqwikPackageUsesJqwik).isTrue();
  }

  private static URL[] classPathWithoutJqwik() {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isEmpty() || entry.contains("jqwik")) {
        continue;
      }
      try {
        urls.add(new File(entry).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(e);
      }
    }
    return urls.toArray(new URL[0]);
  }
}

package dev.belonging.stats.archfixture;

import dev.belonging.intervention.archfixture.HigherLayer;
import java.io.File;

/**
 * Deliberate violations for the architecture tests: a lower layer (stats) using a higher one
 * (intervention), file I/O in the core, an open public class, a generic exception and printing.
 * Test source only.
 */
public class BreaksEveryRule {
  public Object violate(HigherLayer higher) {
    File file = new File("x");
    System.out.println(file.getName() + higher);
    throw new RuntimeException("deliberate");
  }
}

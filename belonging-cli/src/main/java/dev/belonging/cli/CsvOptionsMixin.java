package dev.belonging.cli;

import dev.belonging.csv.CsvLayout;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to read responses from a CSV export (files ending in {@code .csv}). */
final class CsvOptionsMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "GENERIC",
      description = "CSV layout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). GENERIC "
          + "without --item reads the columns `belonging simulate --format csv` writes: "
          + "'respondent id', 'attribute: NAME' and item ids.")
  CsvLayout layout;

  @Option(names = "--id-column", paramLabel = "HEADER",
      description = "The column holding pseudonymous respondent ids (default: none; rows get "
          + "ids row-2, row-3, ...).")
  String idColumn;

  @Option(names = "--attribute", paramLabel = "HEADER=DIMENSION",
      description = "An attribute column and the dimension it holds, such as "
          + "'Team=team'. Repeatable.")
  Map<String, String> attributes = new LinkedHashMap<>();

  @Option(names = "--item", paramLabel = "HEADER=ITEM_ID",
      description = "An item column and the item it answers. Repeatable.")
  Map<String, String> items = new LinkedHashMap<>();

  @Option(names = "--items-by-text",
      description = "Map item columns by the items' wording (Google Forms, Qualtrics row 2); "
          + "the default for GOOGLE_FORMS and QUALTRICS.")
  boolean itemsByText;

  @Option(names = "--sensitive", paramLabel = "DIMENSION", split = ",",
      description = "Dimensions to treat as sensitive demographics (stricter minimum). gender, "
          + "disability, ethnicity, race, sexual_orientation, religion and age always are.")
  List<String> sensitive = List.of();

  @Option(names = "--skip-bad-rows",
      description = "Skip CSV rows that break a rule and count them, instead of stopping at "
          + "the first.")
  boolean skipBadRows;

  @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ",",
      description = "CSV column separator (default: '${DEFAULT-VALUE}').")
  String separator;

  Inputs.CsvOptions options() {
    if (separator.length() != 1) {
      throw new ParameterException(spec.commandLine(),
          "--separator must be one character, but was '" + separator + "'");
    }
    return new Inputs.CsvOptions(layout, Optional.ofNullable(idColumn), attributes, items,
        itemsByText, new LinkedHashSet<>(sensitive), skipBadRows, separator.charAt(0));
  }
}

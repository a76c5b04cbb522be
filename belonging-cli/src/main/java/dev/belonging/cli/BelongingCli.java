package dev.belonging.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code belonging} command: {@code demo}, {@code simulate}, {@code report}, {@code
 * validate}, {@code lint}, {@code pairs} and {@code evaluate}. Run {@code belonging --help} or
 * {@code belonging COMMAND --help}; the exit codes are listed there and in README.md.
 */
@Command(name = "belonging",
    mixinStandardHelpOptions = true,
    versionProvider = BelongingCli.Version.class,
    description = {
        "Anonymous workplace surveys turned into trustworthy belonging metrics and action.",
        "Start with `belonging demo`: it runs the whole cycle on a synthetic organisation."},
    subcommands = {
        DemoCommand.class, SimulateCommand.class, ReportCommand.class, ValidateCommand.class,
        LintCommand.class, PairsCommand.class, EvaluateCommand.class},
    commandListHeading = "%nCommands:%n")
public final class BelongingCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  BelongingCli() {}

  /** Without a command: the usage on stderr, exit code 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("belonging: a command is required");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
        true);
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs a command line in-process with the given streams and returns the exit code. */
  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line: streams, exit codes in every help, error handling. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new BelongingCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(100);
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : ExitCodes.HELP) {
      int colon = line.indexOf(':');
      codes.put(" " + line.substring(0, colon), line.substring(colon + 1));
    }
    configure(cl, codes);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter w = commandLine.getErr();
      String name = commandLine.getCommandSpec().qualifiedName();
      if (e instanceof CliException) {
        w.println(name + ": " + e.getMessage());
        w.flush();
        return ((CliException) e).exitCode();
      }
      w.println(name + ": internal error: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      if (System.getenv("BELONGING_DEBUG") != null) {
        e.printStackTrace(w);
      } else {
        w.println("This is a bug in belonging. Set BELONGING_DEBUG=1 for a stack trace, and "
            + "report it with the command line (never the data).");
      }
      w.flush();
      return ExitCodes.INTERNAL;
    });
    return cl;
  }

  private static void configure(CommandLine cl, Map<String, String> codes) {
    cl.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(codes);
    cl.getSubcommands().values().forEach(sub -> configure(sub, codes));
  }

  /** The version from the build. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = BelongingCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** Picocli's version provider. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"belonging " + version()};
    }
  }
}

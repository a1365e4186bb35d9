package org.gridgov.examples.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code gridgov} command line (命令行): {@code demo}, {@code locate}, {@code check},
 * {@code tree}, {@code simulate} and {@code report}. Every command has {@code --help} (with an
 * example) and {@code --version}; bad arguments and bad input print one line on stderr and exit
 * with status 2, never a stack trace unless {@code --verbose} is given. See docs/cli.md.
 */
@Command(name = "gridgov", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Grid governance (网格化服务管理) on your own grids, or on a demo district.", "",
        "Start with 'gridgov demo': a real district split into 219 grids, a simulated month of tickets "
            + "through the closed loop, scored, with a map and a page to open."},
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  java -jar gridgov.jar demo", "  java -jar gridgov.jar locate --grids gridgov-demo/grids.geojson 102.85 24.88",
        "  java -jar gridgov.jar demo --help", "", "Exit status: 0 done, 1 something found wrong (check) or a point in no grid "
            + "(locate), 2 bad arguments or input, 3 an internal error."})
public final class GridGovCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  Verbose verbose;

  private final Io io;

  GridGovCli(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(io.text());
    return Errors.OK;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    Io io = Io.system();
    int status = run(args, io);
    io.flush();
    System.exit(status);
  }

  /** Runs one command line on the given streams; the exit status. */
  public static int run(String[] args, Io io) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    CommandLine cli = new CommandLine(new GridGovCli(io));
    cli.addSubcommand(new DemoCommand(io));
    cli.addSubcommand(new LocateCommand(io));
    cli.addSubcommand(new CheckCommand(io));
    cli.addSubcommand(new TreeCommand(io));
    cli.addSubcommand(new SimulateCommand(io));
    cli.addSubcommand(new ReportCommand(io));
    cli.setOut(io.text());
    cli.setErr(io.err());
    cli.setUsageHelpAutoWidth(true);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ParameterException e, String[] given) -> {
      String name = e.getCommandLine().getCommandSpec().qualifiedName();
      String message = e.getMessage();
      if (e instanceof UnmatchedArgumentException && !((UnmatchedArgumentException) e).getSuggestions().isEmpty()) {
        message += " (did you mean " + String.join(" or ", ((UnmatchedArgumentException) e).getSuggestions()) + "?)";
      }
      io.err().println(name + ": " + message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim() + "; see '" + name + " --help'");
      if (verbose) {
        e.printStackTrace(io.err());
      }
      return Errors.BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      io.text().flush();
      io.err().println(line.getCommandSpec().qualifiedName() + ": " + Errors.describe(e));
      if (verbose) {
        e.printStackTrace(io.err());
      }
      return Errors.exitCode(e);
    });
    int status = cli.execute(args);
    io.flush();
    return status;
  }
}

package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.gridgov.core.GridGovException;
import org.gridgov.core.Layer;
import org.gridgov.core.StaffingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The GridGov demo: loads one of the example places from its scheme file and grid table,
 * prints its grid tree with the count of grids per level, and checks its staffing rules.
 */
@Command(name = "gridgov-demo", mixinStandardHelpOptions = true, version = "GridGov 0.1.0",
    description = "Builds a place's grid tree from its scheme file and prints it with per-level counts.")
public final class GridGovDemo implements Callable<Integer> {
  @Option(names = {"-p", "--place"}, defaultValue = "taibaihu",
      description = "The place: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = PlaceIds.class)
  String place;

  @Option(names = {"-d", "--depth"}, defaultValue = "0",
      description = "Print levels down to this one; 0 prints down to the basic grids (default).")
  int depth;

  private final PrintWriter out;

  GridGovDemo(PrintWriter out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    Place p = Place.load(place);
    int maxLevel = depth > 0 ? depth : p.scheme().basicLevel();
    TreePrinter.print(p.tree(), maxLevel, out);
    out.println();
    out.printf("layers: %s%n", String.join(", ", p.scheme().layers().stream().map(Layer::name).toList()));
    p.tree().scheme().layers().forEach(layer -> out.printf("  %,9d basic grids  %s%n",
        p.tree().basicGrids(layer.id()).size(), layer.name()));
    StaffingReport staffing = StaffingReport.of(p.tree(), p.roster());
    out.printf("staffing: %d staff, %d grids checked against %s: %s%n", p.roster().staff().size(),
        staffing.checkedGrids(), p.scheme().staffing().stream().map(r -> r.name()).toList(),
        staffing.isCompliant() ? "all compliant" : staffing.failingGrids().size() + " grids fail");
    staffing.violations().stream().limit(10).forEach(v -> out.println("  " + v.grid() + ": " + v.reason()));
    out.flush();
    return 0;
  }

  /** Runs the demo; exits with 0 on success, 1 on a GridGov error, 2 on bad arguments. */
  public static void main(String[] args) {
    System.setProperty("org.jboss.logging.provider", "slf4j"); // Hibernate Validator logs through SLF4J
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new GridGovDemo(out));
    cli.setOut(out);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof GridGovException) {
        line.getErr().println("error: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    int code = cli.execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The place ids, for help and completion. */
  static final class PlaceIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Place.IDS.iterator();
    }
  }
}

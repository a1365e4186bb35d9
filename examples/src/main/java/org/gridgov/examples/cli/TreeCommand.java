package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.GridCsv;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.core.Layer;
import org.gridgov.core.Roster;
import org.gridgov.core.RosterCsv;
import org.gridgov.core.StaffingReport;
import org.gridgov.examples.Place;
import org.gridgov.examples.TreePrinter;
import org.gridgov.examples.month.GridFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov tree}: a grid tree as an outline with the count of grids per level, and its
 * staffing compliance — one of the example places of the articles, or your own scheme and grid
 * table.
 */
@Command(name = "tree", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    header = "Print a grid tree with the grids per level and its staffing compliance.",
    description = {"Prints a grid tree as an outline, the grids per level and layer, and whether the roster meets "
        + "the scheme's staffing rules (一格一员, 1+1+1+1+N, 一长四员, …).", "",
        "Either one of the example places of the articles (--place), or your own files (--scheme and --grids, "
            + "optionally --roster)."},
    footerHeading = "%nExamples:%n",
    footer = {"  gridgov tree --place guilin --depth 2",
        "  gridgov tree --scheme scheme.json --grids grids.csv --roster staff.csv"})
final class TreeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-p", "--place"}, paramLabel = "PLACE", completionCandidates = PlaceIds.class,
      description = "An example place: ${COMPLETION-CANDIDATES} (default: taibaihu when no files are given).")
  String place;

  @Option(names = "--scheme", paramLabel = "FILE.json", description = "Your scheme file.")
  Path scheme;

  @Option(names = "--grids", paramLabel = "FILE.csv", description = "Your grid table (code,name,parent_code,level,…).")
  Path grids;

  @Option(names = "--roster", paramLabel = "FILE.csv", description = "Your roster (staff_id,name,role,grid_code).")
  Path roster;

  @Option(names = {"-d", "--depth"}, paramLabel = "N", defaultValue = "0",
      description = "Print levels down to this one; 0 prints down to the basic grids (default).")
  int depth;

  @Mixin
  Verbose verbose;

  private final Io io;

  TreeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (depth < 0) {
      throw new ParameterException(spec.commandLine(), "--depth must be 0 or more, not " + depth);
    }
    GridTree tree;
    Optional<Roster> staff;
    if (scheme != null || grids != null) {
      if (place != null || scheme == null || grids == null) {
        throw new ParameterException(spec.commandLine(), "give --scheme and --grids together, or --place, not both");
      }
      GridScheme s = Errors.reading("--scheme", scheme, () -> GridFiles.readScheme("--scheme", scheme));
      GridFiles.requireFile("--grids", grids);
      tree = Errors.reading("--grids", grids, () -> GridCsv.readTree(grids, s));
      staff = Optional.empty();
      if (roster != null) {
        GridFiles.requireFile("--roster", roster);
        try (Reader in = Files.newBufferedReader(roster, StandardCharsets.UTF_8)) {
          staff = Optional.of(Errors.reading("--roster", roster, () -> RosterCsv.read(in, tree)));
        }
      }
    } else {
      if (roster != null) {
        throw new ParameterException(spec.commandLine(), "--roster goes with --scheme and --grids");
      }
      Place p = Place.load(place == null ? "taibaihu" : place);
      tree = p.tree();
      staff = Optional.of(p.roster());
    }
    PrintWriter out = io.text();
    TreePrinter.print(tree, depth > 0 ? depth : tree.scheme().basicLevel(), out);
    out.println();
    out.printf("layers: %s%n", String.join(", ", tree.scheme().layers().stream().map(Layer::name).toList()));
    tree.scheme().layers().forEach(layer -> out.printf("  %,9d basic grids  %s%n", tree.basicGrids(layer.id()).size(),
        layer.name()));
    if (staff.isPresent()) {
      StaffingReport report = StaffingReport.of(tree, staff.get());
      out.printf("staffing: %d staff, %d grids checked against %s: %s%n", staff.get().staff().size(), report.checkedGrids(),
          tree.scheme().staffing().stream().map(r -> r.name()).toList(),
          report.isCompliant() ? "all compliant" : report.failingGrids().size() + " grids fail");
      report.violations().stream().limit(10).forEach(v -> out.println("  " + v.grid() + ": " + v.reason()));
    }
    out.flush();
    return Errors.OK;
  }

  /** The place ids, for help and completion. */
  static final class PlaceIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Place.IDS.iterator();
    }
  }
}

package org.gridgov.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.examples.month.GridFiles;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.LocatedPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov locate}: the basic grid of a point and its ancestor chain (点位落格), exactly —
 * GridGov's {@code GridLocator} — for one point given as arguments or for many on stdin.
 */
@Command(name = "locate", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    header = "Find the basic grid of a point, and the grids above it; or of every point on stdin.",
    description = {"Finds the basic grid covering a point, and the grids above it. On a shared border the grid "
        + "with the smallest code wins; a point in no grid says so (exit status 1).", "",
        "With --stdin: one point a line (lon,lat; more comma-separated columns are kept), CSV out with the "
            + "grid's code and its ancestors' codes appended; progress on stderr."},
    footerHeading = "%nExamples:%n",
    footer = {"  gridgov locate --grids gridgov-demo/grids.geojson 102.8512 24.8801",
        "  gridgov locate --grids gridgov-demo/grids.geojson --crs gcj02 102.8560 24.8776",
        "  gridgov locate --grids gridgov-demo/grids.geojson --stdin < points.csv > located.csv"})
final class LocateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--grids", required = true, paramLabel = "FILE.geojson",
      description = "The grids: a GeoJSON FeatureCollection with properties code, name, level, parent, layer "
          + "(grids.geojson of 'gridgov demo' is one).")
  Path grids;

  @Option(names = "--scheme", paramLabel = "FILE.json",
      description = "The grids' scheme; read off the grid file when not given.")
  Path scheme;

  @Option(names = "--crs", paramLabel = "wgs84|gcj02|bd09", defaultValue = "wgs84",
      description = "The coordinate system of the points: wgs84 (GPS), gcj02 (AMap, Tencent), bd09 (Baidu) "
          + "(default: ${DEFAULT-VALUE}).")
  CoordinateSystem crs;

  @Option(names = "--layer", paramLabel = "LAYER",
      description = "The layer whose basic grids to use (default: the scheme's base layer).")
  String layer;

  @Option(names = "--stdin", description = "Read points from stdin, one a line; CSV out.")
  boolean stdin;

  @Parameters(arity = "0..2", paramLabel = "LON LAT", description = "The point: longitude, latitude in degrees.")
  List<Double> point;

  @Mixin
  Verbose verbose;

  private final Io io;

  LocateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    int given = point == null ? 0 : point.size();
    if (stdin == (given == 2) || given == 1) {
      throw new ParameterException(spec.commandLine(), stdin ? "give either LON LAT or --stdin, not both"
          : "give a point as LON LAT, or --stdin");
    }
    if (!stdin && crs != CoordinateSystem.WGS84 && !CoordinateSystem.isInChina(point.get(0), point.get(1))) {
      throw new InvalidInputException("LON LAT", point.get(0) + " " + point.get(1), "a " + crs + " point must lie in "
          + "China (72.004-137.8347 E, 0.8293-55.8271 N); outside it there is no " + crs + " offset");
    }
    GridLocator locator = locator(grids, scheme, layer);
    if (stdin) {
      Steps steps = new Steps(io.err(), io.errTerminal());
      try (Steps.Step s = steps.start("locating points", -1)) {
        long n = new LocateStream(locator, crs).run(io.in(), io.out(), s);
        s.finished(String.format(Locale.ROOT, "%,d points", n));
      }
      return Errors.OK;
    }
    Optional<LocatedPoint> at = locator.locateWithAncestorsIn(crs, point.get(0), point.get(1));
    if (at.isEmpty()) {
      io.text().printf(Locale.ROOT, "none: %s %s (%s) lies in no %s grid of %s%n", point.get(0), point.get(1), crs,
          locator.layer(), grids);
      return Errors.FOUND;
    }
    GridNode basic = at.get().grid();
    io.text().printf("%s  %s  (basic grid, %s)%n", basic.code(), basic.grid().name(), locator.layer());
    for (GridNode up : at.get().ancestors()) {
      io.text().printf("%s  %s%n", up.code(), up.grid().name());
    }
    return Errors.OK;
  }

  /** The locator of a grid file's layer (its base layer by default). */
  static GridLocator locator(Path gridFile, Path schemeFile, String layer) {
    Boundaries boundaries = Errors.reading("--grids", gridFile, () -> GridFiles.readGrids("--grids", gridFile, false).orThrow());
    GridScheme scheme = schemeFile != null ? Errors.reading("--scheme", schemeFile, () -> GridFiles.readScheme("--scheme", schemeFile))
        : Errors.reading("--grids", gridFile, () -> GridFiles.inferScheme(boundaries));
    GridTree tree = Errors.reading("--grids", gridFile, () -> boundaries.toTree(scheme));
    String chosen = layer != null ? layer : scheme.baseLayer();
    if (scheme.layer(chosen).isEmpty()) {
      throw new InvalidInputException("--layer", chosen, "must be a layer of the scheme: "
          + scheme.layers().stream().map(l -> l.id()).toList());
    }
    return GridLocator.build(tree, chosen, boundaries);
  }
}

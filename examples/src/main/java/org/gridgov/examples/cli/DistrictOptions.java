package org.gridgov.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.gridgov.examples.month.District;
import org.gridgov.examples.month.GridFiles;
import picocli.CommandLine.Option;

/** The files of a district, for {@code simulate} and {@code report} ('gridgov demo' writes a set). */
final class DistrictOptions {
  @Option(names = "--scheme", required = true, paramLabel = "FILE.json", description = "The scheme (levels, layers, codes).")
  Path scheme;

  @Option(names = "--grids", required = true, paramLabel = "FILE.geojson",
      description = "The grids with their boundaries (properties code, name, level, parent, layer, kind).")
  Path grids;

  @Option(names = "--roster", required = true, paramLabel = "FILE.csv",
      description = "Who works where (staff_id,name,role,grid_code): a grid worker per basic grid, grid leaders above.")
  Path roster;

  @Option(names = "--matters", required = true, paramLabel = "FILE.json",
      description = "The matter catalogue: departments, time-limit classes, matter types.")
  Path matters;

  @Option(names = "--title", paramLabel = "NAME", description = "The district's name in titles (default: the root grid's name).")
  String title;

  /** Reads the files; errors name the option and the file. */
  District load() {
    return Errors.reading("--grids", grids, () -> GridFiles.district(scheme, grids, roster, matters, Optional.ofNullable(title)));
  }
}

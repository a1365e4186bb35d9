package org.gridgov.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.BoundaryCoverageReport;
import org.gridgov.geo.CoverageValidator;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GridBoundary;

/**
 * Example: check a grid file before using it (网格数据质检) — read it strictly, build the tree of its
 * scheme, and ask whether the grids of its base layer tile their parents: gaps, overlaps, slivers,
 * invalid rings. Arguments: {@code GRIDS.geojson SCHEME.json} ({@code gridgov demo} writes both).
 */
public final class CheckGridFile {
  private CheckGridFile() {}

  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), args);
  }

  static boolean run(PrintWriter out, String... args) {
    GridScheme scheme = GridSchemes.fromJson(Path.of(args[1]));
    Boundaries all = GeoJsonReader.defaults().read(Path.of(args[0])).orThrow();   // the first problem throws
    GridTree tree = all.toTree(scheme);                                           // codes, parents, levels checked
    Boundaries base = Boundaries.of(all.coordinateSystem(), all.all().stream()
        .filter((GridBoundary b) -> tree.layerOf(b.code()).equals(scheme.baseLayer())).toList());
    BoundaryCoverageReport report = CoverageValidator.defaults().validate(tree, base);
    out.printf("%s: %d grids, %s%n", args[0], tree.size(), tree.countByLevel());
    out.printf("%d parents checked: %d gaps, %d overlaps, %d slivers, %d parts outside, %d invalid rings%n",
        report.parentsChecked(), report.gaps().size(), report.overlaps().size(), report.slivers().size(),
        report.outside().size(), report.ringProblems().size());
    report.gaps().forEach(g -> out.printf("  gap of %.0f m² in %s at %s%n", g.squareMetres(), g.grids(), g.centroid()));
    report.overlaps().forEach(o -> out.printf("  overlap of %.0f m² between %s%n", o.squareMetres(), o.grids()));
    out.println(report.isClean() ? "clean: the grids cover their parents exactly" : "not clean");
    return report.isClean();
  }
}

package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.InvalidTreeException;
import org.gridgov.core.Layer;
import org.gridgov.core.TreeProblem;
import org.gridgov.examples.month.GridFiles;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonWriter;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.BoundaryCoverageReport;
import org.gridgov.geo.CoverageValidator;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonResult;
import org.gridgov.geo.GridBoundary;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov check}: is this grid file fit to use (网格数据质检)? Codes, the hierarchy, and per
 * layer the coverage — gaps, overlaps, slivers, invalid rings, parts outside the parent — as a
 * report on stdout and the misfit areas and bad rings in {@code problems.geojson}. Exit status 1
 * when anything is wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    header = "Check a grid file: codes, hierarchy, coverage (gaps, overlaps, slivers, rings).",
    description = {"Checks a grid file: every feature's code and properties, the hierarchy (parents, levels, code "
        + "prefixes), and for each layer whether children tile their parent (全覆盖、无死角): gaps, overlaps, "
        + "slivers, invalid rings, parts outside the parent.", "",
        "Prints a report and writes problems.geojson (the misfit areas and bad rings, to put on a map). "
            + "Exit status 0 when all is well, 1 when something is wrong."},
    footerHeading = "%nExample:%n",
    footer = {"  gridgov check --grids gridgov-demo/grids.geojson --problems /tmp/problems.geojson"})
final class CheckCommand implements Callable<Integer> {
  private static final int SHOWN = 10;
  private static final GeometryFactory POINTS = new GeometryFactory();

  @Option(names = "--grids", required = true, paramLabel = "FILE.geojson", description = "The grid file to check.")
  Path grids;

  @Option(names = "--scheme", paramLabel = "FILE.json", description = "The scheme; read off the grid file when not given.")
  Path scheme;

  @Option(names = "--problems", paramLabel = "FILE", defaultValue = "problems.geojson",
      description = "Where to write the problems as GeoJSON (default: ${DEFAULT-VALUE}).")
  Path problems;

  @Option(names = "--sliver-width", paramLabel = "METRES", defaultValue = "5",
      description = "Misfit areas narrower than this on average are slivers (default: ${DEFAULT-VALUE} m).")
  double sliverWidth;

  @Mixin
  Verbose verbose;

  private final Io io;

  CheckCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    CoverageValidator validator = CoverageValidator.defaults().withSliverWidth(sliverWidth);
    GeoJsonResult read = GridFiles.readGrids("--grids", grids, true);
    for (GeoJsonProblem p : read.problems()) {
      if (p.kind() == GeoJsonProblem.Kind.MALFORMED_JSON || p.kind() == GeoJsonProblem.Kind.NOT_A_FEATURE_COLLECTION) {
        throw new InvalidInputException("--grids " + grids + ": " + p.path(), p.value(), p.rule());
      }
    }
    GridScheme given = scheme == null ? null : Errors.reading("--scheme", scheme, () -> GridFiles.readScheme("--scheme", scheme));
    PrintWriter out = io.text();
    Boundaries b = read.boundaries().convertTo(org.gridgov.geo.CoordinateSystem.WGS84);
    out.printf(Locale.ROOT, "%s: %,d features, %,d grids read%n", grids, read.featuresSeen(), b.size());
    int found = read.problems().size();
    out.printf("codes and properties: %s%n", read.problems().isEmpty() ? "ok" : read.problems().size() + " problems");
    read.problems().stream().limit(SHOWN).forEach(p -> out.println("  " + p));
    more(out, read.problems().size());
    List<Map<String, Object>> props = new ArrayList<>();
    List<org.locationtech.jts.geom.Geometry> shapes = new ArrayList<>();
    GridTree tree = null;
    try {
      GridScheme s = given != null ? given : GridFiles.inferScheme(b);
      tree = b.toTree(s);
      out.printf("hierarchy: ok (%s)%n", tree.countByLevel());
    } catch (InvalidTreeException e) {
      found += e.total();
      out.printf("hierarchy: %d problems; coverage not checked%n", e.total());
      for (TreeProblem p : e.problems().subList(0, Math.min(SHOWN, e.problems().size()))) {
        out.println("  " + p.code() + " " + p.field() + " = \"" + p.value() + "\": " + p.kind() + ": " + p.detail());
      }
      more(out, e.total());
    } catch (InvalidInputException e) {
      found++;
      out.println("hierarchy: " + e.getMessage() + "; coverage not checked");
    }
    if (tree != null) {
      for (Layer layer : tree.scheme().layers()) {
        found += coverage(out, tree, b, layer, validator, props, shapes);
      }
    }
    writeProblems(props, shapes);
    out.printf(Locale.ROOT, "%s: %,d features%n%s%n", problems, props.size(), found == 0 ? "OK" : found + " problems");
    return found == 0 ? Errors.OK : Errors.FOUND;
  }

  private int coverage(PrintWriter out, GridTree tree, Boundaries all, Layer layer, CoverageValidator validator,
      List<Map<String, Object>> props, List<org.locationtech.jts.geom.Geometry> shapes) {
    String base = tree.scheme().baseLayer();
    List<GridBoundary> mine = new ArrayList<>();
    for (GridBoundary g : all.all()) {
      String l = tree.layerOf(g.code());
      boolean parentOfLayer = l.equals(base) && tree.children(g.code()).stream()
          .anyMatch(c -> tree.layerOf(c.code()).equals(layer.id()));
      if (l.equals(layer.id()) || (!layer.id().equals(base) && parentOfLayer)) {
        mine.add(g);
      }
    }
    if (mine.stream().noneMatch(g -> tree.layerOf(g.code()).equals(layer.id()))) {
      return 0;
    }
    BoundaryCoverageReport r = validator.validate(tree, Boundaries.of(all.coordinateSystem(), mine));
    boolean full = layer.fullCoverage() || layer.id().equals(base);
    int found = r.overlaps().size() + r.outside().size() + r.slivers().size() + r.ringProblems().size()
        + (full ? r.gaps().size() : 0);
    out.printf(Locale.ROOT, "coverage of layer %s: %d parents checked: %s%n", layer.id(), r.parentsChecked(), found == 0
        && r.gaps().isEmpty() ? "no gap, no overlap, no sliver, nothing outside its parent, every ring valid"
        : r.gaps().size() + " gaps" + (full ? "" : " (allowed: the layer need not cover everything)") + ", "
            + r.overlaps().size() + " overlaps, " + r.slivers().size() + " slivers, " + r.outside().size()
            + " outside their parent, " + r.ringProblems().size() + " invalid rings");
    List<BoundaryCoverageReport.Area> areas = new ArrayList<>(r.gaps());
    areas.addAll(r.overlaps());
    areas.addAll(r.outside());
    areas.addAll(r.slivers());
    int shown = 0;
    for (BoundaryCoverageReport.Area a : areas) {
      String kind = a.sliver() ? "sliver (" + a.kind().name().toLowerCase(Locale.ROOT) + ")" : a.kind().name().toLowerCase(Locale.ROOT);
      if (shown++ < SHOWN) {
        out.printf(Locale.ROOT, "  %s of %,.1f m² at %.6f, %.6f: %s%n", kind, a.squareMetres(), a.centroid().lon(),
            a.centroid().lat(), a.grids());
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", layer.id());
      p.put("problem", kind);
      p.put("grids", a.grids().stream().map(GridCode::value).toList());
      p.put("squareMetres", a.squareMetres());
      p.put("meanWidthMetres", a.widthMetres());
      props.add(p);
      shapes.add(a.geometry());
    }
    more(out, areas.size());
    for (BoundaryCoverageReport.RingProblem p : r.ringProblems()) {
      out.printf(Locale.ROOT, "  invalid ring of %s at %.6f, %.6f: %s %s%n", p.grid(), p.location().lon(),
          p.location().lat(), p.kind(), p.detail());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("layer", layer.id());
      m.put("problem", p.kind().name().toLowerCase(Locale.ROOT));
      m.put("grids", List.of(p.grid().value()));
      m.put("detail", p.detail());
      props.add(m);
      shapes.add(POINTS.createPoint(new Coordinate(p.location().lon(), p.location().lat())));
    }
    return found;
  }

  private void writeProblems(List<Map<String, Object>> props, List<org.locationtech.jts.geom.Geometry> shapes)
      throws IOException {
    Path parent = problems.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream o = Files.newOutputStream(problems); GeoJsonWriter.Features geo = GeoJsonWriter.open(o, CoordinateSystem.WGS84)) {
      for (int i = 0; i < props.size(); i++) {
        geo.feature(shapes.get(i), props.get(i));
      }
    }
  }

  private static void more(PrintWriter out, int total) {
    if (total > SHOWN) {
      out.printf(Locale.ROOT, "  … and %,d more%n", total - SHOWN);
    }
  }
}

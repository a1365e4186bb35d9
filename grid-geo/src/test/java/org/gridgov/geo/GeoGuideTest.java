package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.geo.testing.FeatureFiles.adcode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.geo.BoundaryCoverageReport.Direction;
import org.gridgov.geo.testing.FeatureFiles;
import org.gridgov.geo.testing.FeatureFiles.Part;
import org.gridgov.geo.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * The samples of {@code docs/geo.md}, run: each {@code // snippet:} region is the text of a
 * sample. A county file of Guangdong and Hainan with the three cities that have no counties (东莞,
 * 中山, 儋州) is loaded, reported and located; a tiling is generated in 海淀区 and validated.
 */
class GeoGuideTest {
  @Test
  void aCountyFileIsLoadedWithItsReportAndLocated(@TempDir Path dir) throws IOException {
    Set<String> undivided = Set.of("441900", "442000", "460400");
    Path countyFile = dir.resolve("counties-44-46.geojson.gz");
    Files.write(countyFile, FeatureFiles.collection(
        Part.only(FeatureFiles.COUNTIES, f -> adcode(f).startsWith("44") || adcode(f).startsWith("46")),
        Part.only(FeatureFiles.CITIES, f -> undivided.contains(adcode(f)))));
    GridScheme scheme = RealData.countyScheme(); // province 2 + prefecture 2 + county 2 digits, layer "administrative"

    // snippet: geo-load-boundaries
    GeoJsonReader reader = GeoJsonReader.defaults()
        .withCodeProperty("adcode")                       // properties code, name, level, layer, parent, kind
        .withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION)   // 440000 → 44, 440100 → 4401, 440103 stays
        .withCoordinateSystem(CoordinateSystem.GCJ02);    // what the file's coordinates are (GeoJSON proper: WGS-84)
    GeoJsonResult read = reader.read(countyFile);         // gzip recognised by its magic bytes
    Boundaries boundaries = read.orThrow();               // strict: InvalidGeoJsonException at the first problem
    BoundaryLoadReport report = read.report();            // what was done with every feature, and why
    String summary = report.summary();                    // 150 features: 147 loaded, 3 re-levelled, 0 re-parented, 0 refused
    List<FeatureOutcome> moved = report.outcomes(FeatureOutcome.Kind.RELEVELLED); // 东莞 441900, 中山 442000, 儋州 460400
    GridTree tree = boundaries.toTreeAddingAncestors(scheme); // provinces and cities added by code; or toTree(scheme)
    // end snippet

    assertThat(summary).isEqualTo("150 features: 147 loaded, 3 re-levelled, 0 re-parented, 0 refused");
    assertThat(moved).extracting(o -> o.grid().orElseThrow().code().value())
        .containsExactly("441900", "442000", "460400");
    assertThat(tree.node(GridCode.parse("441900")).parent().orElseThrow().code().value()).isEqualTo("4419");

    // snippet: geo-load-report
    GeoJsonResult checked = reader
        .withUndividedDivisions(UndividedDivisions.REFUSE) // refuse cities without counties (strict: one line, all)
        .withLenient(true)                                 // collect every problem, keep the good features
        .read(countyFile);
    for (FeatureOutcome refused : checked.report().refused()) {
      System.out.println(refused);                         // features[147] (code 441900): REFUSED — UNDIVIDED_DIVISION …
    }
    // end snippet

    assertThat(checked.report().refused()).extracting(o -> o.code().orElseThrow())
        .containsExactly("441900", "442000", "460400");
    assertThat(checked.report().refused().get(0).toString()).startsWith("features[147] (code 441900): REFUSED — "
        + "UNDIVIDED_DIVISION at features[147].properties.adcode");
    assertThat(checked.boundaries().size()).isEqualTo(147);

    double lon = 113.7518;   // WGS-84, in 东莞
    double lat = 23.0207;
    double x = 113.3928;     // GCJ-02, in 中山
    double y = 22.5176;
    double[] lons = {lon, 110.5787, 0};
    double[] lats = {lat, 19.5210, 0};
    // snippet: geo-locate
    GridLocator locator = GridLocator.build(tree, "administrative", boundaries); // immutable, thread-safe
    IndexStats stats = locator.stats();                          // grids indexed of boundaries given, cells, bytes, ms
    List<GridCode> notIndexed = locator.boundariesNotIndexed();  // boundaries of other levels or layers: never found
    Optional<GridNode> grid = locator.locate(lon, lat);          // WGS-84 in: the grid-core Locator SPI
    Optional<LocatedPoint> at = locator.locateWithAncestors(lon, lat); // basic grid + ancestors, parent first
    int ordinal = locator.locateOrdinalIn(CoordinateSystem.GCJ02, x, y); // -1 = uncovered, no allocation
    int[] ordinals = locator.locateAll(lons, lats);              // batch, per-point ordinals or -1
    int[] same = locator.locateAllIn(CoordinateSystem.WGS84, lons, lats, // the batch on more cores: this thread
        ForkJoinPool.commonPool(), 2);                           // and one of the pool's (GridGov starts none)
    // end snippet

    assertThat(stats.grids()).isEqualTo(150);
    assertThat(stats.boundaries()).isEqualTo(150);
    assertThat(notIndexed).isEmpty();
    assertThat(grid.orElseThrow().code().value()).isEqualTo("441900");
    assertThat(at.orElseThrow().ancestors()).extracting(n -> n.code().value()).containsExactly("4419", "44");
    assertThat(locator.node(ordinal).code().value()).isEqualTo("442000");
    assertThat(locator.node(ordinals[0]).code().value()).isEqualTo("441900");
    assertThat(locator.node(ordinals[1]).code().value()).startsWith("46");
    assertThat(ordinals[2]).isEqualTo(-1);
    assertThat(same).isEqualTo(ordinals);
  }

  @Test
  void aTilingIsGeneratedAndValidated() {
    GridScheme scheme = RealData.cityScheme();           // root 4 digits, district 2, community 3, basic grid 3
    Grid rootGrid = Grid.of(GridCode.parse("1108"), "海淀区", 1);
    Geometry rootPolygon = RealData.counties().find(GridCode.parse("110108")).orElseThrow().geometry(); // GCJ-02
    long seed = 2026;
    // snippet: geo-generate
    TilingGenerator.Tiling t = TilingGenerator.generate(scheme, rootGrid, rootPolygon,
        CoordinateSystem.GCJ02, List.of(2, 57, 219), seed);   // grids per level below the root
    GridTree tree = t.tree();                                  // 1 + 2 + 57 + 219 grids
    Boundaries basic = t.basicBoundaries();                    // the 219 basic grids; t.boundaries() has every level
    // end snippet

    assertThat(tree.size()).isEqualTo(279);
    assertThat(basic.size()).isEqualTo(219);
    GridCode code = basic.all().get(0).code();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // snippet: geo-coverage
    BoundaryCoverageReport report = CoverageValidator.defaults()   // slivers: mean width < 5 m
        .validate(tree, t.boundaries());                    // every parent with a boundary and bounded children
    List<BoundaryCoverageReport.Area> gaps = report.gaps(); // also overlaps(), outside(), slivers(), ringProblems()
    Map<Direction, List<GridCode>> fourBoundaries = report.fourBoundaries(code); // 四至: neighbours by compass quarter
    report.toGeoJson(out, true);                            // problems and shared borders, for a map
    // end snippet

    assertThat(gaps).isEmpty();
    assertThat(report.isClean()).as(report.toString()).isTrue();
    assertThat(fourBoundaries.values().stream().mapToInt(List::size).sum()).isPositive();
    assertThat(out.size()).isPositive();
  }
}

package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Locator;
import org.gridgov.core.NotFoundException;
import org.gridgov.geo.testing.GeoGenerators;
import org.gridgov.geo.testing.ReferenceLocator;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class GridLocatorTest {
  private static SmallTilings.Tiling3x3 squares;
  private static GridLocator squareLocator;
  private static TilingGenerator.Tiling generated;
  private static GridLocator generatedLocator;
  private static ReferenceLocator generatedReference;

  @BeforeAll
  static void build() {
    squares = SmallTilings.threeByThree();
    squareLocator = GridLocator.build(squares.tree(), squares.boundaries());
    generated = SmallTilings.smallGenerated(7);
    generatedLocator = GridLocator.build(generated.tree(), generated.boundaries());
    generatedReference = new ReferenceLocator(generated.tree(), generated.boundaries());
  }

  private static String code(Optional<GridNode> n) {
    return n.map(x -> x.code().value()).orElse("uncovered");
  }

  @Test
  void aPointInsideASquareFindsThatSquare() {
    assertThat(code(squareLocator.locate(116.5, 39.5))).isEqualTo("1001");
    assertThat(code(squareLocator.locate(118.5, 41.5))).isEqualTo("1009");
  }

  @Test
  void theLocatorSaysHowManyOfItsBoundariesItIndexedAndWhichNot() {
    // the district's boundary is given too, but only basic grids are located
    assertThat(squares.boundaries().size()).isEqualTo(10);
    assertThat(squareLocator.stats().boundaries()).isEqualTo(10);
    assertThat(squareLocator.stats().grids()).isEqualTo(9);
    assertThat(squareLocator.boundariesNotIndexed()).extracting(GridCode::value).containsExactly("10");
    assertThat(squareLocator.gridsWithoutBoundary()).isEmpty();
    assertThat(squareLocator.toString()).contains("9 grids indexed of 10 boundaries");
    GridLocator basicsOnly = GridLocator.build(squares.tree(), squares.boundaries().atLevel(2));
    assertThat(basicsOnly.stats().boundaries()).isEqualTo(9);
    assertThat(basicsOnly.boundariesNotIndexed()).isEmpty();
  }

  @Test
  void aPointOnASharedEdgeGoesToTheSmallestCode() {
    assertThat(code(squareLocator.locate(117.0, 39.5))).isEqualTo("1001");
    assertThat(code(squareLocator.locate(117.5, 40.0))).isEqualTo("1002");
  }

  @Test
  void aVertexSharedByFourGridsGoesToTheSmallestCode() {
    assertThat(code(squareLocator.locate(117.0, 40.0))).isEqualTo("1001");
    assertThat(code(squareLocator.locate(118.0, 41.0))).isEqualTo("1005");
  }

  @Test
  void theOuterBoundaryIsCoveredAndBeyondItIsUncovered() {
    assertThat(code(squareLocator.locate(116.0, 39.0))).isEqualTo("1001");
    assertThat(code(squareLocator.locate(119.0, 42.0))).isEqualTo("1009");
    assertThat(squareLocator.locate(Math.nextDown(116.0), 39.5)).isEmpty();
    assertThat(squareLocator.locate(119.000001, 41.0)).isEmpty();
    assertThat(squareLocator.locate(-120, -45)).isEmpty();
  }

  @Test
  void aHoleIsUncoveredUnlessAnEnclaveFillsIt() {
    GridTree.Builder tree = GridTree.builder(SmallTilings.twoLevels());
    Grid d = Grid.of(GridCode.parse("20"), "区", 1);
    Grid ring = Grid.of(GridCode.parse("2001"), "外", 2);
    Grid enclave = Grid.of(GridCode.parse("2002"), "飞地", 2);
    tree.add(d).add(ring).add(enclave);
    GeometryFactory f = new GeometryFactory();
    var shell = f.createLinearRing(SmallTilings.box(0, 0, 10, 10).getCoordinates());
    var hole = f.createLinearRing(SmallTilings.box(4, 4, 6, 6).getCoordinates());
    List<GridBoundary> only = List.of(GridBoundary.of(ring, f.createPolygon(shell, new org.locationtech.jts.geom.LinearRing[] {hole})));
    GridLocator withHole = GridLocator.build(tree.build(), Boundaries.of(CoordinateSystem.WGS84, only));
    assertThat(code(withHole.locate(5, 5))).isEqualTo("uncovered");
    assertThat(code(withHole.locate(4, 5))).isEqualTo("2001");
    assertThat(withHole.gridsWithoutBoundary()).containsExactly(GridCode.parse("2002"));
    List<GridBoundary> both = new ArrayList<>(only);
    both.add(GridBoundary.of(enclave, SmallTilings.box(4, 4, 6, 6)));
    GridLocator filled = GridLocator.build(withHole.tree(), Boundaries.of(CoordinateSystem.WGS84, both));
    assertThat(code(filled.locate(5, 5))).isEqualTo("2002");
    assertThat(code(filled.locate(4, 5))).isEqualTo("2001");
    assertThat(code(filled.locate(6, 6))).isEqualTo("2001");
  }

  @Test
  void theAncestorChainIsTheTreesChain() {
    LocatedPoint at = squareLocator.locateWithAncestors(118.5, 40.5).orElseThrow();
    assertThat(at.grid().code().value()).isEqualTo("1006");
    assertThat(at.ancestors()).containsExactlyElementsOf(at.grid().ancestors());
    assertThat(at.pathFromRoot()).extracting(n -> n.code().value()).containsExactly("10", "1006");
    assertThat(squareLocator.ancestorOrdinals(at.grid().ordinal())).containsExactly(at.grid().ancestors().get(0).ordinal());
  }

  @Test
  void itIsALocatorOfTheCoreSpi() {
    Locator spi = squareLocator;
    assertThat(spi.locate(117.5, 39.5)).map(n -> n.code().value()).contains("1002");
  }

  @Test
  void throughTheCoreSpiAPointGivenInAnyDatumIsConvertedAsItsCoordinateSystemSays() {
    Locator spi = generatedLocator;
    qt().withExamples(200).forAll(GeoGenerators.pointsIn(generated.boundaries().envelope())).checkAssert(p -> {
      for (CoordinateSystem system : CoordinateSystem.values()) {
        assertThat(system.datum().name()).isEqualTo(system.name());
        assertThat(CoordinateSystem.of(system.datum())).isEqualTo(system);
        assertThat(spi.locate(system.datum(), p[0], p[1])).isEqualTo(generatedLocator.locateIn(system, p[0], p[1]));
      }
    });
  }

  @Test
  void aLayerInGcj02ConvertsTheWgs84QueryPointNotThePolygons() {
    assertThat(generatedLocator.coordinateSystem()).isEqualTo(CoordinateSystem.GCJ02);
    qt().withExamples(300).forAll(GeoGenerators.pointsIn(generated.boundaries().envelope())).checkAssert(p -> {
      LonLat wgs = CoordinateSystem.GCJ02.toWgs84(p[0], p[1]);
      int viaWgs = generatedLocator.locateOrdinal(wgs.lon(), wgs.lat());
      LonLat back = CoordinateSystem.WGS84.convert(wgs.lon(), wgs.lat(), CoordinateSystem.GCJ02);
      assertThat(viaWgs).isEqualTo(generatedLocator.locateOrdinalIn(CoordinateSystem.GCJ02, back.lon(), back.lat()));
    });
  }

  @Test
  void locateAllGivesTheSameAnswersAsLocate() {
    List<double[]> pts = GeoGenerators.edgeBiasedSample(generated.boundaries(), 2_000, 3);
    double[] xs = pts.stream().mapToDouble(p -> p[0]).toArray();
    double[] ys = pts.stream().mapToDouble(p -> p[1]).toArray();
    int[] all = generatedLocator.locateAllIn(CoordinateSystem.GCJ02, xs, ys);
    for (int i = 0; i < xs.length; i++) {
      assertThat(all[i]).isEqualTo(generatedLocator.locateOrdinalIn(CoordinateSystem.GCJ02, xs[i], ys[i]));
    }
  }

  @Test
  void badCoordinatesAreTypedErrorsNamingTheField() {
    assertThatThrownBy(() -> squareLocator.locate(Double.NaN, 40)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> squareLocator.locate(116, 91)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("latitude");
    assertThatThrownBy(() -> squareLocator.locateAll(new double[] {116, 117}, new double[] {40, Double.NaN}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lats[1]");
    assertThatThrownBy(() -> squareLocator.locateAll(new double[] {116}, new double[] {40, 41}))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBoundaryOfAnUnknownGridIsRejected() {
    Grid stranger = Grid.of(GridCode.parse("9901"), "外人", 2);
    Boundaries bs = squares.boundaries().plus(Boundaries.of(CoordinateSystem.WGS84,
        List.of(GridBoundary.of(stranger, SmallTilings.box(0, 0, 1, 1)))));
    assertThatThrownBy(() -> GridLocator.build(squares.tree(), bs)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("9901");
  }

  @Test
  void garbageCoordinatesGiveTypedErrorsOrAnAnswerNeverACrash() {
    qt().withExamples(5_000).forAll(GeoGenerators.garbageDoubles(), GeoGenerators.garbageDoubles())
        .checkAssert((x, y) -> {
          boolean valid = x >= -180 && x <= 180 && y >= -90 && y <= 90;
          for (CoordinateSystem s : CoordinateSystem.values()) {
            try {
              int got = generatedLocator.locateOrdinalIn(s, x, y);
              assertThat(valid).isTrue();
              assertThat(got).isBetween(-1, generated.tree().size() - 1);
            } catch (InvalidInputException e) {
              assertThat(valid).isFalse();
            }
          }
        });
  }

  @Test
  void everyPointOfTheRootLiesInExactlyOneBasicGridOrOnTheEdgeOfSeveral() {
    GeometryFactory f = new GeometryFactory();
    List<PreparedGeometry> basics = new ArrayList<>();
    generated.basicBoundaries().all().forEach(b -> basics.add(PreparedGeometryFactory.prepare(b.geometry())));
    PreparedGeometry root = PreparedGeometryFactory.prepare(generated.boundaries().find(GridCode.parse("1101"))
        .orElseThrow().geometry());
    qt().withExamples(1_000).forAll(GeoGenerators.pointsIn(generated.boundaries().envelope())
        .mix(GeoGenerators.edgeBiasedPoints(generated.basicBoundaries()), 50)).checkAssert(p -> {
          Point pt = f.createPoint(new Coordinate(p[0], p[1]));
          int covering = 0;
          int containing = 0;
          for (PreparedGeometry g : basics) {
            covering += g.covers(pt) ? 1 : 0;
            containing += g.contains(pt) ? 1 : 0;
          }
          int got = generatedLocator.locateOrdinalIn(CoordinateSystem.GCJ02, p[0], p[1]);
          if (root.covers(pt)) {
            assertThat(covering).isGreaterThanOrEqualTo(1);
            assertThat(containing).isLessThanOrEqualTo(1);
            assertThat(containing == 1 || covering >= 1).isTrue();
            assertThat(got).isNotNegative();
          } else {
            assertThat(covering).isZero();
            assertThat(got).isEqualTo(-1);
          }
        });
  }

  @Test
  void theLocatedGridsChainIsItsChainInTheTree() {
    qt().withExamples(500).forAll(GeoGenerators.pointsIn(generated.boundaries().envelope())).checkAssert(p -> {
      Optional<LocatedPoint> at = generatedLocator.locateWithAncestorsIn(CoordinateSystem.GCJ02, p[0], p[1]);
      at.ifPresent(l -> {
        assertThat(l.ancestors()).containsExactlyElementsOf(l.grid().ancestors());
        assertThat(l.ancestors()).hasSize(generated.tree().scheme().basicLevel() - 1);
        GridNode basic = generated.tree().node(l.grid().code());
        assertThat(l.ancestors().get(0).code()).isEqualTo(basic.parent().orElseThrow().code());
      });
    });
  }

  @Test
  void pointsOnAndAFewUlpsOffEdgesAndVerticesAgreeWithTheReference() {
    qt().withExamples(20_000).forAll(GeoGenerators.edgeBiasedPoints(generated.boundaries())).checkAssert(p ->
        assertThat(generatedLocator.locateOrdinalIn(CoordinateSystem.GCJ02, p[0], p[1]))
            .as("point %s %s", p[0], p[1]).isEqualTo(generatedReference.locate(p[0], p[1])));
  }

  @Test
  void concurrentReadersGetTheSameAnswers() throws Exception {
    List<double[]> pts = GeoGenerators.edgeBiasedSample(generated.boundaries(), 20_000, 11);
    int[] expected = pts.stream().mapToInt(p -> generatedLocator.locateOrdinalIn(CoordinateSystem.GCJ02, p[0], p[1]))
        .toArray();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> pts.stream()
            .mapToInt(p -> generatedLocator.locateOrdinalIn(CoordinateSystem.GCJ02, p[0], p[1])).toArray()));
      }
      for (Future<int[]> f : futures) {
        assertThat(f.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void edgesThatNeverThinOutDoNotExhaustMemoryAndStayExact() throws Exception {
    // found by fuzzing: rings that run many times over the same segments and through the same
    // points made every cell along them split to the full depth (out of memory)
    String json;
    try (var in = GridLocatorTest.class.getResourceAsStream(
        "GeoJsonReaderFuzzTestInputs/anyBytesGiveBoundariesOrTypedProblems/oom-duplicated-edges-deep-split")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Boundaries read = GeoJsonReader.defaults().withLenient(true).read(json).boundaries();
    GridTree tree = read.toTree(SmallTilings.twoLevels());
    GridLocator locator = GridLocator.build(tree, read);
    assertThat(locator.stats().bytes()).isLessThan(64L << 20);
    ReferenceLocator reference = new ReferenceLocator(tree, read);
    qt().withExamples(3_000).forAll(GeoGenerators.pointsIn(read.envelope()).mix(GeoGenerators.edgeBiasedPoints(read), 60))
        .checkAssert(p -> assertThat(locator.locateOrdinalIn(CoordinateSystem.WGS84, p[0], p[1]))
            .isEqualTo(reference.locate(p[0], p[1])));
  }

  @Test
  void statsReportSizesAndMemory() {
    IndexStats s = generatedLocator.stats();
    assertThat(s.grids()).isEqualTo(60);
    assertThat(s.vertices()).isEqualTo(generated.basicBoundaries().vertexCount());
    assertThat(s.bytes()).isPositive();
    assertThat(s.bytesPerVertex()).isGreaterThan(0);
  }
}

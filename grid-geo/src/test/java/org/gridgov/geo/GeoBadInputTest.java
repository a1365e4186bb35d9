package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.geo.BoundaryCoverageReport.RingProblemKind;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Bad input to grid-geo's entry points: a typed error naming field, value and rule, or a report; never a raw exception. */
class GeoBadInputTest {
  private static final GeometryFactory F = new GeometryFactory();
  private static final Polygon BOW_TIE = F.createPolygon(new Coordinate[] {new Coordinate(116, 39),
      new Coordinate(117, 40), new Coordinate(117, 39), new Coordinate(116, 40), new Coordinate(116, 39)});

  private static GridTree tree(String... codes) {
    GridTree.Builder b = GridTree.builder(SmallTilings.twoLevels());
    for (String c : codes) {
      b.add(Grid.of(GridCode.parse(c), "g" + c, c.length() / 2));
    }
    return b.build();
  }

  private static Grid grid(GridTree tree, String code) {
    return tree.get(GridCode.parse(code));
  }

  @Test
  void aBoundaryVertexMustBeAFiniteLongitudeAndLatitude() {
    Grid g = Grid.of(GridCode.parse("10"), "区", 1);
    for (double[] bad : new double[][] {{Double.NaN, 39}, {116, Double.POSITIVE_INFINITY}, {200, 39},
        {12_958_000, 4_852_000}}) {
      Polygon p = F.createPolygon(new Coordinate[] {new Coordinate(116, 39), new Coordinate(bad[0], bad[1]),
          new Coordinate(116, 40), new Coordinate(116, 39)});
      assertThatThrownBy(() -> GridBoundary.of(g, p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("boundaries[10].geometry").hasMessageContaining("latitude in [-90, 90]");
    }
  }

  @Test
  void aSelfCrossingChildIsReportedAndTheTilingStillChecked() {
    GridTree tree = tree("10", "1001", "1002");
    Boundaries bs = Boundaries.of(CoordinateSystem.WGS84, List.of(
        GridBoundary.of(grid(tree, "10"), SmallTilings.box(116, 39, 118, 40)),
        GridBoundary.of(grid(tree, "1001"), BOW_TIE),
        GridBoundary.of(grid(tree, "1002"), SmallTilings.box(117, 39, 118, 40))));
    BoundaryCoverageReport r = CoverageValidator.defaults().validate(tree, bs);
    assertThat(r.ringProblems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(RingProblemKind.SELF_INTERSECTION);
      assertThat(p.grid()).isEqualTo(GridCode.parse("1001"));
    });
    // the bow-tie, repaired, covers two triangles of the left square: the other two are the gap
    double half = r.gaps().stream().mapToDouble(BoundaryCoverageReport.Area::squareMetres).sum();
    double square = sphericalArea(116, 39, 117, 40);
    assertThat(half / square).isBetween(0.49, 0.51);
    assertThat(r.overlaps()).isEmpty();
  }

  private static double sphericalArea(double x0, double y0, double x1, double y1) {
    return org.gridgov.geo.internal.Spherical.area(SmallTilings.box(x0, y0, x1, y1));
  }

  @Test
  void boundariesOfGridsOutsideTheTreeAreNotFound() {
    GridTree tree = tree("10", "1001");
    Boundaries bs = Boundaries.of(CoordinateSystem.WGS84, List.of(
        GridBoundary.of(Grid.of(GridCode.parse("110000"), "北京", 1), SmallTilings.box(116, 39, 117, 40))));
    assertThatThrownBy(() -> CoverageValidator.defaults().validate(tree, bs)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("boundaries[110000]");
    assertThatThrownBy(() -> LayerMappings.byAreaOverlap(tree, "comprehensive", bs, tree, "comprehensive",
        Boundaries.empty(CoordinateSystem.WGS84), 0.5)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("fromBoundaries[110000]");
  }

  @Test
  void aParentNamedTwiceIsCheckedOnce() {
    SmallTilings.Tiling3x3 t = SmallTilings.threeByThree();
    GridCode district = GridCode.parse("10");
    BoundaryCoverageReport r = CoverageValidator.defaults().validate(t.tree(), t.boundaries(), List.of(district, district));
    assertThat(r.parentsChecked()).isEqualTo(1);
    assertThat(r.isClean()).isTrue();
  }

  @Test
  void aSelfCrossingGridHasNoOverlapAreaToMap() {
    GridTree tree = tree("10", "1001");
    Boundaries bs = Boundaries.of(CoordinateSystem.WGS84, List.of(GridBoundary.of(grid(tree, "1001"), BOW_TIE)));
    Boundaries good = Boundaries.of(CoordinateSystem.WGS84,
        List.of(GridBoundary.of(grid(tree, "1001"), SmallTilings.box(116, 39, 117, 40))));
    assertThatThrownBy(() -> LayerMappings.byAreaOverlap(tree, "comprehensive", bs, tree, "comprehensive", good, 0.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("fromBoundaries[1001].geometry")
        .hasMessageContaining("valid polygon");
  }

  @Test
  void aRootBoundaryWithoutAreaOrSelfCrossingIsBlamedAsSuch() {
    Grid root = Grid.of(GridCode.parse("1101"), "根", 1);
    Polygon flat = F.createPolygon(new Coordinate[] {new Coordinate(116, 39), new Coordinate(117, 40),
        new Coordinate(118, 41), new Coordinate(116, 39)});
    for (Polygon bad : List.of(flat, BOW_TIE)) {
      assertThatThrownBy(() -> TilingGenerator.generate(RealData.cityScheme(), root, bad, CoordinateSystem.WGS84,
          List.of(2, 4, 8), 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("rootBoundary");
    }
  }

  @Test
  void aMissingFileIsNotFound() {
    Path missing = Path.of("target", "no-such-dir", "grids.geojson");
    assertThatThrownBy(() -> GeoJsonReader.defaults().read(missing)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("file").hasMessageContaining("no such file");
  }

  @Test
  void valueTypesRefuseNulls() {
    assertThatThrownBy(() -> CodeForm.ADMINISTRATIVE_DIVISION.normalise(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> CodeForm.AS_IS.normalise(null)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> new LocatedPoint(null, List.of())).isInstanceOf(MissingValueException.class);
    BoundaryLoadReport none = new BoundaryLoadReport(List.of());
    assertThatThrownBy(() -> new GeoJsonResult(null, List.of(), none)).isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> new GeoJsonResult(Boundaries.empty(CoordinateSystem.WGS84), List.of(), null))
        .isInstanceOf(MissingValueException.class).hasMessageContaining("report");
    Boundaries one = Boundaries.of(CoordinateSystem.WGS84, List.of(GridBoundary.of(Grid.of(GridCode.parse("11"), "一", 1),
        SmallTilings.box(0, 0, 1, 1))));
    assertThatThrownBy(() -> new GeoJsonResult(one, List.of(), none)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("boundaries").hasMessageContaining("loaded features of the report");
    FeatureOutcome second = FeatureOutcome.loaded(1, Optional.of("11"), one.all().get(0).grid(), 1);
    assertThatThrownBy(() -> new BoundaryLoadReport(List.of(second))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcomes[0].featureIndex").hasMessageContaining("must be 0");
    assertThatThrownBy(() -> new FeatureOutcome(0, Optional.empty(), FeatureOutcome.Kind.RELEVELLED,
        Optional.of(one.all().get(0).grid()), Optional.of(1), "", List.of())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> FeatureOutcome.refused(0, Optional.empty(), Optional.empty(), List.of()))
        .isInstanceOf(MissingValueException.class).hasMessageContaining("problems");
    assertThatThrownBy(() -> new InvalidGeoJsonException(List.of())).isInstanceOf(MissingValueException.class)
        .hasMessageContaining("problems");
    assertThatThrownBy(() -> new GeoJsonProblem(GeoJsonProblem.Kind.MISSING_CODE, 0, Optional.empty(), "$", null, "r"))
        .isInstanceOf(MissingValueException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> Boundaries.empty(CoordinateSystem.WGS84).atLevel(0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("level");
  }
}

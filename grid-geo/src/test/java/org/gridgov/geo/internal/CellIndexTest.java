package org.gridgov.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.TilingGenerator;
import org.gridgov.geo.testing.GeoGenerators;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * The compact leaves (fixed-point vertices, sub-cell answers, shared segments with candidate
 * bitmasks) against the exact path — the index's double vertices and the orientation predicate
 * it always used — on every kind of point: the two agree everywhere, whether the fast path
 * decides or hands over.
 */
class CellIndexTest {

  private static List<Geometry> geometries(Boundaries boundaries, int level) {
    List<GridBoundary> all = new ArrayList<>(boundaries.atLevel(level).all());
    all.sort((a, b) -> a.code().compareTo(b.code()));
    List<Geometry> out = new ArrayList<>();
    all.forEach(b -> out.add(b.geometry()));
    return out;
  }

  @Test
  void compactLeavesGiveTheExactAnswerOnAGeneratedTiling() {
    TilingGenerator.Tiling t = SmallTilings.smallGenerated(11);
    CellIndex index = CellIndex.build(geometries(t.boundaries(), t.tree().scheme().basicLevel()));
    assertThat(index.stats().exactLeaves()).isZero();
    qt().withExamples(20_000).forAll(GeoGenerators.pointsIn(t.boundaries().envelope())
        .mix(GeoGenerators.edgeBiasedPoints(t.boundaries()), 70)).checkAssert(p ->
            assertThat(index.locate(p[0], p[1])).as("%s %s", p[0], p[1]).isEqualTo(index.locateExact(p[0], p[1])));
  }

  @Test
  void compactLeavesGiveTheExactAnswerOnRealCounties() {
    // the 48 counties of 北京, 天津 and 上海: enclaves (holes filled by other counties), islands
    List<GridBoundary> some = new ArrayList<>();
    RealData.counties().all().stream().filter(b -> b.code().value().matches("(11|12|31).*")).forEach(some::add);
    Boundaries counties = Boundaries.of(CoordinateSystem.GCJ02, some);
    CellIndex index = CellIndex.build(geometries(counties, 3));
    qt().withExamples(20_000).forAll(GeoGenerators.pointsIn(counties.envelope())
        .mix(GeoGenerators.edgeBiasedPoints(counties), 70)).checkAssert(p ->
            assertThat(index.locate(p[0], p[1])).as("%s %s", p[0], p[1]).isEqualTo(index.locateExact(p[0], p[1])));
  }

  @Test
  void leavesTooCrowdedForTheCompactFormStayExact() {
    // twelve squares stacked on one another: every cell has more candidates than a bitmask holds
    List<Geometry> stacked = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      stacked.add(SmallTilings.box(0.01 * i, 0.005 * i, 1 + 0.01 * i, 1 + 0.007 * i));
    }
    CellIndex index = CellIndex.build(stacked);
    assertThat(index.stats().exactLeaves()).isPositive();
    Boundaries asBoundaries = Boundaries.of(CoordinateSystem.WGS84, boxesAsBoundaries(stacked));
    qt().withExamples(10_000).forAll(GeoGenerators.pointsIn(asBoundaries.envelope())
        .mix(GeoGenerators.edgeBiasedPoints(asBoundaries), 60)).checkAssert(p -> {
          int want = -1;
          for (int i = 0; i < stacked.size() && want < 0; i++) {
            if (stacked.get(i).covers(org.gridgov.geo.internal.Geometries.FACTORY.createPoint(
                new org.locationtech.jts.geom.Coordinate(p[0], p[1])))) {
              want = i;
            }
          }
          assertThat(index.locate(p[0], p[1])).as("%s %s", p[0], p[1]).isEqualTo(want);
          assertThat(index.locateExact(p[0], p[1])).isEqualTo(want);
        });
  }

  private static List<GridBoundary> boxesAsBoundaries(List<Geometry> boxes) {
    List<GridBoundary> out = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      out.add(GridBoundary.of(Grid.of(org.gridgov.core.GridCode.parse(String.format("10%02d", i + 1)), "g" + i, 2),
          boxes.get(i)));
    }
    return out;
  }
}

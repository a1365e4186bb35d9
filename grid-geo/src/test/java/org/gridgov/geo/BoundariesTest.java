package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.internal.Spherical;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class BoundariesTest {
  @Test
  void twoBoundariesWithOneCodeAreRejected() {
    Grid g = Grid.of(GridCode.parse("10"), "区", 1);
    assertThatThrownBy(() -> Boundaries.of(CoordinateSystem.WGS84, List.of(GridBoundary.of(g, SmallTilings.box(0, 0, 1, 1)),
        GridBoundary.of(g, SmallTilings.box(1, 0, 2, 1))))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unique");
  }

  @Test
  void convertingToGcj02AndBackMovesNoVertexMoreThanACentimetre() {
    Boundaries wgs = SmallTilings.threeByThree().boundaries();
    Boundaries back = wgs.convertTo(CoordinateSystem.GCJ02).convertTo(CoordinateSystem.WGS84);
    for (GridBoundary b : wgs.all()) {
      Coordinate[] a = b.geometry().getCoordinates();
      Coordinate[] c = back.find(b.code()).orElseThrow().geometry().getCoordinates();
      for (int i = 0; i < a.length; i++) {
        assertThat(Spherical.distance(a[i].x, a[i].y, c[i].x, c[i].y)).isLessThan(0.01);
      }
    }
    assertThat(wgs.convertTo(CoordinateSystem.GCJ02).coordinateSystem()).isEqualTo(CoordinateSystem.GCJ02);
  }

  @Test
  void countyDataGetsItsProvincesAndPrefecturesAddedByCode() {
    GridTree tree = RealData.countyTree();
    assertThat(tree.countAtLevel(3)).isEqualTo(862);
    assertThat(tree.countAtLevel(1)).isEqualTo(11);
    assertThat(tree.node(GridCode.parse("110105")).parent().orElseThrow().code().value()).isEqualTo("1101");
    assertThat(tree.find(GridCode.parse("4690"))).isPresent();
  }

  @Test
  void areasOnTheSphereMatchKnownFigures() {
    double beijing = RealData.counties().all().stream().filter(b -> b.code().value().startsWith("11"))
        .mapToDouble(b -> Spherical.area(b.geometry())).sum();
    // 北京市: 16,410 km²
    assertThat(beijing / 1e6).isBetween(16_000.0, 16_800.0);
  }
}

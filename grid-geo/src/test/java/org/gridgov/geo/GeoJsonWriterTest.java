package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GeoJsonWriterTest {
  @Test
  void whatIsWrittenReadsBackEqual() {
    SmallTilings.Tiling3x3 t = SmallTilings.threeByThree();
    String json = GeoJsonWriter.toJson(t.boundaries());
    Boundaries back = GeoJsonReader.defaults().read(json).orThrow();
    assertThat(back.size()).isEqualTo(t.boundaries().size());
    for (GridBoundary b : t.boundaries().all()) {
      GridBoundary r = back.find(b.code()).orElseThrow();
      assertThat(r.grid()).isEqualTo(b.grid());
      assertThat(r.geometry().equalsTopo(b.geometry())).isTrue();
    }
  }

  @Test
  void ringsAreWrittenInRfc7946Orientation() {
    GeometryFactory f = new GeometryFactory();
    LinearRing cwShell = f.createLinearRing(SmallTilings.box(0, 0, 10, 10).reverse().getCoordinates());
    LinearRing ccwHole = f.createLinearRing(SmallTilings.box(2, 2, 4, 4).getCoordinates());
    assertThat(Orientation.isCCW(cwShell.getCoordinates())).isFalse();
    Polygon p = f.createPolygon(cwShell, new LinearRing[] {ccwHole});
    Grid g = Grid.of(GridCode.parse("10"), "区", 1);
    String json = GeoJsonWriter.toJson(Boundaries.of(CoordinateSystem.WGS84, List.of(GridBoundary.of(g, p))));
    Polygon back = (Polygon) GeoJsonReader.defaults().read(json).orThrow().all().get(0).geometry();
    assertThat(Orientation.isCCW(back.getExteriorRing().getCoordinates())).isTrue();
    assertThat(Orientation.isCCW(back.getInteriorRingN(0).getCoordinates())).isFalse();
  }

  @Test
  void aNonWgs84LayerSaysSoAndIsReadBackInItsSystem() {
    SmallTilings.Tiling3x3 t = SmallTilings.threeByThree();
    Boundaries gcj = t.boundaries().convertTo(CoordinateSystem.GCJ02);
    String json = GeoJsonWriter.toJson(gcj);
    assertThat(json).contains("\"coordinateSystem\":\"GCJ02\"");
    assertThat(GeoJsonReader.defaults().read(json).orThrow().coordinateSystem()).isEqualTo(CoordinateSystem.GCJ02);
  }
}

package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void anyFeaturesStreamWithTheirOwnPropertiesAndGridFeaturesReadBack() throws Exception {
    SmallTilings.Tiling3x3 t = SmallTilings.threeByThree();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (GeoJsonWriter.Features features = GeoJsonWriter.open(out, CoordinateSystem.WGS84)) {
      for (GridBoundary b : t.boundaries().all()) {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>(GeoJsonWriter.properties(b.grid()));
        p.put("overdue", 3);
        p.put("score", null);
        p.put("police", List.of("P1", "P2"));
        features.feature(b.geometry(), p);
      }
      features.feature(new GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(0.5, 0.5)),
          java.util.Map.of("ticket", "T1"));
    }
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    com.fasterxml.jackson.databind.JsonNode first = tree.get("features").get(0).get("properties");
    assertThat(first.get("overdue").asInt()).isEqualTo(3);
    assertThat(first.get("score").isNull()).isTrue();
    assertThat(first.get("police").get(1).asText()).isEqualTo("P2");
    assertThat(tree.get("features").get(t.boundaries().size()).get("geometry").get("type").asText()).isEqualTo("Point");
    GeoJsonResult lenient = GeoJsonReader.defaults().withLenient(true).read(json);
    assertThat(lenient.boundaries().size()).as("the grid features read back; the point is refused").isEqualTo(t.boundaries().size());
    assertThatThrownBy(() -> GeoJsonWriter.open(null, CoordinateSystem.WGS84)).isInstanceOf(org.gridgov.core.MissingValueException.class);
  }
}

package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.LayerMapping;
import org.gridgov.geo.testing.RealData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class LayerMappingsTest {
  @Test
  void twoTilingsOfOneDistrictAreLinkedWhereTheyOverlap() {
    Geometry county = RealData.counties().find(GridCode.parse("110101")).orElseThrow().geometry();
    Grid root = Grid.of(GridCode.parse("1101"), "东城", 1);
    TilingGenerator.Tiling comprehensive = TilingGenerator.generate(RealData.cityScheme(), root, county,
        CoordinateSystem.GCJ02, List.of(1, 4, 20), 1);
    TilingGenerator.Tiling police = TilingGenerator.generate(RealData.cityScheme(), root, county,
        CoordinateSystem.GCJ02, List.of(1, 2, 8), 2);
    String layer = comprehensive.tree().scheme().baseLayer();
    LayerMapping m = LayerMappings.byAreaOverlap(comprehensive.tree(), layer, comprehensive.boundaries(),
        police.tree(), layer, police.boundaries(), 0.01);
    assertThat(m.unmappedFrom()).isEmpty();
    assertThat(m.unmappedTo()).isEmpty();
    for (GridCode from : m.links().keySet()) {
      assertThat(m.counterparts(from)).isNotEmpty().hasSizeLessThanOrEqualTo(8);
    }
    LayerMapping strict = LayerMappings.byAreaOverlap(comprehensive.tree(), layer, comprehensive.boundaries(),
        police.tree(), layer, police.boundaries(), 1.0);
    assertThat(strict.links().size()).isLessThanOrEqualTo(m.links().size());
    assertThatThrownBy(() -> LayerMappings.byAreaOverlap(comprehensive.tree(), layer, comprehensive.boundaries(),
        police.tree(), layer, police.boundaries(), 0)).isInstanceOf(InvalidInputException.class);
  }
}

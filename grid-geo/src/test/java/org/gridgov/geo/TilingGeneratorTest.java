package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class TilingGeneratorTest {
  @Test
  void taibaihusTwoFiftySevenTwoNineteenSchemeIsGenerated() {
    Geometry county = RealData.counties().find(GridCode.parse("110108")).orElseThrow().geometry();
    TilingGenerator.Tiling t = TilingGenerator.generate(RealData.cityScheme(), Grid.of(GridCode.parse("1101"), "海淀", 1),
        county, CoordinateSystem.GCJ02, List.of(2, 57, 219), 2026);
    assertThat(t.tree().countAtLevel(2)).isEqualTo(2);
    assertThat(t.tree().countAtLevel(3)).isEqualTo(57);
    assertThat(t.tree().countAtLevel(4)).isEqualTo(219);
    assertThat(t.boundaries().size()).isEqualTo(1 + 2 + 57 + 219);
    for (GridNode n : t.tree().nodes()) {
      n.parent().ifPresent(p -> assertThat(p.code().isPrefixOf(n.code())).isTrue());
    }
    double sum = t.basicBoundaries().all().stream().mapToDouble(b -> b.geometry().getArea()).sum();
    assertThat(sum).isCloseTo(county.getArea(), org.assertj.core.api.Assertions.within(county.getArea() * 1e-9));
    BoundaryCoverageReport r = CoverageValidator.defaults().withSliverWidth(0).validate(t.tree(), t.boundaries());
    assertThat(r.isClean()).as(r.toString()).isTrue();
  }

  @Test
  void theSameSeedGivesTheSameTiling() {
    TilingGenerator.Tiling a = SmallTilings.smallGenerated(9);
    TilingGenerator.Tiling b = SmallTilings.smallGenerated(9);
    TilingGenerator.Tiling c = SmallTilings.smallGenerated(10);
    assertThat(GeoJsonWriter.toJson(a.boundaries()).hashCode()).isEqualTo(GeoJsonWriter.toJson(b.boundaries()).hashCode());
    assertThat(GeoJsonWriter.toJson(a.boundaries()).equals(GeoJsonWriter.toJson(c.boundaries()))).isFalse();
  }

  @Test
  void countsThatDoNotFitTheSchemeAreTypedErrors() {
    Geometry box = SmallTilings.box(116, 39, 117, 40);
    Grid root = Grid.of(GridCode.parse("1101"), "根", 1);
    assertThatThrownBy(() -> TilingGenerator.generate(RealData.cityScheme(), root, box, CoordinateSystem.WGS84,
        List.of(2, 57), 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("gridsPerLevel");
    assertThatThrownBy(() -> TilingGenerator.generate(RealData.cityScheme(), root, box, CoordinateSystem.WGS84,
        List.of(5, 3, 10), 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("gridsPerLevel[1]");
    assertThatThrownBy(() -> TilingGenerator.generate(RealData.cityScheme(), root, box, CoordinateSystem.WGS84,
        List.of(1, 1, 1000), 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("3-digit");
  }
}

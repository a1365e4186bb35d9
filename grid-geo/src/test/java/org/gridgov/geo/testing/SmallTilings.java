package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridSchemes;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.TilingGenerator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Small hand-made and generated tilings for unit tests and properties. */
public final class SmallTilings {
  private static final GeometryFactory F = new GeometryFactory();

  private SmallTilings() {}

  /** district (2 digits) → grid (2 digits, basic). */
  public static GridScheme twoLevels() {
    return GridSchemes.fromJson("{\"id\":\"two-levels\",\"name\":\"两级\",\"levels\":["
        + "{\"id\":\"district\",\"name\":\"区\",\"codeWidth\":2},"
        + "{\"id\":\"grid\",\"name\":\"网格\",\"codeWidth\":2,\"basic\":true}],"
        + "\"layers\":[{\"id\":\"comprehensive\",\"name\":\"综合网格\",\"fullCoverage\":true}]}");
  }

  /** An axis-aligned rectangle. */
  public static Polygon box(double x0, double y0, double x1, double y1) {
    return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
        new Coordinate(x0, y1), new Coordinate(x0, y0)});
  }

  /**
   * A district 10 made of 3 × 3 unit squares at (116 + i, 39 + j), WGS-84: grid {@code 10dd}
   * with dd = 3 j + i + 1, so codes grow to the east then to the north.
   */
  public static Tiling3x3 threeByThree() {
    List<GridBoundary> bs = new ArrayList<>();
    GridTree.Builder tree = GridTree.builder(twoLevels());
    Grid district = Grid.of(GridCode.parse("10"), "区", 1);
    tree.add(district);
    bs.add(GridBoundary.of(district, box(116, 39, 119, 42)));
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 3; i++) {
        String code = String.format("10%02d", 3 * j + i + 1);
        Grid g = Grid.of(GridCode.parse(code), "网格" + code, 2);
        tree.add(g);
        bs.add(GridBoundary.of(g, box(116 + i, 39 + j, 117 + i, 40 + j)));
      }
    }
    return new Tiling3x3(tree.build(), Boundaries.of(CoordinateSystem.WGS84, bs));
  }

  /** A tree and boundaries. */
  public record Tiling3x3(GridTree tree, Boundaries boundaries) {}

  /** A seeded Voronoi tiling of a county (北京 朝阳区 110105 in GCJ-02) into 3 / 12 / 60 grids. */
  public static TilingGenerator.Tiling smallGenerated(long seed) {
    Geometry county = RealData.counties().find(GridCode.parse("110105")).orElseThrow().geometry();
    return TilingGenerator.generate(RealData.cityScheme(), Grid.of(GridCode.parse("1101"), "朝阳", 1), county,
        CoordinateSystem.GCJ02, List.of(3, 12, 60), seed);
  }
}

package org.gridgov.examples.month;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * How slow each department and each grid is (办理效率): a department's factor is drawn between
 * 0.75 and 1.35; a grid's grows towards a seeded "slow corner" of the district (up to 1.7 near
 * it, 0.8 far away, ±10 % noise), so that overdue tickets cluster on the map as they do where a
 * township is short of staff. A ticket's pace is multiplied by both.
 */
final class Pace {
  private final Map<String, Double> departments = new HashMap<>();
  private final Map<GridCode, Double> grids = new HashMap<>();

  Pace(District district, Staff staff, SplittableRandom r) {
    for (String d : staff.departmentIds()) {
      departments.put(d, 0.75 + 0.6 * r.nextDouble());
    }
    List<Grid> basic = district.basicGrids();
    Coordinate corner = centroid(district, basic.get(r.nextInt(basic.size())).code());
    Envelope e = district.grids().envelope();
    double cos = Math.cos(Math.toRadians(e.centre().y));
    double reach = 0.3 * Math.hypot(e.getWidth() * cos, e.getHeight());
    for (Grid g : basic) {
      Coordinate c = centroid(district, g.code());
      double d = Math.hypot((c.x - corner.x) * cos, c.y - corner.y) / reach;
      grids.put(g.code(), (0.8 + 0.9 * Math.exp(-d * d)) * (0.9 + 0.2 * r.nextDouble()));
    }
  }

  /** The slowness of a ticket of the department in the grid. */
  double of(String department, GridCode grid) {
    return departments.getOrDefault(department, 1.0) * grids.getOrDefault(grid, 1.0);
  }

  private static Coordinate centroid(District district, GridCode code) {
    return district.grids().find(code).orElseThrow().geometry().getCentroid().getCoordinate();
  }
}

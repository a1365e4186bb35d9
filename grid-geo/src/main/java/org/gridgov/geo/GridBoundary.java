package org.gridgov.geo;

import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A grid and its boundary (网格边界): a {@link Polygon} or {@link MultiPolygon}, holes allowed, in
 * the {@link CoordinateSystem} of the {@link Boundaries} that holds it. The geometry must not be
 * modified.
 *
 * @param grid the grid's data (code, name, level, layer, parent)
 * @param geometry its boundary, a non-empty Polygon or MultiPolygon
 */
public record GridBoundary(Grid grid, Geometry geometry) {
  public GridBoundary {
    if (grid == null) {
      throw new MissingValueException("grid");
    }
    if (geometry == null) {
      throw new MissingValueException("geometry");
    }
    if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()) {
      throw new InvalidInputException("boundaries[" + grid.code() + "].geometry", geometry.getGeometryType(),
          "a grid boundary is a non-empty Polygon or MultiPolygon");
    }
    for (Coordinate c : geometry.getCoordinates()) {
      if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
        throw new InvalidInputException("boundaries[" + grid.code() + "].geometry", c.x + ", " + c.y,
            "every vertex is a finite longitude in [-180, 180] and latitude in [-90, 90], in degrees");
      }
    }
  }

  /** A boundary for {@code grid}. */
  public static GridBoundary of(Grid grid, Geometry geometry) {
    return new GridBoundary(grid, geometry);
  }

  /** The grid's code. */
  public GridCode code() {
    return grid.code();
  }

  /** The number of vertices, closing vertices included. */
  public int vertexCount() {
    return geometry.getNumPoints();
  }

  @Override
  public String toString() {
    return "GridBoundary[" + grid.code() + " " + grid.name() + ", " + geometry.getGeometryType() + " of "
        + geometry.getNumPoints() + " vertices]";
  }
}

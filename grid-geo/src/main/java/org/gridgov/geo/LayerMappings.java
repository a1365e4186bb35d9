package org.gridgov.geo;

import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.LayerMapping;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.internal.Spherical;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Derives a {@link LayerMapping} between two layers from their boundaries (双格融合): a basic
 * grid of one layer is linked to each basic grid of the other that overlaps it by at least a
 * share of its own area — for example the comprehensive grids and the police grids of a street.
 */
public final class LayerMappings {
  private LayerMappings() {}

  /**
   * Links every basic grid of {@code fromLayer} to the basic grids of {@code toLayer} that cover
   * at least {@code minShare} (0 &lt; minShare ≤ 1) of its area. Both boundary sets must be in the
   * same coordinate system.
   */
  public static LayerMapping byAreaOverlap(GridTree fromTree, String fromLayer, Boundaries fromBoundaries,
      GridTree toTree, String toLayer, Boundaries toBoundaries, double minShare) {
    if (fromTree == null || toTree == null || fromBoundaries == null || toBoundaries == null) {
      throw new MissingValueException(fromTree == null ? "fromTree" : toTree == null ? "toTree"
          : fromBoundaries == null ? "fromBoundaries" : "toBoundaries");
    }
    if (!(minShare > 0 && minShare <= 1)) {
      throw new InvalidInputException("minShare", Double.toString(minShare), "must lie in (0, 1]");
    }
    if (fromBoundaries.coordinateSystem() != toBoundaries.coordinateSystem()) {
      throw new InvalidInputException("toBoundaries.coordinateSystem", toBoundaries.coordinateSystem().name(),
          "must equal fromBoundaries' " + fromBoundaries.coordinateSystem() + "; convert one of them first");
    }
    fromBoundaries.requireCodesIn(fromTree, "fromBoundaries");
    toBoundaries.requireCodesIn(toTree, "toBoundaries");
    LayerMapping.Builder mapping = LayerMapping.builder(fromTree, fromLayer, toTree, toLayer);
    STRtree index = new STRtree();
    List<Grid> targets = toTree.basicGrids(toLayer);
    for (Grid g : targets) {
      toBoundaries.find(g.code()).ifPresent(b -> index.insert(requireValid(b, "toBoundaries").getEnvelopeInternal(), b));
    }
    index.build();
    for (Grid g : fromTree.basicGrids(fromLayer)) {
      GridBoundary from = fromBoundaries.find(g.code()).orElse(null);
      if (from == null) {
        continue;
      }
      Geometry a = requireValid(from, "fromBoundaries");
      double area = Spherical.area(a);
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(a);
      for (Object o : index.query(a.getEnvelopeInternal())) {
        GridBoundary to = (GridBoundary) o;
        if (!prepared.intersects(to.geometry())) {
          continue;
        }
        double shared = Spherical.area(OverlayNGRobust.overlay(a, to.geometry(), OverlayNG.INTERSECTION));
        if (area > 0 && shared / area >= minShare) {
          mapping.link(g.code(), to.code());
        }
      }
    }
    return mapping.build();
  }

  /** The geometry of {@code b}; an invalid one (a self-crossing ring, say) has no meaningful overlap area. */
  private static Geometry requireValid(GridBoundary b, String field) {
    TopologyValidationError error = new IsValidOp(b.geometry()).getValidationError();
    if (error != null) {
      Coordinate at = error.getCoordinate();
      throw new InvalidInputException(field + "[" + b.code() + "].geometry", at == null ? "" : at.x + ", " + at.y,
          "must be a valid polygon to share area: " + error.getMessage() + " (CoverageValidator reports where)");
    }
    return b.geometry();
  }
}

package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.GridBoundary;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The reference answer of ARCHITECTURE.md: brute force over JTS {@code PreparedGeometry.covers}
 * for every basic grid of a layer, the smallest code winning. An STRtree of envelopes only skips
 * grids whose envelope does not cover the point (which cannot cover it); every other grid is
 * asked. Returns tree ordinals like {@code GridLocator.locateOrdinal…}, -1 for uncovered. Points
 * are in the boundaries' own coordinate system.
 */
public final class ReferenceLocator {
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private final PreparedGeometry[] prepared;
  private final int[] ordinal;
  private final STRtree tree = new STRtree();

  /** The reference for the basic grids of {@code layer} that have a boundary. */
  public ReferenceLocator(GridTree gridTree, String layer, Boundaries boundaries) {
    List<PreparedGeometry> ps = new ArrayList<>();
    List<Integer> os = new ArrayList<>();
    List<Grid> basics = new ArrayList<>(gridTree.basicGrids(layer));
    basics.sort((a, b) -> a.code().compareTo(b.code()));
    for (Grid g : basics) {
      GridBoundary b = boundaries.find(g.code()).orElse(null);
      if (b != null) {
        tree.insert(b.geometry().getEnvelopeInternal(), ps.size());
        ps.add(PreparedGeometryFactory.prepare(b.geometry()));
        os.add(gridTree.node(g.code()).ordinal());
      }
    }
    prepared = ps.toArray(new PreparedGeometry[0]);
    ordinal = os.stream().mapToInt(Integer::intValue).toArray();
    tree.build();
  }

  /** The reference answer for the base layer. */
  public ReferenceLocator(GridTree gridTree, Boundaries boundaries) {
    this(gridTree, gridTree.scheme().baseLayer(), boundaries);
  }

  /** The ordinal of the smallest-code grid whose boundary covers (x, y), or -1. */
  public int locate(double x, double y) {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      return -1;
    }
    Point p = FACTORY.createPoint(new Coordinate(x, y));
    int[] best = {Integer.MAX_VALUE};
    tree.query(new Envelope(x, x, y, y), item -> {
      int k = (Integer) item;
      if (k < best[0] && prepared[k].covers(p)) {
        best[0] = k;
      }
    });
    return best[0] == Integer.MAX_VALUE ? -1 : ordinal[best[0]];
  }

  /** The number of grids. */
  public int size() {
    return prepared.length;
  }
}

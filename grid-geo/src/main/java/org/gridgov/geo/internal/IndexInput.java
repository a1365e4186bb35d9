package org.gridgov.geo.internal;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The polygons an index is built from, flattened: every ring's vertices in one interleaved
 * array {@code xy} (x at {@code 2 v}, y at {@code 2 v + 1}), the answer each vertex belongs to,
 * the rings' vertex ranges, the value the index gives for each answer, and, for the exact tests
 * made while building, a JTS point locator per answer and an STRtree of the answers' envelopes.
 * Safe for concurrent readers once made.
 */
final class IndexInput {
  final int answers;
  final List<Geometry> geometries;
  private final int[] values;
  final double[] xy;
  final int[] answerOfVertex;
  final int[] ringStart;
  final int[] ringEnd;
  final int rings;
  final long edges;
  final double minX;
  final double minY;
  final double maxX;
  final double maxY;
  private final PointOnGeometryLocator[] locators;
  private final STRtree answerTree = new STRtree();

  IndexInput(List<Geometry> geometries, int[] values) {
    this.geometries = geometries;
    this.answers = geometries.size();
    this.values = values;
    if (values.length != answers) {
      throw new IllegalArgumentException(values.length + " values for " + answers + " polygons");
    }
    for (int v : values) {
      if (v < 0 || v > LeafFormat.MAX_VALUE) {
        throw new IllegalArgumentException("value out of range: " + v);
      }
    }
    this.locators = new PointOnGeometryLocator[answers];
    long nv = 0;
    int nr = 0;
    for (Geometry g : geometries) {
      nv += g.getNumPoints();
      for (int p = 0; p < g.getNumGeometries(); p++) {
        nr += 1 + ((Polygon) g.getGeometryN(p)).getNumInteriorRing();
      }
    }
    if (nv > Integer.MAX_VALUE / 4) {
      throw new IllegalArgumentException("too many vertices for one index: " + nv);
    }
    xy = new double[2 * (int) nv];
    answerOfVertex = new int[(int) nv];
    ringStart = new int[nr];
    ringEnd = new int[nr];
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    int v = 0;
    int r = 0;
    long e = 0;
    for (int a = 0; a < answers; a++) {
      Geometry g = geometries.get(a);
      locators[a] = new IndexedPointInAreaLocator(g);
      answerTree.insert(g.getEnvelopeInternal(), a);
      for (int p = 0; p < g.getNumGeometries(); p++) {
        Polygon poly = (Polygon) g.getGeometryN(p);
        for (int h = -1; h < poly.getNumInteriorRing(); h++) {
          LinearRing ring = h < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(h);
          ringStart[r] = v;
          for (Coordinate c : ring.getCoordinates()) {
            xy[2 * v] = c.x;
            xy[2 * v + 1] = c.y;
            answerOfVertex[v] = a;
            x0 = Math.min(x0, c.x);
            y0 = Math.min(y0, c.y);
            x1 = Math.max(x1, c.x);
            y1 = Math.max(y1, c.y);
            v++;
          }
          ringEnd[r] = v;
          e += Math.max(0, ringEnd[r] - ringStart[r] - 1);
          r++;
        }
      }
    }
    this.rings = r;
    this.edges = e;
    this.minX = x0;
    this.minY = y0;
    this.maxX = x1;
    this.maxY = y1;
    answerTree.build();
  }

  /** The value of answer {@code a}; -1 for -1. */
  int value(int a) {
    return a < 0 ? -1 : values[a];
  }

  double x(int v) {
    return xy[2 * v];
  }

  double y(int v) {
    return xy[2 * v + 1];
  }

  int vertices() {
    return answerOfVertex.length;
  }

  /** Where answer {@code a}'s closed polygon has {@code p}: a JTS {@link Location}. */
  int locate(int a, Coordinate p) {
    return locators[a].locate(p);
  }

  /** The smallest answer covering a point that lies on no edge, or -1. */
  int answerAt(double x, double y) {
    Coordinate p = new Coordinate(x, y);
    int[] best = {-1};
    answerTree.query(new Envelope(p), item -> {
      int a = (Integer) item;
      if ((best[0] < 0 || a < best[0]) && locators[a].locate(p) != Location.EXTERIOR) {
        best[0] = a;
      }
    });
    return best[0];
  }

  /** The answers whose envelopes meet the rectangle, in any order. */
  void answersNear(double x0, double y0, double x1, double y1, java.util.function.IntConsumer each) {
    answerTree.query(new Envelope(x0, x1, y0, y1), item -> each.accept((Integer) item));
  }
}

package org.gridgov.geo.internal;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The polygons an index is built from, flattened: every ring's vertices in one interleaved
 * array {@code xy} (x at {@code 2 v}, y at {@code 2 v + 1}), the answer each vertex belongs to,
 * the rings' vertex ranges, the value the index gives for each answer, and, for the exact tests
 * made while building, a JTS point locator per answer.
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
  /** The rings of answer a: {@code firstRing[a]} to {@code firstRing[a + 1]}. */
  private final int[] firstRing;
  final long edges;
  final double minX;
  final double minY;
  final double maxX;
  final double maxY;
  /** Polygons of more vertices than this are asked through JTS's indexed locator. */
  private static final int LINEAR_SCAN = 256;
  private final PointOnGeometryLocator[] locators;

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
    firstRing = new int[answers + 1];
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    int v = 0;
    int r = 0;
    long e = 0;
    for (int a = 0; a < answers; a++) {
      firstRing[a] = r;
      Geometry g = geometries.get(a);
      locators[a] = new IndexedPointInAreaLocator(g);
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
    firstRing[answers] = r;
    this.rings = r;
    this.edges = e;
    this.minX = x0;
    this.minY = y0;
    this.maxX = x1;
    this.maxY = y1;
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

  /**
   * Whether a point that lies on no edge of answer {@code a} is inside it: JTS's ray crossing
   * (RayCrossingCounter's rule, every sign by {@link Orient}, which gives JTS's signs), counted
   * directly over a small polygon's rings, by JTS's indexed locator for a large one.
   */
  boolean inside(int a, double x, double y) {
    int from = ringStart[firstRing[a]];
    int to = ringEnd[firstRing[a + 1] - 1];
    if (to - from > LINEAR_SCAN) {
      int where = locators[a].locate(new Coordinate(x, y));
      if (where == Location.BOUNDARY) {
        throw new IllegalStateException("reference point on a boundary: " + x + " " + y);
      }
      return where == Location.INTERIOR;
    }
    int crossings = 0;
    for (int k = firstRing[a]; k < firstRing[a + 1]; k++) {
      for (int i = ringStart[k]; i < ringEnd[k] - 1; i++) {
        double x1 = x(i);
        double y1 = y(i);
        double x2 = x(i + 1);
        double y2 = y(i + 1);
        if (x1 < x && x2 < x) {
          continue;
        }
        if (x == x2 && y == y2 || y1 == y && y2 == y && Math.min(x1, x2) <= x && x <= Math.max(x1, x2)) {
          throw new IllegalStateException("reference point on a boundary: " + x + " " + y);
        }
        if (y1 > y && y2 <= y || y2 > y && y1 <= y) {
          int orient = Orient.index(x1, y1, x2, y2, x, y);
          if (orient == 0) {
            throw new IllegalStateException("reference point on a boundary: " + x + " " + y);
          }
          crossings += (y2 < y1 ? -orient : orient) > 0 ? 1 : 0;
        }
      }
    }
    return (crossings & 1) != 0;
  }
}

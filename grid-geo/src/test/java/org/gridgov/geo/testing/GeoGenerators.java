package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.GridBoundary;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for grid-geo: realistic points (uniform in an extent, biased toward
 * the edges and vertices of real or generated boundaries, a few ulps off them) and hostile
 * coordinates (NaN, infinities, the ±180 / ±90 edges and just beyond, huge and subnormal values).
 * Each draws a seed from QuickTheories and derives the value from it, so runs are reproducible.
 */
public final class GeoGenerators {
  private GeoGenerators() {}

  private static Gen<SplittableRandom> randoms() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).map(SplittableRandom::new);
  }

  private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 180, -180,
      90, -90, Math.nextUp(180.0), Math.nextDown(-180.0), Math.nextUp(90.0), Math.nextDown(-90.0), Math.nextDown(180.0),
      Math.nextUp(-180.0), 0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, 1e300,
      -1e300, 1e-300, 360, -360, 72.004, 137.8347, 0.8293, 55.8271};

  /** Hostile and ordinary doubles: specials, arbitrary bit patterns, values in and around range. */
  public static Gen<Double> garbageDoubles() {
    return randoms().map(r -> {
      switch (r.nextInt(4)) {
        case 0:
          return SPECIAL[r.nextInt(SPECIAL.length)];
        case 1:
          return Double.longBitsToDouble(r.nextLong());
        case 2:
          return r.nextDouble(-400, 400);
        default:
          return r.nextDouble(70, 140);
      }
    });
  }

  /** Uniform points in an envelope, as {lon, lat}. */
  public static Gen<double[]> pointsIn(Envelope e) {
    return randoms().map(r -> new double[] {e.getMinX() + r.nextDouble() * e.getWidth(),
        e.getMinY() + r.nextDouble() * e.getHeight()});
  }

  /**
   * Points on and near the boundaries: a vertex, an edge's midpoint, a point at a random
   * fraction of an edge, each possibly moved a few ulps in x and y.
   */
  public static Gen<double[]> edgeBiasedPoints(Boundaries boundaries) {
    List<Coordinate[]> rings = new ArrayList<>();
    for (GridBoundary b : boundaries.all()) {
      Geometry g = b.geometry();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) g.getGeometryN(i);
        rings.add(p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(p.getInteriorRingN(h).getCoordinates());
        }
      }
    }
    return randoms().map(r -> edgeBiased(r, rings.get(r.nextInt(rings.size()))));
  }

  static double[] edgeBiased(SplittableRandom r, Coordinate[] ring) {
    int k = r.nextInt(ring.length - 1);
    Coordinate a = ring[k];
    Coordinate b = ring[k + 1];
    double x;
    double y;
    switch (r.nextInt(3)) {
      case 0:
        x = a.x;
        y = a.y;
        break;
      case 1:
        x = (a.x + b.x) / 2;
        y = (a.y + b.y) / 2;
        break;
      default:
        double t = r.nextDouble();
        x = a.x + t * (b.x - a.x);
        y = a.y + t * (b.y - a.y);
    }
    if (r.nextInt(3) == 0) {
      int ux = r.nextInt(7) - 3;
      int uy = r.nextInt(7) - 3;
      for (int i = 0; i < Math.abs(ux); i++) {
        x = ux > 0 ? Math.nextUp(x) : Math.nextDown(x);
      }
      for (int i = 0; i < Math.abs(uy); i++) {
        y = uy > 0 ? Math.nextUp(y) : Math.nextDown(y);
      }
    }
    return new double[] {x, y};
  }

  /** As {@link #edgeBiasedPoints} but as a plain list of {@code n} points, for loops over many. */
  public static List<double[]> edgeBiasedSample(Boundaries boundaries, int n, long seed) {
    Gen<double[]> gen = edgeBiasedPoints(boundaries);
    SplittableRandom r = new SplittableRandom(seed);
    List<Coordinate[]> rings = new ArrayList<>();
    for (GridBoundary b : boundaries.all()) {
      for (int i = 0; i < b.geometry().getNumGeometries(); i++) {
        org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) b.geometry().getGeometryN(i);
        rings.add(p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(p.getInteriorRingN(h).getCoordinates());
        }
      }
    }
    List<double[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(edgeBiased(r, rings.get(r.nextInt(rings.size()))));
    }
    return gen == null ? List.of() : out;
  }

  /**
   * Batches of points for the batch lookup, as {lons, lats} of {@code minSize} to {@code maxSize}
   * points: uniform over the boundaries' extent grown by a tenth, on and a few ulps off edges and
   * vertices, and outside every grid (beyond the extent, up to the ±180 / ±90 edges), in shares
   * drawn per batch. Every coordinate is finite and in range.
   */
  public static Gen<double[][]> pointBatches(Boundaries boundaries, int minSize, int maxSize) {
    List<Coordinate[]> rings = rings(boundaries);
    Envelope e = boundaries.envelope();
    return randoms().map(r -> {
      int n = minSize + r.nextInt(maxSize - minSize + 1);
      int onEdges = r.nextInt(101);
      int outside = r.nextInt(101 - onEdges);
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = r.nextInt(100);
        double[] p;
        if (kind < onEdges) {
          p = edgeBiased(r, rings.get(r.nextInt(rings.size())));
        } else if (kind < onEdges + outside) {
          p = r.nextBoolean() ? new double[] {r.nextDouble(-180, e.getMinX()), r.nextDouble(-90, 90)}
              : new double[] {r.nextDouble(-180, 180), r.nextDouble(e.getMaxY(), 90)};
        } else {
          p = new double[] {e.getMinX() + (r.nextDouble() * 1.2 - 0.1) * e.getWidth(),
              e.getMinY() + (r.nextDouble() * 1.2 - 0.1) * e.getHeight()};
        }
        xs[i] = Math.max(-180, Math.min(180, p[0]));
        ys[i] = Math.max(-90, Math.min(90, p[1]));
      }
      return new double[][] {xs, ys};
    });
  }

  private static List<Coordinate[]> rings(Boundaries boundaries) {
    List<Coordinate[]> rings = new ArrayList<>();
    for (GridBoundary b : boundaries.all()) {
      for (int i = 0; i < b.geometry().getNumGeometries(); i++) {
        org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) b.geometry().getGeometryN(i);
        rings.add(p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(p.getInteriorRingN(h).getCoordinates());
        }
      }
    }
    return rings;
  }
}

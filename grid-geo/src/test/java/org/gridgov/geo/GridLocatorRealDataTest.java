package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.ReferenceLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The locator against the brute-force JTS reference on the 862 real county polygons (GCJ-02):
 * random points, every vertex, midpoints of shared segments, the real seat points. The default
 * suite checks deterministic samples; the tests tagged "slow" check the full sets.
 */
class GridLocatorRealDataTest {
  private static Boundaries counties;
  private static GridTree tree;
  private static GridLocator locator;
  private static ReferenceLocator reference;

  @BeforeAll
  static void load() {
    counties = RealData.counties();
    tree = RealData.countyTree();
    locator = RealData.countyLocator();
    reference = new ReferenceLocator(tree, counties);
    System.out.println("[counties] " + locator.stats() + String.format(" %.1f bytes/vertex", locator.stats().bytesPerVertex()));
  }

  private static int check(String what, double[] xs, double[] ys) {
    int disagree = 0;
    int covered = 0;
    for (int i = 0; i < xs.length; i++) {
      int want = reference.locate(xs[i], ys[i]);
      int got = locator.locateOrdinalIn(CoordinateSystem.GCJ02, xs[i], ys[i]);
      covered += want >= 0 ? 1 : 0;
      if (want != got) {
        disagree++;
        if (disagree <= 5) {
          System.out.printf("[%s] disagreement at %s %s: reference %d, locator %d%n", what, xs[i], ys[i], want, got);
        }
      }
    }
    System.out.printf("[%s] %,d points, %,d covered, %d disagreements%n", what, xs.length, covered, disagree);
    return disagree;
  }

  private static double[][] randomPoints(int n, long seed) {
    Envelope e = counties.envelope();
    SplittableRandom r = new SplittableRandom(seed);
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = e.getMinX() + r.nextDouble() * e.getWidth();
      ys[i] = e.getMinY() + r.nextDouble() * e.getHeight();
    }
    return new double[][] {xs, ys};
  }

  /** Every vertex (every k-th with {@code step} > 1) of every ring of every county. */
  private static double[][] vertices(int step) {
    int n = 0;
    for (GridBoundary b : counties.all()) {
      n += (b.vertexCount() + step - 1) / step;
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    int k = 0;
    int i = 0;
    for (GridBoundary b : counties.all()) {
      for (Coordinate c : b.geometry().getCoordinates()) {
        if (i++ % step == 0 && k < n) {
          xs[k] = c.x;
          ys[k] = c.y;
          k++;
        }
      }
    }
    return new double[][] {java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)};
  }

  /** Midpoints of segments that two counties share (same two vertices), every k-th. */
  private static double[][] sharedMidpoints(int step) {
    Map<List<Double>, Integer> seen = new HashMap<>();
    Set<List<Double>> shared = new HashSet<>();
    int gi = 0;
    for (GridBoundary b : counties.all()) {
      Geometry g = b.geometry();
      for (int p = 0; p < g.getNumGeometries(); p++) {
        Polygon poly = (Polygon) g.getGeometryN(p);
        for (int r = -1; r < poly.getNumInteriorRing(); r++) {
          Coordinate[] cs = (r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r)).getCoordinates();
          for (int k = 0; k + 1 < cs.length; k++) {
            Coordinate a = cs[k];
            Coordinate c = cs[k + 1];
            boolean swap = a.x > c.x || (a.x == c.x && a.y > c.y);
            List<Double> key = swap ? List.of(c.x, c.y, a.x, a.y) : List.of(a.x, a.y, c.x, c.y);
            Integer other = seen.putIfAbsent(key, gi);
            if (other != null && other != gi) {
              shared.add(key);
            }
          }
        }
      }
      gi++;
    }
    int n = (shared.size() + step - 1) / step;
    double[] xs = new double[n];
    double[] ys = new double[n];
    int i = 0;
    int k = 0;
    for (List<Double> s : shared) {
      if (i++ % step == 0 && k < n) {
        xs[k] = (s.get(0) + s.get(2)) / 2;
        ys[k] = (s.get(1) + s.get(3)) / 2;
        k++;
      }
    }
    System.out.printf("[shared segments] %,d shared by two counties%n", shared.size());
    return new double[][] {java.util.Arrays.copyOf(xs, k), java.util.Arrays.copyOf(ys, k)};
  }

  private static double[][] seats(int step) {
    List<RealData.SeatPoint> all = RealData.seats();
    int n = (all.size() + step - 1) / step;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0, k = 0; i < all.size(); i += step, k++) {
      xs[k] = all.get(i).lon();
      ys[k] = all.get(i).lat();
    }
    return new double[][] {xs, ys};
  }

  @Test
  void aSampleOfRandomPointsAgreesWithTheReference() {
    double[][] p = randomPoints(100_000, 1);
    assertThat(check("random sample", p[0], p[1])).isZero();
  }

  @Test
  void everyTwentiethVertexAgreesWithTheReference() {
    double[][] p = vertices(20);
    assertThat(check("vertices 1/20", p[0], p[1])).isZero();
  }

  @Test
  void midpointsOfSharedSegmentsAgreeWithTheReference() {
    double[][] p = sharedMidpoints(20);
    assertThat(check("shared midpoints 1/20", p[0], p[1])).isZero();
  }

  @Test
  void everyTenthSeatPointAgreesWithTheReference() {
    double[][] p = seats(10);
    assertThat(check("seats 1/10", p[0], p[1])).isZero();
  }

  @Test
  void seatPointsFallInTheCountyTheirCodeNamesAsTheReadmeSays() {
    int[] towns = new int[2];
    int[] villages = new int[2];
    for (RealData.SeatPoint s : RealData.seats()) {
      GridCode county = GridCode.parse(s.countyCode());
      if (counties.find(county).isEmpty()) {
        continue;
      }
      int[] tally = s.level().equals("town") ? towns : villages;
      tally[1]++;
      int got = locator.locateOrdinalIn(CoordinateSystem.GCJ02, s.lon(), s.lat());
      if (got >= 0 && tree.nodes().get(got).code().equals(county)) {
        tally[0]++;
      }
    }
    System.out.printf("[seat shares] towns %,d of %,d (%.2f %%), villages %,d of %,d (%.2f %%)%n", towns[0], towns[1],
        100.0 * towns[0] / towns[1], villages[0], villages[1], 100.0 * villages[0] / villages[1]);
    // README: towns 12,028 of 12,033 (99.96 %), villages 19,020 of 19,084 (99.66 %)
    assertThat(towns).containsExactly(12_028, 12_033);
    assertThat(villages).containsExactly(19_020, 19_084);
  }

  @Test
  @Tag("slow")
  void aMillionRandomPointsAgreeWithTheReference() {
    double[][] p = randomPoints(1_000_000, 20261126L);
    assertThat(check("1,000,000 random", p[0], p[1])).isZero();
  }

  @Test
  @Tag("slow")
  void everyVertexOfEveryPolygonAgreesWithTheReference() {
    double[][] p = vertices(1);
    assertThat(check("all vertices", p[0], p[1])).isZero();
  }

  @Test
  @Tag("slow")
  void everyMidpointOfASharedSegmentAgreesWithTheReference() {
    double[][] p = sharedMidpoints(1);
    assertThat(check("all shared midpoints", p[0], p[1])).isZero();
  }

  @Test
  @Tag("slow")
  void everySeatPointAgreesWithTheReference() {
    double[][] p = seats(1);
    assertThat(check("all 94,385 seats", p[0], p[1])).isZero();
  }
}

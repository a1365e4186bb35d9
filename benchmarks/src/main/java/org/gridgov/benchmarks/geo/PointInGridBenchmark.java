package org.gridgov.benchmarks.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Grid;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.IndexStats;
import org.gridgov.geo.testing.RealData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast is an exact point-in-grid lookup? Three contenders on the same points, each giving
 * the smallest-code grid that holds the point:
 * <ul>
 *   <li>{@code jtsStrtreeContains} (A): JTS STRtree of envelopes + {@code Polygon.contains} —
 *       what is often written; it misses points on boundaries;</li>
 *   <li>{@code jtsStrtreePrepared} (B): JTS STRtree + {@code PreparedGeometry.covers} — what JTS
 *       recommends, exact;</li>
 *   <li>{@code gridgovLocator} (C): {@link GridLocator}, exact.</li>
 * </ul>
 * Datasets: the 862 real county polygons (GCJ-02), and 33,000 generated basic grids in the real
 * boundary of 南充市 (10 / 600 / 33,000, {@link GeneratedGrids#city33k()}). Points: uniform random
 * over the dataset's extent, or the real township and village seat points within that extent. Each
 * invocation looks up {@value #BATCH} points, one by one; scores are per point. The set-up prints
 * the index's size ({@code GridLocator.stats()}: bytes per vertex and per grid).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PointInGridBenchmark {
  static final int BATCH = 1024;
  static final int POINTS = 1 << 16;
  private static final GeometryFactory FACTORY = new GeometryFactory();

  @Param({"counties", "generated33k"})
  public String dataset;

  @Param({"random", "seats"})
  public String points;

  private double[] xs;
  private double[] ys;
  private Point[] jtsPoints;
  private int cursor;
  private STRtree strtree;
  private Geometry[] geometries;
  private PreparedGeometry[] prepared;
  private GridLocator locator;
  private final MinVisitor containsVisitor = new MinVisitor(false);
  private final MinVisitor coversVisitor = new MinVisitor(true);

  @Setup(Level.Trial)
  public void setUp() {
    Boundaries boundaries;
    GridTree tree;
    if (dataset.equals("counties")) {
      boundaries = RealData.counties();
      tree = RealData.countyTree();
    } else {
      GeneratedGrids.Set set = GeneratedGrids.city33k();
      System.out.printf("%n[data] %s%n", set.howMade());
      boundaries = set.basics();
      tree = set.tree();
    }
    locator = GridLocator.build(tree, boundaries);
    IndexStats s = locator.stats();
    System.out.printf("%n[index] %s: %d grids, %d vertices, build %d ms, %d bytes = %.1f bytes/vertex = %.0f bytes/grid,"
        + " %d cells, %d boundary leaves, depth %d%n", dataset, s.grids(), s.vertices(), s.buildMillis(), s.bytes(),
        s.bytesPerVertex(), (double) s.bytes() / s.grids(), s.cells(), s.boundaryLeaves(), s.maxDepth());
    List<Grid> basics = new ArrayList<>(tree.basicGrids(tree.scheme().baseLayer()));
    basics.sort((a, b) -> a.code().compareTo(b.code()));
    List<Geometry> gs = new ArrayList<>();
    for (Grid g : basics) {
      boundaries.find(g.code()).map(GridBoundary::geometry).ifPresent(gs::add);
    }
    geometries = gs.toArray(new Geometry[0]);
    prepared = new PreparedGeometry[geometries.length];
    long t0 = System.nanoTime();
    strtree = new STRtree();
    for (int i = 0; i < geometries.length; i++) {
      strtree.insert(geometries[i].getEnvelopeInternal(), i);
      prepared[i] = PreparedGeometryFactory.prepare(geometries[i]);
    }
    strtree.build();
    System.out.printf("[index] JTS STRtree + prepare: %d ms (prepared indexes are built lazily on first use)%n",
        (System.nanoTime() - t0) / 1_000_000);
    Envelope extent = boundaries.envelope();
    xs = new double[POINTS];
    ys = new double[POINTS];
    SplittableRandom random = new SplittableRandom(20261126L);
    if (points.equals("random")) {
      for (int i = 0; i < POINTS; i++) {
        xs[i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
        ys[i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
      }
    } else {
      List<double[]> inside = new ArrayList<>();
      for (RealData.SeatPoint p : RealData.seats()) {
        if (extent.covers(p.lon(), p.lat())) {
          inside.add(new double[] {p.lon(), p.lat()});
        }
      }
      for (int i = 0; i < POINTS; i++) {
        double[] p = inside.get(i < inside.size() ? i : random.nextInt(inside.size()));
        xs[i] = p[0];
        ys[i] = p[1];
      }
      System.out.printf("[index] %d seat points in the extent%n", inside.size());
    }
    jtsPoints = new Point[POINTS];
    int covered = 0;
    int disagree = 0;
    for (int i = 0; i < POINTS; i++) {
      jtsPoints[i] = FACTORY.createPoint(new Coordinate(xs[i], ys[i]));
      int c = locator.locateOrdinalIn(CoordinateSystem.GCJ02, xs[i], ys[i]);
      int b = prepared(i);
      covered += b >= 0 ? 1 : 0;
      int cAnswer = c < 0 ? -1 : answerOf(c, tree, basics);
      disagree += cAnswer == b ? 0 : 1;
    }
    System.out.printf("[index] %d of %d points covered; C and B disagree on %d%n", covered, POINTS, disagree);
  }

  private static int answerOf(int ordinal, GridTree tree, List<Grid> basics) {
    Grid g = tree.nodes().get(ordinal).grid();
    return java.util.Collections.binarySearch(basics, g, (a, b) -> a.code().compareTo(b.code()));
  }

  private int prepared(int i) {
    coversVisitor.reset(jtsPoints[i]);
    strtree.query(jtsPoints[i].getEnvelopeInternal(), coversVisitor);
    return coversVisitor.best();
  }

  private int next() {
    int at = cursor;
    cursor = (at + BATCH) & (POINTS - 1);
    return at;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jtsStrtreeContains(Blackhole bh) {
    int from = next();
    for (int i = from; i < from + BATCH; i++) {
      containsVisitor.reset(jtsPoints[i]);
      strtree.query(jtsPoints[i].getEnvelopeInternal(), containsVisitor);
      bh.consume(containsVisitor.best());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jtsStrtreePrepared(Blackhole bh) {
    int from = next();
    for (int i = from; i < from + BATCH; i++) {
      bh.consume(prepared(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void gridgovLocator(Blackhole bh) {
    int from = next();
    for (int i = from; i < from + BATCH; i++) {
      bh.consume(locator.locateOrdinalIn(CoordinateSystem.GCJ02, xs[i], ys[i]));
    }
  }

  /** Keeps the smallest index whose geometry contains (or covers) the point. */
  private final class MinVisitor implements ItemVisitor {
    private final boolean covers;
    private Point point;
    private int best;

    MinVisitor(boolean covers) {
      this.covers = covers;
    }

    void reset(Point p) {
      point = p;
      best = Integer.MAX_VALUE;
    }

    int best() {
      return best == Integer.MAX_VALUE ? -1 : best;
    }

    @Override
    public void visitItem(Object item) {
      int k = (Integer) item;
      if (k < best && (covers ? prepared[k].covers(point) : geometries[k].contains(point))) {
        best = k;
      }
    }
  }
}

package org.gridgov.benchmarks.geo;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.IndexStats;
import org.gridgov.geo.testing.RealData;
import org.locationtech.jts.geom.Envelope;
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

/**
 * How much faster is the batch lookup than looking points up one by one, and how does it use a
 * second core? 1,000,000 uniform random points over the dataset's extent, every one located by:
 * <ul>
 *   <li>{@code singlePointLoop} (baseline): {@code locateOrdinalIn} point after point, into an
 *       array;</li>
 *   <li>{@code batchOneThread}: {@code locateAllIn(system, lons, lats, Runnable::run, 1)};</li>
 *   <li>{@code batchTwoThreads}: {@code locateAllIn(system, lons, lats, ForkJoinPool.commonPool(), 2)}:
 *       the calling thread and one worker of the common pool.</li>
 * </ul>
 * Scores are points per second. The answers were checked to be the same, point for point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class BatchLocateBenchmark {
  static final int POINTS = 1_000_000;

  @Param({"generated33k"})
  public String dataset;

  private GridLocator locator;
  private CoordinateSystem system;
  private double[] lons;
  private double[] lats;
  private int[] out;

  @Setup(Level.Trial)
  public void setUp() {
    GridTree tree;
    Boundaries boundaries;
    if (dataset.equals("counties")) {
      tree = RealData.countyTree();
      boundaries = RealData.counties();
    } else {
      GeneratedGrids.Set set = dataset.equals("guangxi330k") ? GeneratedGrids.guangxi330k() : GeneratedGrids.city33k();
      System.out.printf("%n[data] %s%n", set.howMade());
      tree = set.tree();
      boundaries = set.basics();
    }
    locator = GridLocator.build(tree, boundaries);
    system = boundaries.coordinateSystem();
    IndexStats s = locator.stats();
    System.out.printf("[index] %s: %d grids, %d vertices, %d bytes = %.1f bytes/vertex%n", dataset, s.grids(),
        s.vertices(), s.bytes(), s.bytesPerVertex());
    Envelope e = boundaries.envelope();
    SplittableRandom random = new SplittableRandom(20261207L);
    lons = new double[POINTS];
    lats = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      lons[i] = e.getMinX() + random.nextDouble() * e.getWidth();
      lats[i] = e.getMinY() + random.nextDouble() * e.getHeight();
    }
    out = new int[POINTS];
    int[] one = singlePointLoop();
    int[] batch = batchTwoThreads();
    int covered = 0;
    for (int i = 0; i < POINTS; i++) {
      if (one[i] != batch[i]) {
        throw new IllegalStateException("batch and single lookup differ at point " + i);
      }
      covered += one[i] >= 0 ? 1 : 0;
    }
    System.out.printf("[points] %,d random points, %,d covered; batch and single lookup agree on every one%n", POINTS,
        covered);
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public int[] singlePointLoop() {
    for (int i = 0; i < POINTS; i++) {
      out[i] = locator.locateOrdinalIn(system, lons[i], lats[i]);
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public int[] batchOneThread() {
    return locator.locateAllIn(system, lons, lats, Runnable::run, 1);
  }

  @Benchmark
  @OperationsPerInvocation(POINTS)
  public int[] batchTwoThreads() {
    return locator.locateAllIn(system, lons, lats, ForkJoinPool.commonPool(), 2);
  }
}

package org.gridgov.benchmarks.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Grid;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.GridLocator;
import org.gridgov.geo.IndexStats;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
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
 * Does the locator hold a province? About 330,000 generated basic grids in 广西
 * ({@link GeneratedGrids#guangxi330k()}, 3.6 million vertices):
 * <ul>
 *   <li>{@code buildLocator}: {@code GridLocator.build} of the whole set (single shots; the index
 *       builds its bands on the common fork-join pool, so on both cores), against
 *       {@code buildJtsStrtree} (baseline): an STRtree of the same polygons' envelopes, what a JTS
 *       user builds before preparing any polygon;</li>
 *   <li>{@code randomLookups}: {@code locateOrdinalIn} of uniform random points over the extent,
 *       one by one (points per second, one core).</li>
 * </ul>
 * The set-up prints the grids, the vertices, the first build's time and the index's memory
 * ({@code GridLocator.stats()}, counted from its arrays: bytes per vertex and per grid).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
public class ProvinceScaleBenchmark {
  static final int BATCH = 1024;
  static final int POINTS = 1 << 16;

  @Param({"guangxi330k"})
  public String dataset;

  private GeneratedGrids.Set set;
  private List<Geometry> polygons;
  private GridLocator locator;
  private CoordinateSystem system;
  private double[] xs;
  private double[] ys;
  private int cursor;

  @Setup(Level.Trial)
  public void setUp() {
    set = GeneratedGrids.guangxi330k();
    System.out.printf("%n[data] %s%n", set.howMade());
    polygons = new ArrayList<>();
    for (Grid g : set.tree().basicGrids(set.tree().scheme().baseLayer())) {
      set.basics().find(g.code()).map(GridBoundary::geometry).ifPresent(polygons::add);
    }
    long t0 = System.nanoTime();
    locator = GridLocator.build(set.tree(), set.basics());
    long wall = System.nanoTime() - t0;
    IndexStats s = locator.stats();
    System.out.printf("[index] %s: %,d grids, %,d vertices; first build %,d ms (GridLocator.build %,d ms in all, with "
        + "the cold JIT), %,d cores; %,d bytes = %.1f bytes/vertex = %.0f bytes/grid; %,d cells, %,d boundary leaves%n",
        dataset, s.grids(), s.vertices(), s.buildMillis(), wall / 1_000_000, Runtime.getRuntime().availableProcessors(),
        s.bytes(), s.bytesPerVertex(), (double) s.bytes() / s.grids(), s.cells(), s.boundaryLeaves());
    system = set.basics().coordinateSystem();
    Envelope e = set.basics().envelope();
    SplittableRandom random = new SplittableRandom(20261207L);
    xs = new double[POINTS];
    ys = new double[POINTS];
    int covered = 0;
    for (int i = 0; i < POINTS; i++) {
      xs[i] = e.getMinX() + random.nextDouble() * e.getWidth();
      ys[i] = e.getMinY() + random.nextDouble() * e.getHeight();
      covered += locator.locateOrdinalIn(system, xs[i], ys[i]) >= 0 ? 1 : 0;
    }
    System.out.printf("[points] %,d random points over the extent, %,d covered%n", POINTS, covered);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public GridLocator buildLocator() {
    return GridLocator.build(set.tree(), set.basics());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public STRtree buildJtsStrtree() {
    STRtree tree = new STRtree();
    for (int i = 0; i < polygons.size(); i++) {
      tree.insert(polygons.get(i).getEnvelopeInternal(), i);
    }
    tree.build();
    return tree;
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(BATCH)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public void randomLookups(Blackhole bh) {
    int from = cursor;
    cursor = (from + BATCH) & (POINTS - 1);
    for (int i = from; i < from + BATCH; i++) {
      bh.consume(locator.locateOrdinalIn(system, xs[i], ys[i]));
    }
  }
}

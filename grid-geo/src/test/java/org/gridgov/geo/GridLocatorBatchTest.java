package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.geo.testing.GeoGenerators;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.SmallTilings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch lookup gives, point for point, what the single lookup gives: on random points, on
 * and a few ulps off edges and vertices, outside every grid; on one thread and on several; small
 * batches (looked up in groups) and large ones (bucketed by band of the index first).
 */
class GridLocatorBatchTest {
  private static TilingGenerator.Tiling generated;
  private static GridLocator generatedLocator;
  private static GridLocator counties;
  private static ExecutorService pool;

  @BeforeAll
  static void build() {
    generated = SmallTilings.smallGenerated(7);
    generatedLocator = GridLocator.build(generated.tree(), generated.boundaries());
    counties = RealData.countyLocator();
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static int[] oneByOne(GridLocator locator, CoordinateSystem system, double[][] points) {
    int[] want = new int[points[0].length];
    for (int i = 0; i < want.length; i++) {
      want[i] = locator.locateOrdinalIn(system, points[0][i], points[1][i]);
    }
    return want;
  }

  @Test
  void aBatchOnTheCallingThreadGivesEachPointsSingleAnswer() {
    qt().withExamples(50).forAll(GeoGenerators.pointBatches(generated.boundaries(), 0, 5_000)).checkAssert(p ->
        assertThat(generatedLocator.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1]))
            .isEqualTo(oneByOne(generatedLocator, CoordinateSystem.GCJ02, p)));
  }

  @Test
  void aBatchSplitOverThreadsGivesEachPointsSingleAnswer() {
    qt().withExamples(10).forAll(GeoGenerators.pointBatches(generated.boundaries(), 10_000, 30_000),
        org.quicktheories.generators.Generate.range(1, 5)).checkAssert((p, threads) -> {
          int[] want = oneByOne(generatedLocator, CoordinateSystem.GCJ02, p);
          assertThat(generatedLocator.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1], pool, threads))
              .isEqualTo(want);
          assertThat(generatedLocator.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1], ForkJoinPool.commonPool(),
              threads)).isEqualTo(want);
        });
  }

  @Test
  void aLargeBatchBucketedByBandGivesEachPointsSingleAnswer() {
    // 70,000 and more points on the 862 counties' 60 MB index: bucketed by band, then grouped
    qt().withExamples(3).forAll(GeoGenerators.pointBatches(RealData.counties(), 70_000, 100_000),
        org.quicktheories.generators.Generate.range(1, 3)).checkAssert((p, threads) ->
            assertThat(counties.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1], pool, threads))
                .isEqualTo(oneByOne(counties, CoordinateSystem.GCJ02, p)));
  }

  @Test
  void wgs84PointsAreConvertedToTheLayersSystemAsTheSingleLookupDoes() {
    qt().withExamples(10).forAll(GeoGenerators.pointBatches(generated.boundaries(), 0, 20_000)).checkAssert(p -> {
      int[] want = oneByOne(generatedLocator, CoordinateSystem.WGS84, p);
      assertThat(generatedLocator.locateAll(p[0], p[1])).isEqualTo(want);
      assertThat(generatedLocator.locateAllIn(CoordinateSystem.WGS84, p[0], p[1], pool, 3)).isEqualTo(want);
    });
  }

  @Test
  void anExecutorThatRefusesWorkLeavesItToTheCallingThread() {
    qt().withExamples(3).forAll(GeoGenerators.pointBatches(generated.boundaries(), 20_000, 30_000)).checkAssert(p ->
        assertThat(generatedLocator.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1], task -> {
          throw new RejectedExecutionException("full");
        }, 4)).isEqualTo(oneByOne(generatedLocator, CoordinateSystem.GCJ02, p)));
  }

  @Test
  void anExecutorThatDropsItsTasksLeavesThemToTheCallingThread() {
    qt().withExamples(3).forAll(GeoGenerators.pointBatches(generated.boundaries(), 20_000, 40_000)).checkAssert(p ->
        assertThat(generatedLocator.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1], task -> { }, 4))
            .isEqualTo(oneByOne(generatedLocator, CoordinateSystem.GCJ02, p)));
  }

  @Test
  void aBatchCalledFromTheOnlyThreadOfItsOwnPoolDoesNotWaitForItself() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      qt().withExamples(2).forAll(GeoGenerators.pointBatches(generated.boundaries(), 20_000, 40_000)).checkAssert(p -> {
        int[] got;
        try {
          got = single.submit(() -> generatedLocator.locateAllIn(CoordinateSystem.GCJ02, p[0], p[1], single, 4))
              .get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError("the batch did not finish on its own pool's only thread", e);
        }
        assertThat(got).isEqualTo(oneByOne(generatedLocator, CoordinateSystem.GCJ02, p));
      });
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void badInputIsATypedErrorAndLocatesNothing() {
    double[] lons = {116, 117, 118};
    double[] lats = {40, 91, 40};
    assertThatThrownBy(() -> generatedLocator.locateAllIn(CoordinateSystem.WGS84, lons, lats, pool, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lats[1]");
    assertThatThrownBy(() -> generatedLocator.locateAllIn(CoordinateSystem.WGS84, lons, lats, pool, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("parallelism");
    assertThatThrownBy(() -> generatedLocator.locateAllIn(CoordinateSystem.WGS84, lons, lats, null, 2))
        .isInstanceOf(MissingValueException.class).hasMessageContaining("executor");
    assertThat(generatedLocator.locateAllIn(CoordinateSystem.WGS84, new double[0], new double[0], pool, 4)).isEmpty();
  }
}

package org.gridgov.benchmarks.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.GridNode;
import org.gridgov.workflow.spi.TicketHead;
import org.gridgov.workflow.spi.TimingLightCounts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long do the open tickets under a level-2 grid (a 社区 of Taibaihu, level 3 of its scheme, a few
 * basic grids) take,
 * out of 1,000,000 open tickets: the first page of 100 ({@code openUnder}), and their light counts
 * ({@code countLights(under, at)})? The in-memory store scans its heads; PostgreSQL reads an interval
 * of preorder ordinals on the partial index of open tickets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class OpenUnderGridBenchmark {
  @Param({"memory", "postgres"})
  public String store;

  @Param({"1000000"})
  public int tickets;

  private final Instant at = Instant.parse("2024-03-20T02:00:00Z");
  private StoreWorkload workload;
  private GridNode level2;

  @Setup(Level.Trial)
  public void setUp() {
    workload = new StoreWorkload(store);
    workload.fill(tickets);
    level2 = workload.tree.nodes().stream().filter(n -> n.level() == 3).skip(3).findFirst().orElseThrow();
    if (workload.store.openUnder(level2, Optional.empty(), 100).size() != 100) {
      throw new IllegalStateException("the level-2 grid " + level2 + " should hold more than 100 open tickets");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    workload.close();
  }

  @Benchmark
  public List<TicketHead> firstPageOf100() {
    return workload.store.openUnder(level2, Optional.empty(), 100);
  }

  @Benchmark
  public TimingLightCounts lightCountsUnder() {
    return workload.store.countLights(level2, at);
  }
}

package org.gridgov.benchmarks.workflow;

import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.TimingBoard;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does a command centre's header take — how many open tickets are red, yellow and green in
 * the city, in one street, in one community? Contender: the {@link TimingBoard}'s ladders (two binary
 * searches per grid asked). Baseline: the board as it was, one pass over a million rows of columns
 * ({@link ColumnBoard}). The workload is {@link BoardWorkload}: {@code tickets} open tickets in
 * Taibaihu's 219 basic grids.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class BoardCountsBenchmark {
  @Param({"1000000"})
  public int tickets;

  private BoardWorkload w;

  @Setup(Level.Trial)
  public void setUp() {
    w = new BoardWorkload(tickets, true);
  }

  @Benchmark
  public TimingLightCounts boardCity() {
    return w.board.counts(BoardWorkload.AT);
  }

  @Benchmark
  public TimingLightCounts boardStreet() {
    return w.board.counts(w.street, BoardWorkload.AT);
  }

  @Benchmark
  public TimingLightCounts boardCommunity() {
    return w.board.counts(w.community, BoardWorkload.AT);
  }

  @Benchmark
  public long[] baselineColumnsCity() {
    return w.columns.counts(w.city, BoardWorkload.AT);
  }

  @Benchmark
  public long[] baselineColumnsCommunity() {
    return w.columns.counts(w.community, BoardWorkload.AT);
  }
}

package org.gridgov.benchmarks.workflow;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TimingBoard;
import org.gridgov.workflow.TimingLight;
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
 * How long does the first page of a grid's red tickets take — the 100 longest overdue under the city,
 * a street, a community? Contender: the {@link TimingBoard}'s red ladder of that grid, read from its
 * start. Baseline: one pass over the columns keeping the 100 oldest in a bounded heap
 * ({@link ColumnBoard}). Workload: {@link BoardWorkload}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class BoardRedPageBenchmark {
  @Param({"1000000"})
  public int tickets;

  private BoardWorkload w;

  @Setup(Level.Trial)
  public void setUp() {
    w = new BoardWorkload(tickets, true);
  }

  @Benchmark
  public List<TicketId> boardCity() {
    return w.board.page(w.city, TimingLight.RED, BoardWorkload.AT, 100);
  }

  @Benchmark
  public List<TicketId> boardStreet() {
    return w.board.page(w.street, TimingLight.RED, BoardWorkload.AT, 100);
  }

  @Benchmark
  public List<TicketId> boardCommunity() {
    return w.board.page(w.community, TimingLight.RED, BoardWorkload.AT, 100);
  }

  @Benchmark
  public List<TicketId> baselineColumnsCommunity() {
    return w.columns.reds(w.community, BoardWorkload.AT, 100);
  }
}

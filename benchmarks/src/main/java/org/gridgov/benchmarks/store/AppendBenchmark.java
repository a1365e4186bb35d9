package org.gridgov.benchmarks.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.TicketId;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How many appends a second does a store take? One invocation opens one ticket: one REPORTED event
 * with its main clock, the head row and (for PostgreSQL) the outbox insert, one statement and one
 * commit. The in-memory store is the baseline; PostgreSQL runs with {@code synchronous_commit} off
 * and on.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class AppendBenchmark {
  @Param({"memory", "postgres", "postgres-sync"})
  public String store;

  private StoreWorkload workload;
  private final AtomicInteger threads = new AtomicInteger();

  /** Each thread's own ticket numbers. */
  @State(Scope.Thread)
  public static class Ids {
    int thread = -1;
    int next;
  }

  @Setup(Level.Trial)
  public void setUp() {
    workload = new StoreWorkload(store);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    workload.close();
  }

  private void open(Ids ids) {
    if (ids.thread < 0) {
      ids.thread = threads.incrementAndGet();
    }
    int n = ids.next++;
    workload.open(TicketId.of("a-" + ids.thread + "-" + n), n, StoreWorkload.T0.plusSeconds(n), TimeLimit.workingDays(5));
  }

  @Benchmark
  @Threads(1)
  public void oneThread(Ids ids) {
    open(ids);
  }

  @Benchmark
  @Threads(4)
  public void fourThreads(Ids ids) {
    open(ids);
  }
}

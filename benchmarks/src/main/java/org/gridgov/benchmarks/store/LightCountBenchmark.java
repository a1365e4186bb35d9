package org.gridgov.benchmarks.store;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
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
 * How long does counting every open ticket by timing light take in the store
 * ({@code TicketStore.countLights(at)})? 1,000,000 open tickets; the in-memory store scans its heads,
 * PostgreSQL counts on the partial index of open tickets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class LightCountBenchmark {
  @Param({"memory", "postgres"})
  public String store;

  @Param({"1000000"})
  public int tickets;

  private final Instant at = Instant.parse("2024-03-20T02:00:00Z");
  private StoreWorkload workload;

  @Setup(Level.Trial)
  public void setUp() {
    workload = new StoreWorkload(store);
    workload.fill(tickets);
    TimingLightCounts c = workload.store.countLights(at);
    if (c.total() != tickets || c.red() == 0 || c.yellow() == 0 || c.green() == 0) {
      throw new IllegalStateException("the workload should have every light: " + c);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    workload.close();
  }

  @Benchmark
  public TimingLightCounts countLights() {
    return workload.store.countLights(at);
  }
}

package org.gridgov.benchmarks.workflow;

import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
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
 * Does the in-memory store keep a city's year — {@code tickets} standard-loop tickets of 10 events
 * each — in a 4 GiB heap, and how long does filling it take? One shot runs every ticket through the
 * real service (report, accept, smart dispatch, sign, handle, feed back, verify, revisit, rate: 9
 * commands, 10 events, closed) on a fresh {@link InMemoryTicketStore} in a JVM with {@code -Xmx4g};
 * after the shot the heap is collected and the store's retained size printed, per ticket and per
 * event. An {@link OutOfMemoryError} fails the run. The shot's time is the fill time (commands per
 * shot = 9 × tickets).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class StoreMemoryBenchmark {
  @Param({"1000000"})
  public int tickets;

  private WorkflowWorld world;
  private MutableClock clock;
  private InMemoryTicketStore store;
  private TicketService service;
  private long before;

  @Setup(Level.Iteration)
  public void setUp() {
    world = new WorkflowWorld();
    clock = MutableClock.at("2024-03-04T09:30");
    store = new InMemoryTicketStore();
    service = world.service(clock, store);
    before = BoardWorkload.usedAfterGc();
  }

  @Benchmark
  public InMemoryTicketStore fillWithStandardLoops() {
    WorkflowWorld w = world;
    for (int i = 0; i < tickets; i++) {
      TicketId id = service.report(w.report(WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.HEYUN_1), w.worker).id();
      service.execute(Command.of(id, "accept", w.centre));
      service.execute(Command.of(id, "dispatch", w.centre));
      service.execute(Command.of(id, "sign", w.urbanManagement));
      service.execute(Command.of(id, "handle", w.urbanManagement));
      service.execute(Command.of(id, "feed-back", w.urbanManagement));
      service.execute(Command.on(id, "verify", w.worker).passed(true).build());
      service.execute(Command.of(id, "revisit", w.centre));
      service.execute(Command.on(id, "rate", w.centre).satisfaction(Satisfaction.SATISFIED).build());
      if ((i & 1023) == 0) {
        clock.advance(java.time.Duration.ofMinutes(1));
      }
    }
    return store;
  }

  @TearDown(Level.Iteration)
  public void report() {
    long after = BoardWorkload.usedAfterGc();
    long[] n = {0};
    store.forEachTicket(id -> n[0] += store.version(id));
    long events = n[0];
    long bytes = after - before;
    System.out.printf("%nstore: %,d tickets, %,d events; heap used after GC grew by %,d bytes: %.0f B per ticket, "
        + "%.0f B per event; heap max %,d bytes%n", store.size(), events, bytes, bytes / (double) store.size(),
        bytes / (double) events, Runtime.getRuntime().maxMemory());
  }
}

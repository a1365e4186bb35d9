package org.gridgov.benchmarks.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.InMemoryTicketStore;
import org.gridgov.workflow.spi.TicketStore;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
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
 * How many commands per second does the service apply on the in-memory store, with every check on
 * (definition, state, scope, role, arguments, calendar deadlines, optimistic append, board update)?
 *
 * <p>One invocation runs one ticket's full standard loop — report, accept, smart dispatch, sign,
 * handle, feed back, verify, revisit, rate — nine commands and ten events, while {@code open}
 * other tickets sit open in the same store. The contender reads the ticket from the store's cached
 * replayed state; the baseline uses a store that keeps no snapshot, so every command replays the
 * ticket's events first.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class CommandThroughputBenchmark {
  private static final int COMMANDS = 9;

  @Param({"100000"})
  public int open;

  private WorkflowWorld world;
  private TicketService cached;
  private TicketService replaying;

  @Setup(Level.Iteration)
  public void setUp() {
    world = new WorkflowWorld();
    MutableClock clock = MutableClock.at("2024-03-04T09:30");
    cached = world.service(clock, new InMemoryTicketStore());
    replaying = world.service(clock, new NoSnapshotStore(new InMemoryTicketStore()));
    for (int i = 0; i < open; i++) {
      Ticket t = cached.report(world.report(WorkflowWorld.ROAD_DAMAGE, world.basicGrids().get(i % 3)), world.centre);
      cached.execute(Command.of(t.id(), "accept", world.centre));
    }
    // the previous iteration's store is garbage now: collect it here, not during the measurement
    System.gc();
  }

  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public Ticket fullLoopOnCachedState() {
    return loop(cached);
  }

  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public Ticket fullLoopReplayingEachCommand() {
    return loop(replaying);
  }

  private Ticket loop(TicketService s) {
    WorkflowWorld w = world;
    TicketId id = s.report(w.report(WorkflowWorld.ROAD_DAMAGE, WorkflowWorld.HEYUN_1), w.worker).id();
    s.execute(Command.of(id, "accept", w.centre));
    s.execute(Command.of(id, "dispatch", w.centre));
    s.execute(Command.of(id, "sign", w.urbanManagement));
    s.execute(Command.of(id, "handle", w.urbanManagement));
    s.execute(Command.of(id, "feed-back", w.urbanManagement));
    s.execute(Command.on(id, "verify", w.worker).passed(true).build());
    s.execute(Command.of(id, "revisit", w.centre));
    return s.execute(Command.on(id, "rate", w.centre).satisfaction(Satisfaction.SATISFIED).build());
  }

  /** A store that keeps no snapshot: the service replays every ticket from its events. */
  static final class NoSnapshotStore implements TicketStore {
    private final TicketStore inner;

    NoSnapshotStore(TicketStore inner) {
      this.inner = inner;
    }

    @Override
    public void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after) {
      inner.append(ticket, expectedVersion, events, after);
    }

    @Override
    public List<TicketEvent> events(TicketId ticket) {
      return inner.events(ticket);
    }

    @Override
    public List<TicketEvent> eventsAfter(TicketId ticket, long version) {
      return inner.eventsAfter(ticket, version);
    }

    @Override
    public long version(TicketId ticket) {
      return inner.version(ticket);
    }

    @Override
    public Optional<Ticket> snapshot(TicketId ticket) {
      return Optional.empty();
    }

    @Override
    public void forEachTicket(Consumer<TicketId> action) {
      inner.forEachTicket(action);
    }

    @Override
    public List<TicketEvent> eventsBetween(Instant from, Instant to) {
      return inner.eventsBetween(from, to);
    }
  }
}

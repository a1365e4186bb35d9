package org.gridgov.benchmarks.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.MatterClass;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Channel;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Priority;
import org.gridgov.workflow.Reporter;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TimingBoard;
import org.gridgov.workflow.TimingLight;
import org.gridgov.workflow.TimingLights;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long does listing every open ticket by timing light take? The contender is
 * {@link TimingBoard#lights}: it counts from its ladders, then one branch-free pass over its slot
 * columns fills three exact-size lists; the baselines walk the replayed tickets
 * ({@link Ticket#lightAt}) and replay each ticket's event list first. Tickets are filed at
 * random instants over two months with 2-hour to 15-day limits, so all three lights occur.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class TimingLightScanBenchmark {
  @Param({"1000000"})
  public int tickets;

  private final Instant at = Instant.parse("2024-03-20T02:00:00Z");
  private TimingBoard board;
  private List<Ticket> replayed;
  private List<List<TicketEvent>> logs;
  private ColumnBoard columns;

  @Setup(Level.Trial)
  public void setUp() {
    WorkflowWorld world = new WorkflowWorld();
    BusinessCalendar calendar = BusinessCalendar.chinese();
    SplittableRandom random = new SplittableRandom(2024);
    TimeLimit[] limits = {TimeLimit.workingHours(2), TimeLimit.workingDays(5), TimeLimit.workingDays(15), TimeLimit.calendarDays(7)};
    Instant from = Instant.parse("2024-02-01T01:00:00Z");
    board = TimingBoard.of(world.tree);
    replayed = new ArrayList<>(tickets);
    logs = new ArrayList<>(tickets);
    for (int i = 0; i < tickets; i++) {
      TicketId id = TicketId.of("T" + i);
      Instant start = from.plusSeconds(random.nextLong(48L * 24 * 3600));
      TimeLimit limit = limits[random.nextInt(limits.length)];
      Deadline d = calendar.start(start, limit);
      TicketEvent reported = TicketEvent.builder().ticketId(id).version(1).type(TicketEventType.REPORTED).transition("report")
          .state("reported").actor(world.worker).role("reporter").occurredAt(start)
          .payload(new EventPayload.Reported("standard", Channel.PATROL, WorkflowWorld.ROAD_DAMAGE, MatterClass.ESCALATED,
              limit, "urban-management", WorkflowWorld.HEYUN_1, Optional.empty(), Reporter.gridStaff("zhang-min"),
              Priority.NORMAL, "路面破损"))
          .matterType(WorkflowWorld.ROAD_DAMAGE).grid(WorkflowWorld.HEYUN_1).handlingGrid(WorkflowWorld.HEYUN_1).build();
      TicketEvent accepted = TicketEvent.builder().from(reported).version(2).type(TicketEventType.ACCEPTED).transition("accept")
          .fromState("reported").state("filed").enteredState(true).actor(world.centre).role("command-centre")
          .payload(EventPayload.none()).deadline(d).build();
      List<TicketEvent> log = List.of(reported, accepted);
      Ticket t = Ticket.replay(log);
      logs.add(log);
      replayed.add(t);
      board.update(t);
    }
    List<org.gridgov.workflow.spi.TicketHead> heads = new ArrayList<>(tickets);
    replayed.forEach(t -> heads.add(org.gridgov.workflow.spi.TicketHead.withClockAlarm(t)));
    columns = new ColumnBoard(world.tree, heads);
    System.out.printf("%nboard: %,d open tickets, arrays counted %,d bytes (%.1f B per open ticket)%n", board.size(),
        board.bytes(), board.bytes() / (double) tickets);
  }

  /** Baseline: the board as it was before issue 17, one branchy pass into three growing lists. */
  @Benchmark
  public List<List<TicketId>> baselineColumnScan() {
    return columns.lists(at);
  }

  @Benchmark
  public TimingLights boardScan() {
    return board.lights(at);
  }

  @Benchmark
  public int[] walkReplayedTickets() {
    int[] counts = new int[3];
    List<TicketId> green = new ArrayList<>();
    List<TicketId> yellow = new ArrayList<>();
    List<TicketId> red = new ArrayList<>();
    for (Ticket t : replayed) {
      TimingLight light = t.lightAt(at);
      counts[light.ordinal()]++;
      (light == TimingLight.GREEN ? green : light == TimingLight.YELLOW ? yellow : red).add(t.id());
    }
    return counts;
  }

  @Benchmark
  public int[] replayEventListsThenClassify() {
    int[] counts = new int[3];
    for (List<TicketEvent> log : logs) {
      counts[Ticket.replay(log).lightAt(at).ordinal()]++;
    }
    return counts;
  }
}

package org.gridgov.benchmarks.workflow;

import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridgov.workflow.TimingBoard;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does one event cost the board with a million open tickets? Each operation builds the head of
 * a random open ticket at its next version (what the service hands the board after a commit) and
 * updates the board. {@code moveBoth}: the event moves both instants (a clock started, resumed or
 * extended) — the ticket's keys move in the yellow and red ladders of its basic grid and its three
 * ancestors; {@code sameInstants}: the event leaves the clock alone (most events: sign, feed back,
 * revisit, a note). The board moves keys in sorted batches, caught up before every question, so
 * these are amortised figures; {@code moveBothThenCityCounts} asks after every event, which leaves
 * nothing to batch. Baseline: the board as it was ({@link ColumnBoard}: a hash-map row and column
 * writes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class BoardUpdateBenchmark {
  @Param({"1000000"})
  public int tickets;

  private BoardWorkload w;
  private TicketHead[] current;
  private Instant[][] instants;
  private int[] order;
  private int cursor;
  private int pick;

  @Setup(Level.Trial)
  public void setUp() {
    w = new BoardWorkload(tickets, true);
    current = w.heads.toArray(new TicketHead[0]);
    SplittableRandom random = new SplittableRandom(17);
    order = new int[1 << 20];
    for (int i = 0; i < order.length; i++) {
      order[i] = random.nextInt(tickets);
    }
    instants = new Instant[4096][];
    for (int i = 0; i < instants.length; i++) {
      TicketHead h = current[random.nextInt(tickets)];
      instants[i] = new Instant[] {h.yellowAt().get(), h.redAfter().get()};
    }
  }

  private TicketHead next(boolean move) {
    int i = order[cursor++ & (order.length - 1)];
    TicketHead h = current[i];
    Optional<Instant> y = h.yellowAt();
    Optional<Instant> r = h.redAfter();
    if (move) {
      Instant[] p = instants[pick++ & (instants.length - 1)];
      y = Optional.of(p[0]);
      r = Optional.of(p[1]);
    }
    TicketHead n = new TicketHead(h.id(), h.version() + 1, true, h.grid(), h.matterType(), h.state(), h.department(),
        h.reportedAt(), h.updatedAt(), y, r, y);
    current[i] = n;
    return n;
  }

  @Benchmark
  public void moveBoth() {
    w.board.update(next(true));
  }

  /**
   * A clock starts (or resumes) now: the ticket's new instants lie ahead of an advancing "now" (one
   * second every 20 events, a city's pace), where the ladders' hot end is.
   */
  @Benchmark
  public void clockStartsNow() {
    int i = order[cursor++ & (order.length - 1)];
    TicketHead h = current[i];
    Instant now = BoardWorkload.AT.plusSeconds(cursor / 20);
    Instant[] p = instants[pick++ & (instants.length - 1)];
    long limit = p[1].getEpochSecond() - h.reportedAt().getEpochSecond();
    Optional<Instant> r = Optional.of(now.plusSeconds(Math.floorMod(limit, 15 * 24 * 3600L)));
    Optional<Instant> y = Optional.of(now.plusSeconds(Math.floorMod(limit, 15 * 24 * 3600L) * 4 / 5));
    TicketHead n = new TicketHead(h.id(), h.version() + 1, true, h.grid(), h.matterType(), h.state(), h.department(),
        h.reportedAt(), h.updatedAt(), y, r, y);
    current[i] = n;
    w.board.update(n);
  }

  @Benchmark
  public void sameInstants() {
    w.board.update(next(false));
  }

  /**
   * Each moving event followed at once by the city's counts: the board's ladders catch up on every
   * question, so this is what a screen that asks after every single event pays (no batching left).
   */
  @Benchmark
  public TimingLightCounts moveBothThenCityCounts() {
    w.board.update(next(true));
    return w.board.counts(w.city, BoardWorkload.AT);
  }

  @Benchmark
  public void baselineColumnsMoveBoth() {
    w.columns.update(next(true));
  }
}

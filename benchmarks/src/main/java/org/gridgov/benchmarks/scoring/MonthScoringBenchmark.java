package org.gridgov.benchmarks.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.core.Grid;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.Figures;
import org.gridgov.scoring.IndicatorAccumulator;
import org.gridgov.scoring.Indicators;
import org.gridgov.scoring.Ranking;
import org.gridgov.scoring.Score;
import org.gridgov.scoring.ScoredRole;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.TicketEvent;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long does a month of {@code events} ticket events take to become the month's indicators and
 * rankings? One operation: every event through an {@link IndicatorAccumulator}'s {@code acceptAll}
 * (tracing off, or on), the snapshot, the composite scores of the 8 departments, 57 community grids and the
 * dispatchers, and their three rankings.
 *
 * <p>Baseline: the same counting done the obvious way — a {@code HashMap<String, Long>} keyed by
 * subject and indicator, the grid's ancestors asked of the tree for every event. Scale-out:
 * two shards by ticket scored on two threads and merged. Floor: only what following the tickets
 * needs at least with event objects as input — read each event, find its ticket by id in a
 * {@code java.util.HashMap} and keep its last version — with nothing counted.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class MonthScoringBenchmark {
  @Param({"1000000"})
  public int events;

  private GridTree tree;
  private MatterCatalogue catalogue;
  private List<TicketEvent> stream;
  private List<TicketEvent> shardA;
  private List<TicketEvent> shardB;
  private CompositeWeights weights;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    tree = ScoringWorkload.world().tree;
    catalogue = ScoringWorkload.world().catalogue;
    stream = ScoringWorkload.events(events);
    weights = CompositeWeights.standard();
    shardA = new ArrayList<>();
    shardB = new ArrayList<>();
    for (TicketEvent e : stream) {
      ((e.ticketId().hashCode() & 1) == 0 ? shardA : shardB).add(e);
    }
    pool = Executors.newFixedThreadPool(2);
    for (boolean tracing : new boolean[] {false, true}) {
      IndicatorAccumulator acc = IndicatorAccumulator.builder(tree, catalogue).period(ScoringWorkload.APRIL).tracing(tracing)
          .build();
      acc.acceptAll(stream);
      System.out.printf("%naccumulator%s: %,d events, %,d tickets followed; arrays counted %,d bytes (%.1f B per event, %.1f B "
          + "per ticket)%n", tracing ? " with evidence" : "", stream.size(), acc.ticketsFollowed(), acc.bytes(),
          acc.bytes() / (double) stream.size(), acc.bytes() / (double) acc.ticketsFollowed());
    }
    System.gc();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  private Indicators count(List<TicketEvent> events, boolean tracing) {
    IndicatorAccumulator acc = IndicatorAccumulator.builder(tree, catalogue).period(ScoringWorkload.APRIL).tracing(tracing).build();
    acc.acceptAll(events);
    return acc.snapshot();
  }

  private void rank(Indicators ind, Blackhole bh) {
    List<Score> departments = new ArrayList<>();
    for (Figures f : ind.departments()) {
      departments.add(weights.score(ScoredRole.DEPARTMENT, f));
    }
    bh.consume(Ranking.of(ScoredRole.DEPARTMENT, departments));
    List<Score> communities = new ArrayList<>();
    for (Figures f : ind.gridsAtLevel(3)) {
      communities.add(weights.score(ScoredRole.GRID_LEADER, f));
    }
    bh.consume(Ranking.of(ScoredRole.GRID_LEADER, communities));
    List<Score> dispatchers = new ArrayList<>();
    for (Figures f : ind.dispatchers()) {
      dispatchers.add(weights.score(ScoredRole.DISPATCHER, f));
    }
    bh.consume(Ranking.of(ScoredRole.DISPATCHER, dispatchers));
  }

  /** Contender: one pass into primitive tables, then scores and rankings. */
  @Benchmark
  public void indicatorsAndRanking(Blackhole bh) {
    rank(count(stream, false), bh);
  }

  /** The same with the evidence behind every count kept. */
  @Benchmark
  public void indicatorsAndRankingWithEvidence(Blackhole bh) {
    rank(count(stream, true), bh);
  }

  /** Two shards by ticket on two threads, merged (the monoid at work). */
  @Benchmark
  public void twoShardsOnTwoThreadsMerged(Blackhole bh) throws Exception {
    Future<Indicators> a = pool.submit(() -> count(shardA, false));
    Future<Indicators> b = pool.submit(() -> count(shardB, false));
    rank(a.get().merge(b.get()), bh);
  }

  /**
   * Floor: every event read and its ticket followed by version through a {@code HashMap<String,
   * Integer>} from id to a dense number (new tickets added, repeats told apart), nothing counted.
   * The accumulator does this and counts; no accumulator fed these event objects can be faster.
   */
  @Benchmark
  public long floorFollowTicketsInHashMap() {
    HashMap<String, Integer> tickets = new HashMap<>();
    long[] version = new long[1024];
    long repeats = 0;
    for (TicketEvent e : stream) {
      String id = e.ticketId().value();
      Integer t = tickets.get(id);
      if (t == null) {
        t = tickets.size();
        tickets.put(id, t);
        if (t == version.length) {
          version = Arrays.copyOf(version, 2 * t);
        }
      }
      if (e.version() > version[t]) {
        version[t] = e.version();
      } else {
        repeats++;
      }
    }
    return repeats + tickets.size();
  }

  /** Baseline: string-keyed hash map counting of the same events (received, closed, on time, overdue, rework, rated). */
  @Benchmark
  public void baselineHashMapCounting(Blackhole bh) {
    Map<String, Long> counts = new HashMap<>();
    for (TicketEvent e : stream) {
      if (!ScoringWorkload.APRIL.contains(e.occurredAt())) {
        continue;
      }
      String what;
      switch (e.type()) {
        case REPORTED:
          what = "RECEIVED";
          break;
        case CLOSED:
          what = ((EventPayload.Closed) e.payload()).onTime() ? "CLOSED_ON_TIME" : "CLOSED";
          break;
        case OVERDUE:
          what = "OVERDUE";
          break;
        case VERIFICATION_FAILED:
        case REOPENED:
          what = "REWORK";
          break;
        case RATED:
          what = "RATED";
          break;
        case DISPATCHED:
          what = "DISPATCHED";
          break;
        default:
          continue;
      }
      counts.merge("G:" + e.grid().value() + ":" + what, 1L, Long::sum);
      for (Grid a : tree.ancestors(e.grid())) {
        counts.merge("G:" + a.code().value() + ":" + what, 1L, Long::sum);
      }
      if (e.department().isPresent()) {
        counts.merge("D:" + e.department().get() + ":" + what, 1L, Long::sum);
      }
    }
    bh.consume(counts);
  }
}

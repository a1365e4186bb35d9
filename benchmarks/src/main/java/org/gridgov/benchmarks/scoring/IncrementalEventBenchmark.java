package org.gridgov.benchmarks.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.scoring.CompositeWeights;
import org.gridgov.scoring.IndicatorAccumulator;
import org.gridgov.scoring.Ranking;
import org.gridgov.scoring.Score;
import org.gridgov.scoring.ScoredRole;
import org.gridgov.scoring.Subject;
import org.gridgov.workflow.TicketEvent;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What does one new event cost a live month? The accumulator holds {@code before} events of the
 * month; each operation takes one of the next {@value #BATCH} fresh events (the incremental
 * update: O(depth) increments and one hash lookup), and — in the second variant — also re-scores
 * the event's department from the live figures and re-ranks the 8 departments (a live
 * leaderboard). Baseline: counting the whole month again from scratch for the new event, as a
 * system without incremental updates would (one operation = one recount).
 *
 * <p>Single-shot iterations: before each, the accumulator is rebuilt with the {@code before}
 * events; the shot then takes the next {@value #BATCH} fresh events once each (no event is
 * measured twice, no repeat takes the cheap path). Scores are per event
 * ({@code @OperationsPerInvocation}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class IncrementalEventBenchmark {
  static final int BATCH = 20_000;

  @Param({"900000"})
  public int before;

  private List<TicketEvent> stream;
  private IndicatorAccumulator live;
  private CompositeWeights weights;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    stream = ScoringWorkload.events(before + BATCH);
    weights = CompositeWeights.standard();
  }

  @Setup(Level.Iteration)
  public void fill() {
    live = IndicatorAccumulator.builder(ScoringWorkload.world().tree, ScoringWorkload.world().catalogue)
        .period(ScoringWorkload.APRIL).build();
    for (int i = 0; i < before; i++) {
      live.accept(stream.get(i));
    }
    next = before;
    System.out.printf("%nlive accumulator: %,d events, %,d tickets followed; arrays counted %,d bytes (%.1f B per event)%n",
        before, live.ticketsFollowed(), live.bytes(), live.bytes() / (double) before);
    System.gc();
  }

  private TicketEvent fresh() {
    return stream.get(next++);
  }

  /** Contender: one event into the live indicators. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void oneEvent(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      bh.consume(live.accept(fresh()));
    }
  }

  /** One event, then its department re-scored and the 8 departments re-ranked from live figures. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void oneEventThenLiveDepartmentRanking(Blackhole bh) {
    List<String> departments = ScoringWorkload.world().catalogue.departments().stream().map(d -> d.id()).toList();
    for (int i = 0; i < BATCH; i++) {
      live.accept(fresh());
      List<Score> scores = new ArrayList<>(departments.size());
      for (String d : departments) {
        scores.add(weights.score(ScoredRole.DEPARTMENT, live.figures(Subject.department(d))));
      }
      bh.consume(Ranking.of(ScoredRole.DEPARTMENT, scores));
    }
  }

  /** Baseline: no incremental update — the month counted again from scratch for the one new event. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void baselineRecountTheMonth(Blackhole bh) {
    IndicatorAccumulator again = IndicatorAccumulator.builder(ScoringWorkload.world().tree, ScoringWorkload.world().catalogue)
        .period(ScoringWorkload.APRIL).build();
    for (int i = 0; i <= before; i++) {
      again.accept(stream.get(i));
    }
    bh.consume(again.snapshot());
  }
}

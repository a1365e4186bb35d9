package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.scoring.testing.ScoringGenerators;
import org.gridgov.scoring.testing.SimWorld;
import org.gridgov.scoring.testing.TicketSimulation;
import org.gridgov.workflow.TicketEvent;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
  private static final SimWorld WORLD = ScoringGenerators.smallWorld();

  private static Indicators score(List<TicketEvent> events, ScoringPeriod p, HistorySource h) {
    return IndicatorAccumulator.builder(WORLD.tree, WORLD.catalogue).period(p).tracing(true).history(h).build()
        .acceptAll(events).snapshot();
  }

  private static ScoringPeriod monthOf(TicketSimulation.Run run) {
    return ScoringPeriod.containing(PeriodKind.MONTH, run.start(), ScoringPeriod.CHINA);
  }

  @Test
  void shardsByTicketMergeToTheOnePassFigures() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(6), range(1, 5), range(0, 10_000)).checkAssert((run, k, seed) -> {
      ScoringPeriod p = monthOf(run);
      Indicators whole = score(run.events(), p, HistorySource.none());
      Indicators merged = Indicators.empty(WORLD.tree, WORLD.catalogue, p, true);
      for (List<TicketEvent> shard : ScoringGenerators.splitByTicket(run.events(), k, seed)) {
        merged = merged.merge(score(shard, p, HistorySource.none()));
      }
      assertThat(merged).isEqualTo(whole);
    });
  }

  @Test
  void shardsCutAnywhereMergeToTheOnePassFiguresWhenEachCanLookBack() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(6), range(1, 5), range(0, 10_000)).checkAssert((run, k, seed) -> {
      ScoringPeriod p = monthOf(run);
      HistorySource store = HistorySource.of(run.service().store());
      Indicators whole = score(run.events(), p, HistorySource.none());
      Indicators merged = null;
      for (List<TicketEvent> shard : ScoringGenerators.splitAnywhere(run.events(), k, seed)) {
        Indicators part = score(shard, p, store);
        merged = merged == null ? part : merged.merge(part);
      }
      assertThat(merged).isEqualTo(whole);
    });
  }

  @Test
  void mergeIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().withExamples(25).forAll(ScoringGenerators.runs(5), range(0, 10_000)).checkAssert((run, seed) -> {
      ScoringPeriod p = monthOf(run);
      HistorySource store = HistorySource.of(run.service().store());
      List<List<TicketEvent>> s = ScoringGenerators.splitAnywhere(run.events(), 3, seed);
      Indicators a = score(s.get(0), p, store);
      Indicators b = score(s.get(1), p, store);
      Indicators c = score(s.get(2), p, store);
      Indicators e = Indicators.empty(WORLD.tree, WORLD.catalogue, p, true);
      assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
      assertThat(a.merge(b)).isEqualTo(b.merge(a));
      assertThat(a.merge(e)).isEqualTo(a);
      assertThat(e.merge(a)).isEqualTo(a);
    });
  }

  @Test
  void aGridsFiguresAreTheSumOfItsChildrensFigures() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(8)).checkAssert(run -> {
      Indicators ind = score(run.events(), monthOf(run), HistorySource.none());
      for (GridNode n : WORLD.tree.nodes()) {
        if (n.children().isEmpty()) {
          continue;
        }
        Figures sum = Figures.zero(Subject.grid(n.code()));
        for (GridNode c : n.children()) {
          sum = sum.plus(ind.grid(c.code()));
        }
        assertThat(ind.grid(n.code())).as(n.code().value()).isEqualTo(sum);
      }
      Figures roots = null;
      for (Grid r : WORLD.tree.roots()) {
        roots = roots == null ? ind.grid(r.code()) : roots.plus(ind.grid(r.code()));
      }
      assertThat(ind.total().sameCounts(roots)).isTrue();
    });
  }

  @Test
  void aMonthIsTheSumOfItsDaysAndAQuarterTheSumOfItsMonths() {
    qt().withExamples(10).forAll(ScoringGenerators.runs(10)).checkAssert(run -> {
      ScoringPeriod month = monthOf(run);
      List<Indicators> days = new ArrayList<>();
      for (ScoringPeriod d : month.dayPeriods()) {
        days.add(score(run.events(), d, HistorySource.none()));
      }
      assertThat(Indicators.over(month, days)).isEqualTo(score(run.events(), month, HistorySource.none()));
      ScoringPeriod quarter = ScoringPeriod.containing(PeriodKind.QUARTER, run.start(), ScoringPeriod.CHINA);
      ScoringPeriod first = ScoringPeriod.containing(PeriodKind.MONTH, quarter.firstDay(), ScoringPeriod.CHINA);
      List<Indicators> months = List.of(score(run.events(), first, HistorySource.none()),
          score(run.events(), first.next(), HistorySource.none()), score(run.events(), first.next().next(), HistorySource.none()));
      assertThat(Indicators.over(quarter, months)).isEqualTo(score(run.events(), quarter, HistorySource.none()));
    });
  }

  @Test
  void indicatorsLaidOutDifferentlyDoNotMerge() {
    ScoringPeriod april = ScoringPeriod.month(YearMonth.of(2024, 4));
    Indicators a = Indicators.empty(WORLD.tree, WORLD.catalogue, april, true);
    assertThatThrownBy(() -> a.merge(Indicators.empty(WORLD.tree, WORLD.catalogue, april.next(), true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("different periods");
    assertThatThrownBy(() -> a.merge(Indicators.empty(WORLD.tree, WORLD.catalogue, april, false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("evidence");
    assertThatThrownBy(() -> a.merge(Indicators.empty(SimWorld.small().tree, WORLD.catalogue, april, true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("different grid trees");
    Indicators day = Indicators.empty(WORLD.tree, WORLD.catalogue, ScoringPeriod.day(april.firstDay()), true);
    assertThatThrownBy(() -> Indicators.over(april, List.of(day, day))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overlaps");
    assertThatThrownBy(() -> Indicators.over(april, List.of(Indicators.empty(WORLD.tree, WORLD.catalogue,
        ScoringPeriod.day(april.lastDay().plusDays(1)), true)))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("within");
  }
}

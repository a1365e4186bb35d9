package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.Grid;
import org.gridgov.scoring.testing.ScoringGenerators;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.testing.WorkflowGenerators;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * The scoring invariants again, on the event streams of grid-workflow's own generators (random
 * legal and illegal command plans by several actors, run through a real service): a second,
 * independent source of genuine streams beside {@link ScoringGenerators#runs}.
 */
class WorkflowGeneratedStreamsTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();

  private static List<TicketEvent> flat(List<List<TicketEvent>> histories) {
    List<TicketEvent> out = new ArrayList<>();
    histories.forEach(out::addAll);
    return out;
  }

  private static ScoringPeriod periodOf(List<TicketEvent> events) {
    return ScoringPeriod.containing(PeriodKind.HALF_YEAR, events.get(0).occurredAt(), ScoringPeriod.CHINA);
  }

  @Test
  void theAccumulatorCountsWhatTheDefinitionsSay() {
    qt().withExamples(60).forAll(WorkflowGenerators.histories(WORLD, 40)).checkAssert(h -> {
      List<TicketEvent> events = flat(h);
      ScoringPeriod p = periodOf(events);
      Indicators ind = IndicatorAccumulator.builder(WORLD.tree, WORLD.catalogue).period(p).build().acceptAll(events).snapshot();
      NaiveIndicators naive = NaiveIndicators.of(WORLD.tree, events, p);
      for (Grid g : WORLD.tree.grids()) {
        for (Indicator i : Indicator.values()) {
          assertThat(ind.grid(g.code()).count(i)).as(g.code() + " " + i).isEqualTo(naive.count(Subject.grid(g.code()), i));
        }
      }
      for (String d : ind.departmentIds()) {
        for (Indicator i : Indicator.values()) {
          assertThat(ind.department(d).count(i)).as(d + " " + i).isEqualTo(naive.count(Subject.department(d), i));
        }
      }
    });
  }

  @Test
  void shardsMergeToTheOnePassFigures() {
    qt().withExamples(60).forAll(WorkflowGenerators.histories(WORLD, 40), range(1, 4), range(0, 10_000)).checkAssert((h, k, seed) -> {
      List<TicketEvent> events = flat(h);
      ScoringPeriod p = periodOf(events);
      Indicators whole = IndicatorAccumulator.builder(WORLD.tree, WORLD.catalogue).period(p).tracing(true).build()
          .acceptAll(events).snapshot();
      Indicators merged = Indicators.empty(WORLD.tree, WORLD.catalogue, p, true);
      for (List<TicketEvent> shard : ScoringGenerators.splitByTicket(events, k, seed)) {
        merged = merged.merge(IndicatorAccumulator.builder(WORLD.tree, WORLD.catalogue).period(p).tracing(true).build()
            .acceptAll(shard).snapshot());
      }
      assertThat(merged).isEqualTo(whole);
    });
  }

  @Test
  void pointsAreAwardedAtMostOncePerTicketOutcomeAndPerson() {
    qt().withExamples(60).forAll(WorkflowGenerators.histories(WORLD, 40), range(0, 10_000)).checkAssert((h, seed) -> {
      PointsRules rules = PointsRules.standard(WORLD.catalogue);
      PointsLedger ledger = PointsLedger.create(rules);
      PointsAwarder.builder(rules, WORLD.catalogue, ledger).build().acceptAll(ScoringGenerators.withRepeats(flat(h), seed));
      Set<String> keys = new HashSet<>();
      for (PointsEntry e : ledger.entries()) {
        assertThat(keys.add(e.source().id() + "/" + e.outcome() + "/" + e.person())).isTrue();
      }
    });
  }
}

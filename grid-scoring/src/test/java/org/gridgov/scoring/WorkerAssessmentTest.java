package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_2;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class WorkerAssessmentTest {
  private final WorkflowWorld world = new WorkflowWorld();

  @Test
  void aWorkersAssessmentCombinesTheMonthsPointsTheirVisitsAndTheirGridsFigures() {
    Roster roster = Roster.builder(world.tree).add(StaffMember.of("w1", "一")).add(StaffMember.of("w2", "二"))
        .assign("w1", Role.GRID_WORKER, HEYUN_1).assign("w2", Role.GRID_WORKER, HEYUN_2).build();
    ScoringPeriod april = ScoringPeriod.month(YearMonth.of(2024, 4));
    PointsLedger ledger = PointsLedger.create(PointsRules.standard(world.catalogue));
    Instant mid = april.start().plusSeconds(10 * 86_400);
    ledger.award("w1", PointsOutcome.VERIFIED_REPORT, PointsSource.ticket(TicketId.of("A"), 3), 7, Optional.empty(), mid, "a");
    ledger.award("w1", PointsOutcome.VERIFIED_REPORT, PointsSource.ticket(TicketId.of("B"), 3), 7, Optional.empty(),
        april.start().minusSeconds(1), "march");
    ledger.award("w2", PointsOutcome.REWORK, PointsSource.ticket(TicketId.of("C"), 5), -2, Optional.empty(), mid, "r");
    VisitCompliance visits = VisitDuty.standard().check(List.of(
        new VisitTarget("h1", VisitTarget.Kind.HOUSEHOLD, HEYUN_1, 1, Set.of(), Optional.empty()),
        new VisitTarget("h2", VisitTarget.Kind.HOUSEHOLD, HEYUN_2, 1, Set.of(), Optional.empty())),
        List.of(new VisitRecord("v1", "w1", "h1", mid)), april, roster);
    Indicators ind = Indicators.empty(world.tree, world.catalogue, april, false);
    List<WorkerAssessment> all = WorkerAssessment.assess(roster, ind, ledger, Optional.of(visits), CompositeWeights.standard());
    assertThat(all).extracting(a -> a.worker().id()).containsExactly("w1", "w2");
    WorkerAssessment w1 = all.get(0);
    assertThat(w1.points()).as("March's award is not April's").isEqualTo(7);
    assertThat(w1.visitCompliance()).contains(new Ratio(1, 1));
    assertThat(w1.grids()).containsExactly(HEYUN_1);
    // no tickets: only points (7 of 100, weight 40) and visits (1 of 1, weight 30) are defined
    assertThat(w1.score().value().orElseThrow().toPlainString()).isEqualTo("46.86");
    WorkerAssessment w2 = all.get(1);
    assertThat(w2.points()).isEqualTo(-2);
    assertThat(w2.score().value().orElseThrow().toPlainString()).isEqualTo("0.00");
    Ranking r = WorkerAssessment.rank(all);
    assertThat(r.ranked()).extracting(x -> x.subject().id()).containsExactly("w1", "w2");
  }
}

package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.gridgov.core.GridGovException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** Nulls are refused naming the argument or element; dates beyond the calendar are typed errors. */
class NamedNullsAndDatesTest {
  private static final ScoringPeriod APRIL = ScoringPeriod.month(YearMonth.of(2024, 4));
  private static final Instant AT = Instant.parse("2024-04-01T02:00:00Z");
  private final WorkflowWorld world = new WorkflowWorld();
  private final PointsRules rules = PointsRules.standard(world.catalogue);
  private final PointsLedger ledger = PointsLedger.create(rules);
  private final PointsSource src = PointsSource.ticket(TicketId.of("T1"), 1);
  private final Roster roster = Roster.builder(world.tree).add(StaffMember.of("w1", "网格员一"))
      .assign("w1", Role.GRID_WORKER, HEYUN_1).build();

  private static void missing(ThrowingCallable call, String field) {
    assertThatThrownBy(call).as(field).isInstanceOf(MissingValueException.class)
        .satisfies(e -> assertThat(((GridGovException) e).field()).isEqualTo(field))
        .hasMessageContaining(field);
  }

  private static void invalid(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call).as(field).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((GridGovException) e).field()).isEqualTo(field))
        .satisfies(e -> assertThat(((GridGovException) e).value()).isEqualTo(value));
  }

  private static <T> List<T> withNull(T first) {
    return new ArrayList<>(Arrays.asList(first, null));
  }

  @Test
  void theLedgerNamesTheMissingArgument() {
    PointsOutcome o = PointsOutcome.VERIFIED_REPORT;
    missing(() -> ledger.award(null, o, src, 7, Optional.empty(), AT, "n"), "person");
    missing(() -> ledger.award("w", null, src, 7, Optional.empty(), AT, "n"), "outcome");
    missing(() -> ledger.award("w", o, null, 7, Optional.empty(), AT, "n"), "source");
    missing(() -> ledger.award("w", o, src, 7, null, AT, "n"), "matterType");
    missing(() -> ledger.award("w", o, src, 7, Optional.empty(), null, "n"), "at");
    missing(() -> ledger.award("w", o, src, 7, Optional.empty(), AT, null), "note");
    missing(() -> ledger.isBooked(null, o, "w"), "source");
    missing(() -> ledger.isBooked(src, null, "w"), "outcome");
    missing(() -> ledger.isBooked(src, o, null), "person");
    assertThat(ledger.size()).isZero();
  }

  @Test
  void valuesNameTheMissingComponent() {
    Subject d = Subject.department("d");
    missing(() -> new Score(null, ScoredRole.DEPARTMENT, List.of(), Optional.empty()), "subject");
    missing(() -> new Score(d, null, List.of(), Optional.empty()), "role");
    missing(() -> new Score(d, ScoredRole.DEPARTMENT, null, Optional.empty()), "components");
    missing(() -> new Score(d, ScoredRole.DEPARTMENT, List.of(), null), "value");
    missing(() -> new Score.Component(ScoreComponent.CLOSURE, null, Optional.empty(), Optional.empty()), "weight");
    missing(() -> new PointsEntry(1, null, EntryKind.AWARD, PointsOutcome.REWORK, -2, -2, src, Optional.empty(), AT,
        Optional.empty(), "n"), "person");
    missing(() -> new PointsEntry(1, "w", EntryKind.AWARD, PointsOutcome.REWORK, -2, -2, src, Optional.empty(), null,
        Optional.empty(), "n"), "at");
    missing(() -> new VisitRecord("v", null, "t", AT), "visit.worker");
    missing(() -> new VisitRecord("v", "w", "t", null), "visit.at");
    missing(() -> new VisitTarget("t", VisitTarget.Kind.HOUSEHOLD, null, 1, Set.of(), Optional.empty()), "visitTarget.grid");
    Score s = new Score(Subject.worker("w1"), ScoredRole.GRID_WORKER, List.of(), Optional.empty());
    Figures f = Figures.zero(Subject.worker("w1"));
    missing(() -> new WorkerAssessment(Subject.worker("w1"), List.of(), 0, Optional.empty(), null, s), "gridFigures");
    missing(() -> WorkerAssessment.assess(roster, null, ledger, Optional.empty(), CompositeWeights.standard()), "indicators");
    missing(() -> WorkerAssessment.rank(withNull(new WorkerAssessment(Subject.worker("w1"), List.of(), 0, Optional.empty(), f, s))),
        "assessments[1]");
    Ranking r = Ranking.of(ScoredRole.DEPARTMENT, List.of());
    missing(() -> new MonthlyBriefing("t", APRIL, f, null, Map.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
        List.of(), 3, 5, Map.of()), "departments");
  }

  @Test
  void visitsNameTheMissingArgumentOrElement() {
    VisitTarget t = new VisitTarget("h1", VisitTarget.Kind.HOUSEHOLD, HEYUN_1, 1, Set.of(), Optional.empty());
    VisitRecord v = new VisitRecord("v1", "w1", "h1", AT);
    VisitDuty duty = VisitDuty.standard();
    missing(() -> duty.check(null, List.of(), APRIL, roster), "targets");
    missing(() -> duty.check(List.of(), null, APRIL, roster), "visits");
    missing(() -> duty.check(List.of(), List.of(), null, roster), "month");
    missing(() -> duty.check(List.of(), List.of(), APRIL, null), "roster");
    missing(() -> duty.check(withNull(t), List.of(), APRIL, roster), "targets[1]");
    missing(() -> duty.check(List.of(t), withNull(v), APRIL, roster), "visits[1]");
    missing(() -> duty.targets(null, List.of(), List.of()), "houses");
    VisitCompliance c = duty.check(List.of(t), List.of(v), APRIL, roster);
    missing(() -> c.awardBonuses(null, ledger), "rules");
    missing(() -> c.awardBonuses(rules, null), "ledger");
  }

  @Test
  void collectionsNameTheMissingElement() {
    Figures f = Figures.zero(Subject.department("d"));
    missing(() -> Rate.CLOSURE.of(null), "figures");
    missing(() -> Rate.CLOSURE.numerator(null), "figures");
    missing(() -> Rate.OVERDUE.denominator(null), "figures");
    missing(() -> f.sameCounts(null), "other");
    Indicators day = Indicators.empty(world.tree, world.catalogue, ScoringPeriod.day(LocalDate.of(2024, 4, 2)), false);
    missing(() -> Indicators.over(APRIL, withNull(day)), "parts[1]");
    Indicators april = Indicators.empty(world.tree, world.catalogue, APRIL, false);
    MonthlyBriefing.Builder b = MonthlyBriefing.builder("t", april, CompositeWeights.standard());
    missing(() -> b.workers(Arrays.asList((WorkerAssessment) null)), "workers[0]");
    missing(() -> b.accountability(Arrays.asList((AccountabilityCase) null)), "accountability[0]");
    missing(() -> CompositeWeights.builder("x").name(null), "name");
    missing(() -> PointsRules.builder().id("x").addRules((PointsRule) null).build(), "rules[0]");
  }

  @Test
  void datesBeyondTheCalendarAreInvalidInput() {
    invalid(() -> ScoringPeriod.day(LocalDate.MAX), "day", LocalDate.MAX.toString());
    invalid(() -> ScoringPeriod.quarter(1_000_000_000, 1), "year", "1000000000");
    invalid(() -> ScoringPeriod.halfYear(-1_000_000_000, 2), "year", "-1000000000");
    invalid(() -> ScoringPeriod.containing(PeriodKind.MONTH, Instant.MAX, ZoneOffset.UTC), "instant", Instant.MAX.toString());
    invalid(() -> ledger.award("w", PointsOutcome.VERIFIED_REPORT, src, 7, Optional.empty(), Instant.MAX, "n"), "at",
        Instant.MAX.toString());
    assertThat(ledger.size()).isZero();
  }
}

package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Roster;
import java.util.Set;
import org.gridgov.scoring.testing.Choices;
import org.gridgov.scoring.testing.SimWorld;
import org.gridgov.scoring.testing.TicketSimulation;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.spi.TicketStore;
import org.junit.jupiter.api.Test;

class MonthlyReviewTest {
  private static final SimWorld WORLD = SimWorld.small();

  @Test
  void monthsScoredFromTheirOwnEventsWithTheStoreAsHistoryShareOneLedgerThatAwardsEachReportOnce() {
    TicketSimulation.Run run = TicketSimulation.run(WORLD, new TicketSimulation.Settings(LocalDate.of(2024, 5, 15), 30, 10, 150, 25, 10),
        Choices.seeded(5));
    PointsRules rules = PointsRules.standard(WORLD.catalogue);
    PointsLedger ledger = PointsLedger.create(rules);
    for (YearMonth m : List.of(YearMonth.of(2024, 5), YearMonth.of(2024, 6))) {
      ScoringPeriod p = ScoringPeriod.month(m);
      MonthlyReview review = MonthlyReview.builder(WORLD.tree, WORLD.catalogue, m).rules(rules).ledger(ledger).roster(WORLD.roster)
          .history(HistorySource.of(run.service().store())).build();
      List<TicketEvent> own = run.service().store().eventsBetween(p.start(), p.end());
      review.acceptAll(own);
      Indicators everything = IndicatorAccumulator.builder(WORLD.tree, WORLD.catalogue).period(p).tracing(true).build()
          .acceptAll(run.events()).snapshot();
      assertThat(review.indicators()).isEqualTo(everything);
      for (AccountabilityCase c : review.accountability()) {
        assertThat(c.evidence()).allSatisfy(r -> assertThat(run.service().store().events(r.ticket()).get((int) r.version() - 1)
            .occurredAt()).isBefore(p.end()));
      }
    }
    Set<TicketId> verified = new HashSet<>();
    run.events().stream().filter(e -> e.type() == TicketEventType.VERIFICATION_PASSED && e.occurredAt()
        .isBefore(ScoringPeriod.month(YearMonth.of(2024, 6)).end())).forEach(e -> verified.add(e.ticketId()));
    assertThat(ledger.entries().stream().filter(e -> e.outcome() == PointsOutcome.VERIFIED_REPORT)).hasSize(verified.size());
  }

  @Test
  void aMonthsBriefingIsBuiltFromTheMonthsEventsWithTheStoreAsHistory() {
    TicketSimulation.Run run = TicketSimulation.run(WORLD, new TicketSimulation.Settings(LocalDate.of(2024, 3, 1), 61, 0, 150, 25, 10),
        Choices.seeded(11));
    GridTree tree = WORLD.tree;
    MatterCatalogue catalogue = WORLD.catalogue;
    Roster roster = WORLD.roster;
    TicketStore store = run.service().store();
    PointsLedger ledger = PointsLedger.create(PointsRules.standard(catalogue));
    MonthlyReview march = MonthlyReview.builder(tree, catalogue, YearMonth.of(2024, 3)).ledger(ledger).roster(roster)
        .history(HistorySource.of(store)).build();
    march.acceptAll(store.eventsBetween(march.period().start(), march.period().end()));
    Ranking marchRanking = march.departmentRanking(CompositeWeights.standard());
    VisitCompliance visits = VisitDuty.standard().check(List.of(), List.of(), ScoringPeriod.month(YearMonth.of(2024, 4)), roster);

    // snippet: scoring-monthly-briefing
    MonthlyReview april = MonthlyReview.builder(tree, catalogue, YearMonth.of(2024, 4))
        .rules(PointsRules.standard(catalogue))        // or PointsRules.fromJson(json, catalogue)
        .ledger(ledger)                                // one ledger across months: awards stay idempotent
        .roster(roster)                                // grid workers and leaders
        .history(HistorySource.of(store))              // to look back before April
        .build();
    ScoringPeriod period = april.period();
    april.acceptAll(store.eventsBetween(period.start(), period.end()));
    MonthlyBriefing briefing = april.briefing("太白湖新区", CompositeWeights.standard(), Optional.of(visits))
        .previous(marchRanking).bottomN(3).topN(5).build();
    String markdown = briefing.toMarkdown();
    // end snippet

    MonthlyReview same = MonthlyReview.of(store, tree, catalogue, roster, YearMonth.of(2024, 4));
    assertThat(same.indicators()).as("of(store, …) reads the month's events with the store as history")
        .isEqualTo(april.indicators());
    Ranking workers = same.workerRanking(CompositeWeights.standard());
    for (Ranked r : workers.entries()) {
      WorkerStanding s = same.standing(r.subject().id(), CompositeWeights.standard());
      assertThat(s.rank()).isEqualTo(r.rank());
      assertThat(s.points()).isEqualTo(same.ledger().balance(r.subject().id(), same.period()));
    }
    assertThatThrownBy(() -> same.standing("nobody", CompositeWeights.standard()))
        .isInstanceOf(org.gridgov.core.NotFoundException.class).hasMessageContaining("nobody");
    assertThat(briefing.period()).isEqualTo(ScoringPeriod.month(YearMonth.of(2024, 4)));
    assertThat(briefing.total()).isEqualTo(april.indicators().total());
    assertThat(markdown).startsWith("# 太白湖新区 2024-04 月度通报");
    assertThat(briefing.departments().entries()).isNotEmpty()
        .allSatisfy(r -> assertThat(marchRanking.entries()).anyMatch(m -> m.subject().equals(r.subject())));
  }

  @Test
  void acceptAllChecksEveryEventsMatterTypeBeforeTakingAny() {
    org.gridgov.workflow.testing.WorkflowWorld w = new org.gridgov.workflow.testing.WorkflowWorld();
    MonthlyReview review = MonthlyReview.builder(w.tree, w.catalogue, YearMonth.of(2024, 4)).build();
    List<TicketEvent> history = w.articlesTicket();
    TicketEvent alien = history.get(1).withMatterType("city.flying-saucer");
    assertThatThrownBy(() -> review.acceptAll(List.of(history.get(0), alien))).isInstanceOf(org.gridgov.core.NotFoundException.class)
        .satisfies(e -> assertThat(((org.gridgov.core.NotFoundException) e).field()).isEqualTo("events[1].matterType"));
    assertThatThrownBy(() -> review.accept(history.get(1))).as("the first event was not taken either")
        .isInstanceOf(UnknownTicketException.class);
  }
}

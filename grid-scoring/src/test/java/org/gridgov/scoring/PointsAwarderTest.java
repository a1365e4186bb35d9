package org.gridgov.scoring;

import org.gridgov.core.InvalidInputException;
import java.util.OptionalInt;
import java.time.YearMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.scoring.testing.ScoringGenerators;
import org.gridgov.scoring.testing.SimWorld;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.ReporterKind;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class PointsAwarderTest {
  private final WorkflowWorld world = new WorkflowWorld();

  @Test
  void theArticlesReporterEarnsSevenPointsWhenTheReportIsVerified() {
    PointsLedger ledger = PointsLedger.create(PointsRules.standard(world.catalogue));
    PointsAwarder awarder = PointsAwarder.builder(PointsRules.standard(world.catalogue), world.catalogue, ledger).build();
    List<TicketEvent> history = world.articlesTicket();
    assertThat(awarder.accept(history.get(0))).isEmpty();
    assertThat(awarder.accept(history.get(1))).isEmpty();
    List<PointsEntry> verified = awarder.accept(history.get(2));
    assertThat(verified).singleElement().satisfies(e -> {
      assertThat(e.person()).isEqualTo("zhang-min");
      assertThat(e.outcome()).isEqualTo(PointsOutcome.VERIFIED_REPORT);
      assertThat(e.points()).isEqualTo(7);
      assertThat(e.source()).isEqualTo(PointsSource.of(history.get(2)));
      assertThat(e.at()).isEqualTo(history.get(2).occurredAt());
    });
    List<PointsEntry> closed = awarder.accept(history.get(3));
    assertThat(closed).singleElement().satisfies(e -> {
      assertThat(e.person()).as("she handled it on the spot").isEqualTo("zhang-min");
      assertThat(e.outcome()).isEqualTo(PointsOutcome.ON_TIME_HANDLING);
    });
    assertThat(awarder.acceptAll(history)).as("fed again: nothing more").isEmpty();
    assertThat(ledger.balance("zhang-min")).isEqualTo(7 + 2);
  }

  @Test
  void pointsAreAwardedAtMostOncePerTicketOutcomeAndPersonHoweverOftenEventsAreFed() {
    qt().withExamples(40).forAll(ScoringGenerators.runs(6), range(0, 10_000)).checkAssert((run, seed) -> {
      SimWorld w = run.world();
      PointsRules rules = PointsRules.builder().id("uncapped").addRules(PointsRule.forAny(PointsOutcome.VERIFIED_REPORT, 7),
          PointsRule.forAny(PointsOutcome.ON_TIME_HANDLING, 2), PointsRule.forAny(PointsOutcome.REWORK, -2),
          PointsRule.forAny(PointsOutcome.FALSE_REPORT, -3), PointsRule.forAny(PointsOutcome.DUPLICATE_REPORT, -1),
          PointsRule.forAny(PointsOutcome.OVERDUE, -2)).build();
      PointsLedger ledger = PointsLedger.create(rules);
      PointsAwarder awarder = PointsAwarder.builder(rules, w.catalogue, ledger).roster(w.roster).build();
      awarder.acceptAll(ScoringGenerators.withRepeats(run.events(), seed));
      Set<String> keys = new HashSet<>();
      for (PointsEntry e : ledger.entries()) {
        assertThat(keys.add(e.source().id() + "/" + e.outcome() + "/" + e.person())).as(e.toString()).isTrue();
      }
      // every verified report of grid staff is awarded to its reporter, exactly once
      Map<String, String> reporter = new HashMap<>();
      Set<String> verified = new HashSet<>();
      for (TicketEvent e : run.events()) {
        if (e.type() == TicketEventType.REPORTED) {
          EventPayload.Reported r = (EventPayload.Reported) e.payload();
          if (r.reporter().kind() == ReporterKind.GRID_STAFF) {
            reporter.put(e.ticketId().value(), r.reporter().id());
          }
        }
        if (e.type() == TicketEventType.VERIFICATION_PASSED) {
          verified.add(e.ticketId().value());
        }
      }
      for (String t : verified) {
        assertThat(ledger.entries()).filteredOn(e -> e.source().id().equals(t) && e.outcome() == PointsOutcome.VERIFIED_REPORT)
            .singleElement().satisfies(e -> {
              assertThat(e.person()).isEqualTo(reporter.get(t));
              assertThat(e.points()).isEqualTo(7);
            });
      }
      assertThat(ledger.entries()).filteredOn(e -> e.outcome() == PointsOutcome.VERIFIED_REPORT).hasSize(verified.size());
      long sum = ledger.entries().stream().mapToLong(PointsEntry::points).sum();
      assertThat(ledger.persons().stream().mapToLong(ledger::balance).sum()).isEqualTo(sum);
    });
  }

  @Test
  void rerunningTheSameEventsWithAnotherRosterNeverBooksATicketOutcomeTwice() {
    qt().withExamples(40).forAll(ScoringGenerators.runs(6), ScoringGenerators.changedRosters(ScoringGenerators.smallWorld()))
        .checkAssert((run, changed) -> {
          SimWorld w = run.world();
          PointsRules rules = PointsRules.standard(w.catalogue);
          PointsLedger ledger = PointsLedger.create(rules);
          PointsAwarder.builder(rules, w.catalogue, ledger).roster(w.roster).build().acceptAll(run.events());
          List<PointsEntry> first = ledger.entries();
          PointsAwarder.builder(rules, w.catalogue, ledger).roster(changed).build().acceptAll(run.events());
          PointsAwarder.builder(rules, w.catalogue, ledger).build().acceptAll(run.events());
          assertThat(ledger.entries()).as("a re-run books nothing new").isEqualTo(first);
          Set<String> keys = new HashSet<>();
          for (PointsEntry e : ledger.entries()) {
            assertThat(keys.add(e.source().id() + "/" + e.outcome())).as(e.toString()).isTrue();
          }
        });
  }

  @Test
  void anOverduePenaltyAtTheGridIsBookedOnceWhenAprilIsRerunWithANewWorker() {
    SimWorld w = ScoringGenerators.smallWorld();
    qt().withExamples(15).forAll(ScoringGenerators.runs(8)).assuming(run -> run.events().stream().anyMatch(e ->
        e.type() == TicketEventType.OVERDUE && ((EventPayload.Overdue) e.payload()).department().isEmpty()
            && e.handlingGrid().equals(e.grid()))).checkAssert(run -> {
              PointsRules rules = PointsRules.standard(w.catalogue);
              PointsLedger ledger = PointsLedger.create(rules);
              PointsAwarder.builder(rules, w.catalogue, ledger).roster(w.roster).build().acceptAll(run.events());
              int booked = ledger.size();
              Roster.Builder b = Roster.builder(w.tree);
              for (GridCode g : w.basicGrids) {
                b.add(StaffMember.of("new-" + g.value(), "新网格员")).assign("new-" + g.value(), Role.GRID_WORKER, g);
              }
              PointsAwarder.builder(rules, w.catalogue, ledger).roster(b.build()).build().acceptAll(run.events());
              assertThat(ledger.size()).as("nothing booked to the new workers").isEqualTo(booked);
              assertThat(ledger.persons()).noneMatch(p -> p.startsWith("new-"));
            });
  }

  @Test
  void anEventOfAnUnknownTicketIsRefusedAndAnUnknownMatterTypeToo() {
    PointsAwarder awarder = PointsAwarder.builder(PointsRules.standard(world.catalogue), world.catalogue,
        PointsLedger.create(PointsRules.standard(world.catalogue))).build();
    List<TicketEvent> history = world.articlesTicket();
    assertThatThrownBy(() -> awarder.accept(history.get(2))).isInstanceOf(UnknownTicketException.class)
        .satisfies(e -> assertThat(((UnknownTicketException) e).value()).isEqualTo(history.get(2).ticketId().value()));
    TicketEvent alien = history.get(0).withMatterType("city.flying-saucer");
    assertThatThrownBy(() -> awarder.accept(alien)).isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("event.matterType"))
        .satisfies(e -> assertThat(((NotFoundException) e).value()).isEqualTo("city.flying-saucer"));
    assertThat(awarder.ticketsFollowed()).isZero();
  }

  @Test
  void rulesNamingAMatterTypeOutsideTheCatalogueCannotBeUsed() {
    PointsRules rules = PointsRules.builder().id("x").addRules(PointsRule.of("city.flying-saucer", PointsOutcome.VERIFIED_REPORT, 5)).build();
    assertThatThrownBy(() -> PointsAwarder.builder(rules, world.catalogue, PointsLedger.create(rules)).build())
        .isInstanceOf(InvalidRulesException.class)
        .satisfies(e -> assertThat(((InvalidRulesException) e).field()).isEqualTo("rules[0].matterType"));
  }

  @Test
  void rulesOtherThanTheLedgersAreRefusedSinceTheCapsWouldComeFromTheLedgers() {
    PointsRules ledgerRules = PointsRules.standard(world.catalogue);
    PointsRules other = PointsRules.builder().from(ledgerRules).id("uncapped").dailyCap(OptionalInt.empty())
        .monthlyCap(OptionalInt.empty()).build();
    PointsLedger ledger = PointsLedger.create(ledgerRules);
    assertThatThrownBy(() -> PointsAwarder.builder(other, world.catalogue, ledger)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules"))
        .satisfies(e -> assertThat(((InvalidInputException) e).value()).isEqualTo("uncapped"))
        .hasMessageContaining("must be the ledger's rules standard");
    assertThatThrownBy(() -> MonthlyReview.builder(world.tree, world.catalogue, YearMonth.of(2024, 4)).rules(other).ledger(ledger)
        .build()).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("rules"))
        .hasMessageContaining("must be the ledger's rules standard");
    assertThat(PointsAwarder.builder(PointsRules.standard(world.catalogue), world.catalogue, ledger).build().ledger())
        .as("equal rules are the ledger's").isSameAs(ledger);
    PointsLedger uncapped = PointsLedger.create(other);
    assertThat(MonthlyReview.builder(world.tree, world.catalogue, YearMonth.of(2024, 4)).ledger(uncapped).build().ledger())
        .as("without rules a review takes the ledger's").isSameAs(uncapped);
  }

  @Test
  void acceptAllChecksEveryEventsMatterTypeBeforeBookingAnyAndKeepsWhatWasBookedBeforeAnUnknownTicket() {
    PointsRules rules = PointsRules.standard(world.catalogue);
    PointsLedger ledger = PointsLedger.create(rules);
    PointsAwarder awarder = PointsAwarder.builder(rules, world.catalogue, ledger).build();
    List<TicketEvent> history = world.articlesTicket();
    TicketEvent alien = history.get(3).withMatterType("city.flying-saucer");
    assertThatThrownBy(() -> awarder.acceptAll(List.of(history.get(0), history.get(1), history.get(2), alien)))
        .isInstanceOf(NotFoundException.class)
        .satisfies(e -> assertThat(((NotFoundException) e).field()).isEqualTo("events[3].matterType"));
    assertThat(ledger.size()).as("nothing applied").isZero();
    assertThat(awarder.ticketsFollowed()).isZero();
    assertThatThrownBy(() -> awarder.acceptAll(java.util.Arrays.asList(history.get(0), null)))
        .isInstanceOf(org.gridgov.core.MissingValueException.class)
        .satisfies(e -> assertThat(((org.gridgov.core.MissingValueException) e).field()).isEqualTo("events[1]"));
    assertThat(awarder.ticketsFollowed()).isZero();
    TicketEvent unknown = history.get(2).withTicketId(org.gridgov.workflow.TicketId.of("T999999"));
    assertThatThrownBy(() -> awarder.acceptAll(List.of(history.get(0), history.get(1), history.get(2), unknown)))
        .isInstanceOf(UnknownTicketException.class);
    assertThat(ledger.size()).as("documented: the events before the unknown ticket stay applied").isEqualTo(1);
  }
}

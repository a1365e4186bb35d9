package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.WorkflowWorld.BIKE_PARKING;
import static org.gridgov.workflow.testing.WorkflowWorld.DISTRICT;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;
import static org.gridgov.workflow.testing.WorkflowWorld.ROAD_DAMAGE;
import static org.gridgov.workflow.testing.WorkflowWorld.XUZHUANG;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffMember;
import org.gridgov.scoring.testing.ScoringGenerators;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

class AccountabilityTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final Roster roster = Roster.builder(world.tree).add(StaffMember.of("li-heyun1", "李网格长"))
      .assign("li-heyun1", Role.GRID_LEADER, HEYUN_1).build();
  private final Accountability accountability = Accountability.of(AccountabilityRules.standard(), BusinessCalendar.chinese(), roster);

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }

  @Test
  void anOverdueTicketAtADepartmentClimbsFromUrgeToHoldAccountableAndItsLeaderAnswersFromSupervise() {
    MutableClock clock = MutableClock.at("2022-01-10T09:00");
    TicketService service = world.service(clock);
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    service.execute(Command.of(t.id(), "accept", world.centre));
    clock.set("2022-01-10T09:30");
    service.execute(Command.of(t.id(), "dispatch", world.centre));
    clock.set("2022-01-10T10:00");
    service.execute(Command.of(t.id(), "sign", world.urbanManagement));
    for (String s : List.of("2022-01-14T17:00", "2022-01-17T17:00", "2022-01-19T10:00", "2022-01-26T10:00")) {
      clock.set(s);
      service.sweep();
    }
    List<TicketEvent> history = service.history(t.id(), world.centre);

    Instant due = history.get(history.size() - 1).deadline().orElseThrow().dueAt();
    assertThat(due).as("5 working days from filing on Monday at 09:00").isEqualTo(at("2022-01-14T17:00"));
    assertThat(accountability.assess(history, due)).as("urged at the yellow light but not yet overdue").isEmpty();
    AccountabilityCase pastDue = accountability.assess(history, due.plusSeconds(60)).orElseThrow();
    assertThat(pastDue.causes()).as("past due before the clock sweep recorded it").containsExactly(AccountabilityCause.OVERDUE);
    assertThat(pastDue.overdues()).isZero();
    assertThat(pastDue.step()).isEqualTo(AccountabilityStep.URGE);
    assertThat(pastDue.parties(PartyKind.GRID_LEADER)).as("leaders answer from 督办").isEmpty();
    AccountabilityCase supervised = accountability.assess(history, at("2022-01-17T18:00")).orElseThrow();
    assertThat(supervised.causes()).containsExactly(AccountabilityCause.OVERDUE);
    assertThat(supervised.step()).isEqualTo(AccountabilityStep.SUPERVISE);
    assertThat(supervised.steps()).extracting(StepReached::step).containsExactly(AccountabilityStep.URGE, AccountabilityStep.SUPERVISE);
    assertThat(supervised.handlingDepartment()).contains("urban-management");
    assertThat(supervised.parties(PartyKind.GRID_LEADER)).singleElement().satisfies(p -> {
      assertThat(p.grid()).contains(HEYUN_1);
      assertThat(p.staffId()).contains("li-heyun1");
    });
    AccountabilityCase notified = accountability.assess(history, at("2022-01-20T10:00")).orElseThrow();
    assertThat(notified.step()).isEqualTo(AccountabilityStep.PUBLIC_NOTICE);
    AccountabilityCase held = accountability.assess(history, at("2022-01-26T10:00")).orElseThrow();
    assertThat(held.step()).isEqualTo(AccountabilityStep.HOLD_ACCOUNTABLE);
    StepReached hold = held.steps().get(held.steps().size() - 1);
    assertThat(hold.why()).contains("still open");
    TicketEvent overdue = history.stream().filter(e -> e.type() == TicketEventType.OVERDUE).findFirst().orElseThrow();
    assertThat(hold.evidence()).containsExactly(EventRef.of(overdue));
    assertThat(held.evidence()).allSatisfy(r -> assertThat(history.get((int) r.version() - 1).occurredAt()).isBefore(at("2022-01-26T10:00")));

    AccountabilityCase early = Accountability.of(AccountabilityRules.builder().leaderFrom(AccountabilityStep.HOLD_ACCOUNTABLE).build(),
        BusinessCalendar.chinese()).assess(history, at("2022-01-17T18:00")).orElseThrow();
    assertThat(early.parties(PartyKind.GRID_LEADER)).as("leaders answer from 问责 under these rules").isEmpty();
  }

  @Test
  void reworksRaiseTheStepByCountAndTheWorkerHandlingOnTheSpotMakesItsGridLeaderAnswer() {
    MutableClock clock = MutableClock.at("2022-03-01T09:00");
    TicketService service = world.service(clock);
    Ticket t = service.report(world.report(BIKE_PARKING, HEYUN_1), world.worker);
    List<AccountabilityStep> steps = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      clock.advance(java.time.Duration.ofMinutes(5));
      service.execute(Command.of(t.id(), "handle", world.worker));
      clock.advance(java.time.Duration.ofMinutes(5));
      service.execute(Command.on(t.id(), "verify", world.centre).passed(false).build());
      List<TicketEvent> h = service.history(t.id(), world.centre);
      AccountabilityCase c = accountability.assess(h, clock.instant()).orElseThrow();
      steps.add(c.step());
      assertThat(c.reworks()).isEqualTo(k);
      assertThat(c.causes()).contains(AccountabilityCause.REWORK);
      assertThat(c.parties(PartyKind.GRID_LEADER)).as("no department holds it: its level's leader answers")
          .singleElement().satisfies(p -> assertThat(p.id()).isEqualTo(HEYUN_1.value()));
      assertThat(c.parties(PartyKind.HANDLING_DEPARTMENT)).isEmpty();
    }
    assertThat(steps).containsExactly(AccountabilityStep.URGE, AccountabilityStep.SUPERVISE, AccountabilityStep.PUBLIC_NOTICE,
        AccountabilityStep.HOLD_ACCOUNTABLE);
  }

  @Test
  void aSummonedDepartmentReportingInLateAnswersAndPublicNoticeBringsInTheEscalationChain() {
    MutableClock clock = MutableClock.at("2022-01-10T09:00");
    TicketService service = world.service(clock);
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    service.execute(Command.of(t.id(), "accept", world.centre));
    clock.set("2022-01-10T09:20");
    service.execute(Command.on(t.id(), "escalate", world.centre).reason("beyond-competence").addSummon("housing").build());
    for (LocalDateTime s = LocalDateTime.parse("2022-01-10T12:00"); s.isBefore(LocalDateTime.parse("2022-01-21T00:00")); s = s.plusHours(6)) {
      clock.set(s.toString());
      service.sweep();
    }
    List<TicketEvent> history = service.history(t.id(), world.centre);
    AccountabilityCase c = accountability.assess(history, at("2022-01-20T20:00")).orElseThrow();
    assertThat(c.step()).isGreaterThanOrEqualTo(AccountabilityStep.PUBLIC_NOTICE);
    assertThat(c.parties(PartyKind.SUMMONED_DEPARTMENT)).extracting(AnswerableParty::id).contains("housing");
    assertThat(c.parties(PartyKind.SUMMONED_DEPARTMENT).get(0).evidence()).allSatisfy(r -> assertThat(
        ((EventPayload.Overdue) history.get((int) r.version() - 1).payload()).clock()).isEqualTo(EventPayload.Overdue.REPORT_IN));
    Set<String> levels = new HashSet<>();
    c.parties().stream().filter(p -> p.kind() == PartyKind.ESCALATION_LEVEL || p.kind() == PartyKind.GRID_LEADER)
        .forEach(p -> levels.add(p.id()));
    assertThat(levels).contains(HEYUN_1.value(), HEYUN.value());
    assertThat(history).anySatisfy(e -> assertThat(e.handlingGrid()).isIn(XUZHUANG, DISTRICT));
  }

  @Test
  void aHistoryThatDoesNotStartAtVersionOneIsRefused() {
    MutableClock clock = MutableClock.at("2022-03-01T09:00");
    TicketService service = world.service(clock);
    Ticket t = service.report(world.report(BIKE_PARKING, HEYUN_1), world.worker);
    service.execute(Command.of(t.id(), "handle", world.worker));
    List<TicketEvent> h = service.history(t.id(), world.centre);
    assertThatThrownBy(() -> accountability.assess(h.subList(1, 2), clock.instant())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("history[0]");
    assertThatThrownBy(() -> accountability.assess(List.of(), clock.instant())).isInstanceOf(InvalidInputException.class);
    assertThat(accountability.assess(h, clock.instant())).isEmpty();
  }

  @Test
  void everyFindingRestsOnEventsOfTheTicketUpToTheInstantAndOnlyOverdueOrReworkedTicketsHaveOne() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(6)).checkAssert(run -> {
      Instant asOf = run.end().minusSeconds(3 * 86_400);
      for (TicketId id : run.tickets()) {
        List<TicketEvent> h = run.service().store().events(id);
        Optional<AccountabilityCase> c = accountability.assess(h, asOf);
        List<TicketEvent> upTo = h.stream().filter(e -> !e.occurredAt().isAfter(asOf)).toList();
        boolean overdue = upTo.stream().anyMatch(e -> e.type() == TicketEventType.OVERDUE
            && ((EventPayload.Overdue) e.payload()).clock().equals("main"));
        boolean late = upTo.stream().anyMatch(e -> e.type() == TicketEventType.CLOSED && !((EventPayload.Closed) e.payload()).onTime());
        boolean reworked = upTo.stream().anyMatch(e -> e.type() == TicketEventType.VERIFICATION_FAILED || e.type() == TicketEventType.REOPENED);
        boolean open = upTo.stream().noneMatch(e -> e.type() == TicketEventType.CLOSED || e.type() == TicketEventType.REJECTED
            || e.type() == TicketEventType.CANCELLED);
        boolean pastDue = !upTo.isEmpty() && open && upTo.get(upTo.size() - 1).deadline().map(d -> d.isOverdueAt(asOf)).orElse(false);
        assertThat(c.isPresent()).as(id.value()).isEqualTo(overdue || late || reworked || pastDue);
        if (c.isEmpty()) {
          continue;
        }
        AccountabilityCase k = c.get();
        assertThat(k.step()).isEqualTo(k.steps().get(k.steps().size() - 1).step());
        for (int i = 1; i < k.steps().size(); i++) {
          assertThat(k.steps().get(i).step()).isGreaterThan(k.steps().get(i - 1).step());
        }
        for (EventRef r : k.evidence()) {
          assertThat(r.ticket()).isEqualTo(id);
          assertThat(h.get((int) r.version() - 1).occurredAt()).isBeforeOrEqualTo(asOf);
        }
        assertThat(k.parties()).allSatisfy(p -> assertThat(p.evidence()).isNotEmpty());
        assertThat(k.steps()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
        assertThat(k.reworks()).isEqualTo((int) upTo.stream().filter(e -> e.type() == TicketEventType.VERIFICATION_FAILED
            || e.type() == TicketEventType.REOPENED).count());
      }
    });
  }
}

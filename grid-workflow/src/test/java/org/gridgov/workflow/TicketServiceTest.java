package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.TicketEventType.*;
import static org.gridgov.workflow.testing.WorkflowWorld.*;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/** The standard closed loop end to end, smart dispatch, return, extension, suspension, cancellation, supervision. */
class TicketServiceTest {
  private final WorkflowWorld world = new WorkflowWorld();
  private final MutableClock clock = MutableClock.at("2024-03-04T09:00");
  private final TicketService service = world.service(clock);

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.CHINA).toInstant();
  }

  private Ticket run(TicketId id, String command, Principal actor) {
    return service.execute(Command.of(id, command, actor));
  }

  private Ticket run(Command command) {
    return service.execute(command);
  }

  private List<TicketEventType> types(TicketId id) {
    return service.history(id, world.centre).stream().map(TicketEvent::type).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theStandardLoopRunsFromReportToCloseWithReturnReworkAndReopening() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    TicketId id = t.id();
    assertThat(t.definition()).isEqualTo("standard");
    assertThat(t.deadline()).isEmpty();
    assertThat(t.stepDeadline().get().dueAt()).isEqualTo(at("2024-03-04T11:00"));

    clock.set("2024-03-04T09:30");
    t = run(Commands.accept(id, world.centre));
    assertThat(t.state()).isEqualTo("filed");
    assertThat(t.deadline().get().dueAt()).isEqualTo(at("2024-03-11T09:30"));

    clock.set("2024-03-04T10:00");
    t = run(Commands.dispatch(id, world.centre));
    assertThat(t.department()).contains("urban-management");
    assertThat(t.unit()).contains("um-xuzhuang");
    TicketEvent dispatched = service.history(id, world.centre).get(2);
    assertThat(dispatched.payload()).isEqualTo(new EventPayload.Dispatched("urban-management", Optional.of("um-xuzhuang"), true));

    clock.set("2024-03-04T11:00");
    t = run(Commands.returnTicket(id, world.urbanManagement, "outside-remit"));
    assertThat(t.state()).isEqualTo("filed");
    assertThat(t.department()).isEmpty();
    assertThat(t.returnedBy()).containsExactly("urban-management");
    TicketId returned = id;
    assertThatThrownBy(() -> run(Commands.dispatch(returned, world.centre))).isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("returned this ticket as outside its remit");

    t = run(Commands.dispatch(id, world.centre, "housing"));
    assertThat(t.unit()).contains("housing-district");
    t = run(Commands.sign(id, world.housing));
    assertThat(t.state()).isEqualTo("handling");

    t = run(Commands.requestExtension(id, world.housing, TimeLimit.workingDays(2)).withReason("more-time-needed"));
    assertThat(t.pendingExtension()).contains(TimeLimit.workingDays(2));
    t = run(Commands.approveExtension(id, world.centre));
    assertThat(t.deadline().get().dueAt()).isEqualTo(at("2024-03-13T09:30"));
    assertThat(t.deadline().get().limit()).isEqualTo(TimeLimit.workingDays(7));
    assertThat(t.extensions()).isEqualTo(1);

    clock.set("2024-03-05T15:00");
    run(Commands.handle(id, world.housing));
    t = run(Commands.feedBack(id, world.housing));
    assertThat(t.deadline().get().isPaused()).isTrue();
    clock.set("2024-03-06T15:00");
    t = run(Commands.verify(id, world.worker, false));
    assertThat(t.state()).isEqualTo("handling");
    assertThat(t.reworks()).isEqualTo(1);
    // the clock stood still for the 7 working hours of verification
    assertThat(t.deadline().get().dueAt()).isEqualTo(at("2024-03-14T09:30"));

    run(Commands.handle(id, world.housing));
    run(Commands.feedBack(id, world.housing));
    t = run(Commands.verify(id, world.worker, true));
    assertThat(t.state()).isEqualTo("verified");
    run(Commands.revisit(id, world.centre));
    t = run(Commands.rate(id, world.centre, Satisfaction.DISSATISFIED));
    assertThat(t.state()).isEqualTo("handling");
    assertThat(t.reworks()).isEqualTo(2);
    assertThat(t.satisfaction()).contains(Satisfaction.DISSATISFIED);

    run(Commands.handle(id, world.housing));
    run(Commands.feedBack(id, world.housing));
    run(Commands.verify(id, world.worker, true));
    clock.set("2024-03-07T10:00");
    t = run(Commands.rate(id, world.centre, Satisfaction.BASICALLY_SATISFIED));

    assertThat(t.outcome()).contains(Outcome.CLOSED);
    assertThat(t.closedOnTime()).contains(true);
    assertThat(types(id)).containsExactly(REPORTED, ACCEPTED, DISPATCHED, RETURNED, DISPATCHED, DEPARTMENT_ACCEPTED,
        EXTENSION_REQUESTED, EXTENSION_APPROVED, HANDLED, FED_BACK, VERIFICATION_FAILED, HANDLED, FED_BACK,
        VERIFICATION_PASSED, REVISITED, RATED, REOPENED, HANDLED, FED_BACK, VERIFICATION_PASSED, RATED, CLOSED);
    assertThat(Ticket.replay(service.history(id, world.centre))).isEqualTo(t);
    assertThatThrownBy(() -> run(Commands.note(returned, world.centre, "已结案"))).isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("CLOSED");
  }

  @Test
  void aDepartmentMayReturnATicketOnlyWithinTwoWorkingDaysOfDispatch() {
    TicketId id = filedAndDispatched();
    clock.set("2024-03-06T10:00");
    Ticket before = service.get(id, world.centre);
    clock.set("2024-03-06T10:00:01");
    assertThatThrownBy(() -> run(Commands.returnTicket(id, world.urbanManagement, "outside-remit")))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("within 2 working days");
    assertThat(service.get(id, world.centre)).isEqualTo(before);
    clock.set("2024-03-06T10:00");
    assertThat(run(Commands.returnTicket(id, world.urbanManagement, "outside-remit")).state()).isEqualTo("filed");
  }

  @Test
  void aReturnNeedsItsReasonAndOnlyTheAssignedDepartmentMayReturn() {
    TicketId id = filedAndDispatched();
    // by name, as for a definition of your own, the missing reason is found at run time
    assertThatThrownBy(() -> run(id, "return", world.urbanManagement)).isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("requires a reason");
    assertThatThrownBy(() -> run(Commands.returnTicket(id, world.housing, "outside-remit")))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("handling-department");
    assertThatThrownBy(() -> run(Commands.returnTicket(id, world.urbanManagement, "invalid")))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("outside-remit");
  }

  @Test
  void suspensionPausesTheClockAndResumptionReturnsToTheStateBefore() {
    TicketId id = filedAndDispatched();
    run(Commands.sign(id, world.urbanManagement));
    Instant due = service.get(id, world.centre).deadline().get().dueAt();
    clock.set("2024-03-05T14:00");
    Ticket t = run(Commands.suspend(id, world.centre, "awaiting-funds"));
    assertThat(t.state()).isEqualTo("suspended");
    assertThat(t.deadline().get().isPaused()).isTrue();
    clock.set("2024-03-20T09:00");
    assertThat(service.lights(clock.instant(), world.centre).green()).contains(id);
    assertThat(t.lightAt(clock.instant())).isEqualTo(TimingLight.GREEN);
    clock.set("2024-03-07T14:00");
    t = run(Commands.resume(id, world.centre));
    assertThat(t.state()).isEqualTo("handling");
    assertThat(t.deadline().get().dueAt()).isEqualTo(service.calendar().resume(
        service.calendar().start(at("2024-03-04T09:30"), TimeLimit.workingDays(5)).pausedAt(at("2024-03-05T14:00")),
        at("2024-03-07T14:00")).dueAt());
    assertThat(t.deadline().get().dueAt()).isAfter(due);
  }

  @Test
  void cancellationNeedsARequestAndAnApproval() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThatThrownBy(() -> run(Commands.approveCancellation(t.id(), world.centre))).isInstanceOf(IllegalCommandException.class)
        .hasMessageContaining("needs a request and an approval");
    run(Commands.requestCancellation(t.id(), world.worker, "reporter-withdrew"));
    assertThatThrownBy(() -> run(Commands.requestCancellation(t.id(), world.worker, "mistaken")))
        .isInstanceOf(IllegalCommandException.class);
    Ticket done = run(Commands.approveCancellation(t.id(), world.centre));
    assertThat(done.outcome()).contains(Outcome.CANCELLED);
    assertThat(done.closedOnTime()).isEmpty();
    assertThat(types(t.id())).containsExactly(REPORTED, CANCELLATION_REQUESTED, CANCELLED);
  }

  @Test
  void aDuplicateIsRejectedNamingTheTicketItDuplicates() {
    Ticket first = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    Ticket second = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    Ticket t = run(Commands.reject(second.id(), world.centre, "duplicate").withDuplicateOf(first.id()));
    assertThat(t.outcome()).contains(Outcome.REJECTED);
    assertThat(service.history(t.id(), world.centre).get(1).payload()).isEqualTo(new EventPayload.Rejected(Optional.of(first.id())));
  }

  @Test
  void theClockUrgesThenOverseesThenPublishesAnOverdueTicketOnce() {
    TicketId id = filedAndDispatched();
    run(Commands.sign(id, world.urbanManagement));
    // main due 2024-03-11 09:30; warn at 80 % = 28 working hours after 09:30 Mon: 6.5 + 7 + 7 + 7 + 0.5 = Fri 09:30
    clock.set("2024-03-08T09:29:59");
    assertThat(service.sweep().events()).isEmpty();
    clock.set("2024-03-08T09:30");
    SweepReport r = service.sweep();
    assertThat(r.events()).extracting(TicketEvent::type).containsExactly(URGED);
    assertThat(r.events().get(0).payload()).isEqualTo(new EventPayload.Urged(UrgingLevel.URGE, Optional.of("urban-management"), true));
    assertThat(service.sweep().events()).isEmpty();
    assertThat(service.lights(clock.instant(), world.centre).yellow()).containsExactly(id);

    clock.set("2024-03-11T09:30:01");
    r = service.sweep();
    assertThat(r.events()).extracting(TicketEvent::type).containsExactly(OVERDUE, URGED);
    assertThat(r.events().get(0).payload()).isEqualTo(new EventPayload.Overdue("main", at("2024-03-11T09:30"), Optional.of("urban-management")));
    assertThat(service.lights(clock.instant(), world.centre).red()).containsExactly(id);
    assertThat(service.sweep().events()).isEmpty();

    clock.set("2024-03-12T09:30:01");
    r = service.sweep();
    assertThat(r.events()).extracting(e -> ((EventPayload.Urged) e.payload()).level()).containsExactly(UrgingLevel.BULLETIN);
    assertThat(service.get(id, world.centre).urging()).isEqualTo(UrgingLevel.BULLETIN);
    assertThat(service.sweep().events()).isEmpty();
    assertThat(r.events()).allSatisfy(e -> assertThat(e.actor()).isSameAs(service.systemPrincipal()));
  }

  @Test
  void theEscalationLadderClimbsALevelWhenALevelsLimitPassesUpToTheTop() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    run(Commands.accept(t.id(), world.centre));
    Ticket up = run(Commands.escalate(t.id(), world.worker, "urban-management", "justice").withReason("beyond-competence"));
    assertThat(up.state()).isEqualTo("escalated");
    assertThat(up.handlingGrid()).isEqualTo(HEYUN);
    assertThat(up.summons()).extracting(Summons::department).containsExactly("urban-management", "justice");
    // report-in within 2 working hours of 09:00
    assertThat(up.summons().get(0).dueAt()).isEqualTo(at("2024-03-04T11:00"));
    clock.set("2024-03-04T10:00");
    Ticket in = run(Commands.reportIn(t.id(), world.urbanManagement));
    assertThat(in.summons().get(0).reportedIn()).isTrue();
    assertThatThrownBy(() -> run(Commands.reportIn(t.id(), world.urbanManagement))).isInstanceOf(IllegalCommandException.class);
    assertThatThrownBy(() -> run(Commands.reportIn(t.id(), world.housing))).isInstanceOf(ForbiddenException.class);

    clock.set("2024-03-04T11:00:01");
    SweepReport r = service.sweep();
    assertThat(r.events()).extracting(TicketEvent::type).contains(OVERDUE);
    assertThat(r.events().stream().map(TicketEvent::payload).filter(p -> p instanceof EventPayload.Overdue).findFirst().get())
        .isEqualTo(new EventPayload.Overdue("report-in", at("2024-03-04T11:00"), Optional.of("justice")));

    // the community's 2 working days pass: the clock escalates to the street
    clock.set("2024-03-06T09:00:01");
    r = service.sweep();
    Ticket street = service.get(t.id(), world.centre);
    assertThat(street.handlingGrid()).isEqualTo(XUZHUANG);
    assertThat(r.events()).extracting(TicketEvent::type).contains(OVERDUE, ESCALATED);
    TicketEvent auto = r.events().stream().filter(e -> e.type() == ESCALATED).findFirst().get();
    assertThat(auto.role()).isEqualTo(TicketEvent.SYSTEM_ROLE);
    assertThat(auto.reason()).contains("step-limit-passed");
    // now only a leader whose scope covers the street may act as grid-leader
    assertThatThrownBy(() -> run(Commands.dispatch(t.id(), world.communityLeader))).isInstanceOf(ForbiddenException.class);

    clock.set("2024-03-08T09:00:02");
    service.sweep();
    assertThat(service.get(t.id(), world.centre).handlingGrid()).isEqualTo(DISTRICT);
    clock.set("2024-03-12T09:00:03");
    r = service.sweep();
    // at the top of the ladder the step's overdue is recorded and nothing else: not a sweep failure
    assertThat(r.failures()).isEmpty();
    assertThat(r.events()).extracting(TicketEvent::type).contains(OVERDUE).doesNotContain(ESCALATED);
    assertThat(service.get(t.id(), world.centre).handlingGrid()).isEqualTo(DISTRICT);
    assertThat(service.sweep().events()).as("the top is not retried").isEmpty();
    // by hand, too, there is nowhere higher: a typed error naming the top, and nothing changes
    long version = service.get(t.id(), world.centre).version();
    assertThatThrownBy(() -> run(Commands.escalate(t.id(), world.centre).withReason("beyond-competence")))
        .isInstanceOf(IllegalCommandException.class).hasMessageContaining("the top of the escalation ladder (level 1)");
    assertThat(service.get(t.id(), world.centre).version()).isEqualTo(version);
    Ticket dispatched = run(Commands.dispatch(t.id(), world.centre));
    assertThat(dispatched.state()).isEqualTo("dispatched");
  }

  @Test
  void theStreetLeaderMayDispatchAfterEscalationButNotTheCommunityLeader() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    run(Commands.accept(t.id(), world.centre));
    run(Commands.escalate(t.id(), world.communityLeader).withReason("beyond-competence"));
    run(Commands.escalate(t.id(), world.communityLeader).withReason("beyond-competence"));
    assertThat(service.get(t.id(), world.centre).handlingGrid()).isEqualTo(XUZHUANG);
    assertThat(service.commandsAvailable(t.id(), world.communityLeader)).doesNotContain("dispatch");
    assertThat(service.commandsAvailable(t.id(), world.streetLeader)).contains("dispatch", "escalate");
    assertThat(run(Commands.dispatch(t.id(), world.streetLeader)).department()).contains("urban-management");
  }

  @Test
  void eachPrincipalIsOfferedTheCommandsItMaySendNow() {
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    assertThat(service.commandsAvailable(t.id(), world.centre)).containsExactly("accept", "reject", "request-cancellation",
        "approve-cancellation", "deny-cancellation", "note");
    assertThat(service.commandsAvailable(t.id(), world.worker)).containsExactly("request-cancellation", "note");
    assertThat(service.commandsAvailable(t.id(), world.urbanManagement)).isEmpty();
    assertThat(service.commandsAvailable(t.id(), world.jidongWorker)).isEmpty();
    run(Commands.accept(t.id(), world.centre));
    run(Commands.dispatch(t.id(), world.centre));
    assertThat(service.commandsAvailable(t.id(), world.urbanManagement)).containsExactly("sign", "return", "request-extension",
        "escalate", "note");
  }

  @Test
  void theBatchLightScanListsEveryOpenTicketByLight() {
    TicketId green = filedAndDispatched();
    clock.set("2024-03-01T09:00");
    Ticket early = service.report(world.report(ROAD_DAMAGE, HEYUN_2), world.worker2);
    run(Commands.accept(early.id(), world.centre));
    clock.set("2024-02-26T09:00");
    Ticket late = service.report(world.report(ROAD_DAMAGE, YUJING_1), world.centre);
    run(Commands.accept(late.id(), world.centre));
    Ticket closed = service.report(world.report(BIKE_PARKING, HEYUN_1), world.worker);
    run(Commands.handle(closed.id(), world.worker));
    service.execute(Commands.verify(closed.id(), world.centre, true));

    TimingLights lights = service.lights(at("2024-03-07T09:00"), world.centre);
    assertThat(lights.green()).containsExactly(green);
    assertThat(lights.yellow()).containsExactly(early.id());
    assertThat(lights.red()).containsExactly(late.id());
    assertThat(lights.total()).isEqualTo(3);
  }

  @Test
  void listenersHearEveryAppendAndAFailingListenerChangesNothing() {
    List<TicketEvent> heard = new java.util.ArrayList<>();
    TicketService s = world.builder(clock).listener((t, events) -> {
      throw new IllegalStateException("broker down");
    }).listener((t, events) -> heard.addAll(events)).build();
    Ticket t = s.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    Ticket accepted = s.execute(Commands.accept(t.id(), world.centre));
    assertThat(accepted.version()).isEqualTo(2);
    assertThat(heard).isEqualTo(s.store().events(t.id()));
  }

  @Test
  void aServiceBuiltOnAFilledStoreRebuildsItsBoard() {
    TicketId id = filedAndDispatched();
    TicketService again = world.service(clock, service.store());
    assertThat(again.lights(clock.instant(), world.centre).green()).containsExactly(id);
    assertThat(again.get(id, world.centre)).isEqualTo(service.get(id, world.centre));
  }

  @Test
  void anotherInstanceSharingTheStoreSweepsTheTicketsThisOneOpened() {
    org.gridgov.workflow.spi.TicketStore shared = service.store();
    TicketService other = world.service(clock, shared); // built before the ticket exists
    TicketId id = filedAndDispatched();
    run(Commands.sign(id, world.urbanManagement));
    clock.set("2024-03-11T09:30:01");
    SweepReport r = other.sweep();
    assertThat(r.events()).extracting(TicketEvent::type).containsExactly(URGED, OVERDUE, URGED);
    assertThat(service.sweep().events()).as("the first instance finds the work done").isEmpty();
    assertThat(shared.head(id).orElseThrow().nextAlarm()).as("the bulletin is the clock's next act")
        .contains(at("2024-03-12T09:30"));
    clock.set("2024-03-12T09:30:01");
    assertThat(service.sweep().events()).extracting(TicketEvent::type).containsExactly(URGED);
    assertThat(other.sweep().events()).isEmpty();
  }

  @Test
  void aSweepThatFindsNothingToDoPutsTheTicketsAlarmForwardInTheStore() {
    TicketId id = filedAndDispatched();
    org.gridgov.workflow.spi.TicketStore store = service.store();
    Instant alarm = store.head(id).orElseThrow().nextAlarm().orElseThrow();
    long version = store.version(id);
    store.reschedule(id, version, Optional.of(alarm.minusSeconds(3600))); // an alarm set too early
    clock.set(alarm.minusSeconds(60));
    SweepReport r = service.sweep();
    assertThat(r.examined()).isEqualTo(1);
    assertThat(r.events()).isEmpty();
    assertThat(store.head(id).orElseThrow().nextAlarm()).contains(alarm);
    assertThat(service.sweep().examined()).as("not due again before the clock acts").isZero();
  }

  private TicketId filedAndDispatched() {
    clock.set("2024-03-04T09:00");
    Ticket t = service.report(world.report(ROAD_DAMAGE, HEYUN_1), world.worker);
    clock.set("2024-03-04T09:30");
    run(Commands.accept(t.id(), world.centre));
    clock.set("2024-03-04T10:00");
    run(Commands.dispatch(t.id(), world.centre));
    return t.id();
  }

  @Test
  void aTimeoutTheClockCouldNotFireIsFiredOnceTheCalendarCanCountIt() {
    // escalated on Monday 2026-12-28; the 2 working days pass on the 30th, but the escalation's own
    // 2-day limit would run into 2027, a year without holiday data
    MutableClock december = MutableClock.at("2026-12-28T09:00");
    var store = new org.gridgov.workflow.spi.InMemoryTicketStore();
    TicketService before = world.builder(december).store(store).build();
    Ticket t = before.report(NewTicket.builder().from(world.report(BIKE_PARKING, HEYUN_1)).definition("standard").build(),
        world.worker); // a 2-working-hour matter, on the standard loop
    before.execute(Commands.accept(t.id(), world.centre));
    before.execute(Commands.escalate(t.id(), world.worker).withReason("beyond-competence"));
    december.set("2026-12-30T11:00");
    SweepReport failed = before.sweep();
    assertThat(failed.failures()).singleElement().asString().contains("2027");
    assertThat(failed.events()).as("what was committed is reported").extracting(TicketEvent::type).contains(OVERDUE);
    assertThat(before.get(t.id(), world.centre).handlingGrid()).isEqualTo(HEYUN);

    // a restart with 2027's data on the same store: the pending escalation fires at the next sweep
    BusinessCalendar with2027 = BusinessCalendar.builder().chineseHolidays()
        .year(2027, java.util.Map.of(java.time.LocalDate.of(2027, 1, 1), false)).build();
    TicketService after = world.builder(december).calendar(with2027).store(store).build();
    SweepReport fired = after.sweep();
    assertThat(fired.failures()).isEmpty();
    assertThat(fired.events()).extracting(TicketEvent::type).containsExactly(ESCALATED);
    assertThat(after.get(t.id(), world.centre).handlingGrid()).isEqualTo(XUZHUANG);
    assertThat(after.sweep().events()).as("fired once").isEmpty();
  }

  @Test
  void limitsAndInstantsBeyondTheCalendarsRangeAreTypedErrors() {
    BusinessCalendar c = world.calendar;
    assertThatThrownBy(() -> c.start(at("2024-03-04T09:00"), TimeLimit.workingHours(5_124_096)))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> c.dueAt(at("2024-03-04T09:00"), TimeLimit.workingDays(732_014)))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("hundred years");
    assertThatThrownBy(() -> c.workingTimeBetween(at("2024-03-04T09:00"), Instant.MAX))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("to");
    assertThatThrownBy(() -> c.plusWorkingTime(at("2024-03-04T09:00"), java.time.Duration.ofDays(300_000)))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> c.dueAt(Instant.MAX, TimeLimit.calendarDays(1)))
        .isInstanceOf(org.gridgov.core.InvalidInputException.class).hasMessageContaining("start");
  }
}

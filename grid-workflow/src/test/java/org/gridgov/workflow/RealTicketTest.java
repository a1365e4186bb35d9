package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.WorkflowWorld.BIKE_PARKING;
import static org.gridgov.workflow.testing.WorkflowWorld.HEYUN_1;

import java.time.LocalDateTime;
import java.util.List;
import org.gridgov.workflow.testing.MutableClock;
import org.gridgov.workflow.testing.WorkflowWorld;
import org.junit.jupiter.api.Test;

/**
 * The real ticket of article 003: on 2022-01-13 the grid worker 张敏 of 荷韵花园 uploaded electric
 * bikes parked anyhow at 10:06, it was handled by 10:11 and verified at 10:14.
 */
class RealTicketTest {
  private final WorkflowWorld world = new WorkflowWorld();

  @Test
  void theArticlesTicketIsReportedHandledAndVerifiedWithinItsLimit() {
    MutableClock clock = MutableClock.at("2022-01-13T10:06");
    TicketService service = world.service(clock);

    Ticket reported = service.report(NewTicket.builder().channel(Channel.PATROL).matterType(BIKE_PARKING)
        .grid(HEYUN_1).reporter(Reporter.gridStaff("zhang-min")).summary("荷韵花园小区电车乱停乱放")
        .location(ReportedPlace.of(116.62, 35.41, "荷韵花园小区")).build(), world.worker);
    assertThat(reported.definition()).isEqualTo(WorkflowDefinitions.THREE_CLASSES);
    assertThat(reported.state()).isEqualTo("reported");
    assertThat(reported.deadline()).isPresent();

    clock.set("2022-01-13T10:11");
    Ticket handled = service.execute(Commands.handle(reported.id(), world.worker));
    assertThat(handled.state()).isEqualTo("handled");

    clock.set("2022-01-13T10:14");
    Ticket closed = service.execute(Commands.verify(reported.id(), world.centre, true));

    assertThat(closed.outcome()).contains(Outcome.CLOSED);
    assertThat(closed.closedOnTime()).contains(true);
    List<TicketEvent> history = service.history(reported.id(), world.centre);
    assertThat(history).extracting(TicketEvent::type).containsExactly(TicketEventType.REPORTED,
        TicketEventType.HANDLED, TicketEventType.VERIFICATION_PASSED, TicketEventType.CLOSED);
    assertThat(history).extracting(e -> LocalDateTime.ofInstant(e.occurredAt(), BusinessCalendar.CHINA).toLocalTime().toString())
        .containsExactly("10:06", "10:11", "10:14", "10:14");
    assertThat(history.get(3).payload()).isEqualTo(new EventPayload.Closed(true, closed.deadline().map(Deadline::dueAt)));
    assertThat(Ticket.replay(history)).isEqualTo(closed);
    // 2 working hours from 10:06 on a Thursday: 12:06 less the lunch hour is 13:06
    assertThat(closed.deadline().get().dueAt()).isEqualTo(java.time.Instant.parse("2022-01-13T05:06:00Z"));
  }
}

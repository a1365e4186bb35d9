package org.gridgov.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.testing.TicketStoreContractAccess;
import org.junit.jupiter.api.Test;

/** The replay refuses histories that do not follow. */
class TicketTest {
  private static final Instant T0 = Instant.parse("2024-03-04T01:00:00Z");
  private static final TicketId ID = TicketId.of("t");
  private final TicketEvent reported = TicketStoreContractAccess.reported(ID, T0);

  @Test
  void aHistoryStartsWithItsReportedEvent() {
    assertThatThrownBy(() -> Ticket.replay(List.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("REPORTED");
    assertThatThrownBy(() -> TicketEvent.builder().from(reported).version(2).build()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("version 1 is the REPORTED event");
  }

  @Test
  void versionsFollowWithoutGapsForOneTicket() {
    TicketEvent gap = TicketStoreContractAccess.note(ID, 3, T0, "gap");
    assertThatThrownBy(() -> Ticket.replay(List.of(reported, gap))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("events[1].version");
    TicketEvent other = TicketStoreContractAccess.note(TicketId.of("u"), 2, T0, "other");
    assertThatThrownBy(() -> Ticket.replay(List.of(reported, other))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("events[1].ticketId");
    TicketEvent wrongState = TicketEvent.builder().from(TicketStoreContractAccess.note(ID, 2, T0, "x")).fromState("filed").build();
    assertThatThrownBy(() -> Ticket.replay(List.of(reported, wrongState))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("fromState");
  }

  @Test
  void aClosedTicketTakesNoMoreEvents() {
    TicketEvent cancelled = TicketEvent.builder().from(TicketStoreContractAccess.note(ID, 2, T0, "x"))
        .type(TicketEventType.CANCELLED).state("cancelled").build();
    Ticket t = Ticket.replay(List.of(reported, cancelled));
    assertThat(t.outcome()).contains(Outcome.CANCELLED);
    assertThat(t.closedAt()).contains(T0);
    TicketEvent after = TicketEvent.builder().from(TicketStoreContractAccess.note(ID, 3, T0, "late")).fromState("cancelled")
        .state("cancelled").build();
    assertThatThrownBy(() -> t.apply(after)).isInstanceOf(InvalidInputException.class).hasMessageContaining("final state");
  }

  @Test
  void aPayloadMustFitItsType() {
    assertThatThrownBy(() -> TicketEvent.builder().from(TicketStoreContractAccess.note(ID, 2, T0, "x"))
        .payload(new EventPayload.Rated(Satisfaction.SATISFIED)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not fit an event of type NOTED");
  }

  @Test
  void newIdsAreTimeOrderedUuids() {
    TicketId a = TicketId.newId(T0);
    TicketId b = TicketId.newId(T0.plusMillis(1));
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(a).isLessThan(b);
    assertThat(TicketId.of(a.value())).isEqualTo(a);
  }
}

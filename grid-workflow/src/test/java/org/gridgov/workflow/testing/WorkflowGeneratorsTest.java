package org.gridgov.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.junit.jupiter.api.Test;

class WorkflowGeneratorsTest {
  private static final WorkflowWorld WORLD = new WorkflowWorld();

  @Test
  void generatedHistoriesReachMostEventTypesAndAlwaysReplay() {
    Map<TicketEventType, Integer> seen = new EnumMap<>(TicketEventType.class);
    qt().withFixedSeed(20220113L).withExamples(300).forAll(WorkflowGenerators.histories(WORLD, 120)).checkAssert(histories -> {
      for (List<TicketEvent> history : histories) {
        assertThat(Ticket.replay(history).version()).isEqualTo(history.size());
        history.forEach(e -> seen.merge(e.type(), 1, Integer::sum));
      }
    });
    assertThat(seen.keySet()).contains(TicketEventType.REPORTED, TicketEventType.ACCEPTED, TicketEventType.DISPATCHED,
        TicketEventType.DEPARTMENT_ACCEPTED, TicketEventType.RETURNED, TicketEventType.HANDLED, TicketEventType.FED_BACK,
        TicketEventType.VERIFICATION_PASSED, TicketEventType.VERIFICATION_FAILED, TicketEventType.RATED,
        TicketEventType.CLOSED, TicketEventType.ESCALATED, TicketEventType.URGED, TicketEventType.OVERDUE,
        TicketEventType.SUSPENDED, TicketEventType.RESUMED, TicketEventType.EXTENSION_REQUESTED);
  }
}

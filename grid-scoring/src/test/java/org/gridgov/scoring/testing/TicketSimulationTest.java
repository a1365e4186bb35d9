package org.gridgov.scoring.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.junit.jupiter.api.Test;

class TicketSimulationTest {
  private static final TicketSimulation.Settings THREE_WEEKS =
      new TicketSimulation.Settings(LocalDate.of(2024, 4, 1), 20, 10, 150, 20, 13);

  @Test
  void aRunReachesEveryKindOfEventTheScorerCounts() {
    TicketSimulation.Run run = TicketSimulation.run(SimWorld.small(), THREE_WEEKS, Choices.seeded(7));
    Set<TicketEventType> seen = EnumSet.noneOf(TicketEventType.class);
    run.events().forEach(e -> seen.add(e.type()));
    assertThat(seen).contains(TicketEventType.REPORTED, TicketEventType.ACCEPTED, TicketEventType.REJECTED, TicketEventType.PROMISED,
        TicketEventType.DISPATCHED, TicketEventType.DEPARTMENT_ACCEPTED, TicketEventType.RETURNED, TicketEventType.HANDLED,
        TicketEventType.VERIFICATION_PASSED, TicketEventType.VERIFICATION_FAILED, TicketEventType.RATED, TicketEventType.REOPENED,
        TicketEventType.CLOSED, TicketEventType.EXTENSION_APPROVED, TicketEventType.SUSPENDED, TicketEventType.CANCELLED,
        TicketEventType.ESCALATED, TicketEventType.REPORTED_IN, TicketEventType.URGED, TicketEventType.OVERDUE);
  }

  @Test
  void theSameChoicesGiveTheSameEvents() {
    List<TicketEvent> a = TicketSimulation.run(SimWorld.small(), THREE_WEEKS, Choices.seeded(11)).events();
    List<TicketEvent> b = TicketSimulation.run(SimWorld.small(), THREE_WEEKS, Choices.seeded(11)).events();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void everyGeneratedStreamIsOneTheWorkflowProducedTicketByTicketInVersionOrder() {
    qt().withExamples(30).forAll(ScoringGenerators.runs(5)).checkAssert(run -> {
      for (TicketId id : run.tickets()) {
        List<TicketEvent> mine = run.events().stream().filter(e -> e.ticketId().equals(id)).toList();
        assertThat(mine).isEqualTo(run.service().store().events(id));
        Ticket replayed = Ticket.replay(mine);
        assertThat(replayed.version()).isEqualTo(mine.size());
      }
      for (int i = 1; i < run.events().size(); i++) {
        assertThat(run.events().get(i).occurredAt()).isAfterOrEqualTo(run.events().get(i - 1).occurredAt());
      }
    });
  }
}

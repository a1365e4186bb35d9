package org.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.scoring.testing.ScoringGenerators;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.UrgingLevel;
import org.junit.jupiter.api.Test;

class OverdueRegisterTest {
  @Test
  void theNoticeHoldsTheTicketsWhoseMainLimitPassedInThePeriodWithTheirHighestUrgingAndHowTheyEnded() {
    qt().withExamples(40).forAll(ScoringGenerators.runs(8), range(0, 10_000)).checkAssert((run, seed) -> {
      ScoringPeriod week = ScoringPeriod.containing(PeriodKind.WEEK, run.start().plusSeconds(3 * 86_400), ScoringPeriod.CHINA);
      OverdueRegister register = OverdueRegister.of(week);
      ScoringGenerators.withRepeats(run.events(), seed).forEach(register::accept);
      Map<TicketId, Optional<String>> department = new LinkedHashMap<>();
      Map<TicketId, Integer> count = new HashMap<>();
      Map<TicketId, UrgingLevel> urging = new HashMap<>();
      Map<TicketId, TicketEventType> ended = new HashMap<>();
      List<TicketEvent> in = run.events().stream().filter(e -> week.contains(e.occurredAt())).toList();
      for (TicketEvent e : in) {
        if (e.type() == TicketEventType.OVERDUE && ((EventPayload.Overdue) e.payload()).clock().equals("main")) {
          department.put(e.ticketId(), ((EventPayload.Overdue) e.payload()).department());
          count.merge(e.ticketId(), 1, Integer::sum);
        }
      }
      for (TicketEvent e : in) {
        if (!department.containsKey(e.ticketId())) {
          continue;
        }
        if (e.type() == TicketEventType.URGED) {
          UrgingLevel l = ((EventPayload.Urged) e.payload()).level();
          urging.merge(e.ticketId(), l, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        if (e.type() == TicketEventType.CLOSED || e.type() == TicketEventType.REJECTED || e.type() == TicketEventType.CANCELLED) {
          ended.put(e.ticketId(), e.type());
        }
      }
      assertThat(register.size()).isEqualTo(department.size());
      for (OverdueTicket t : register.tickets()) {
        assertThat(t.department()).isEqualTo(department.get(t.ticket()));
        assertThat(t.overdues()).isEqualTo(count.get(t.ticket()));
        assertThat(t.urging()).isEqualTo(urging.getOrDefault(t.ticket(), UrgingLevel.NONE));
        assertThat(t.outcome().map(Enum::name)).isEqualTo(Optional.ofNullable(ended.get(t.ticket())).map(x -> x == TicketEventType.CLOSED
            ? "CLOSED" : x.name()));
        assertThat(t.evidence()).allSatisfy(r -> assertThat(r.ticket()).isEqualTo(t.ticket()));
      }
    });
  }
}

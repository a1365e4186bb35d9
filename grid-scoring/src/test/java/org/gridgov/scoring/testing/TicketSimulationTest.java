package org.gridgov.scoring.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.junit.jupiter.api.Test;

class TicketSimulationTest {
  @Test
  void aSmallRunReachesEveryKindOfEventTheScorerCounts() {
    long t0 = System.nanoTime();
    TicketSimulation.Run run = TicketSimulation.run(SimWorld.small(),
        new TicketSimulation.Settings(LocalDate.of(2024, 4, 1), 20, 10, 150, 20), Choices.seeded(7));
    Map<TicketEventType, Integer> n = new EnumMap<>(TicketEventType.class);
    for (TicketEvent e : run.events()) {
      n.merge(e.type(), 1, Integer::sum);
    }
    System.out.println("small: " + run.events().size() + " events, " + run.tickets().size() + " tickets in "
        + (System.nanoTime() - t0) / 1_000_000 + " ms: " + n);
    long t1 = System.nanoTime();
    TicketSimulation.Run big = TicketSimulation.run(SimWorld.taibaihu(),
        new TicketSimulation.Settings(LocalDate.of(2024, 4, 1), 30, 0, 60, 15), Choices.seeded(2024));
    Map<TicketEventType, Integer> m = new EnumMap<>(TicketEventType.class);
    for (TicketEvent e : big.events()) {
      m.merge(e.type(), 1, Integer::sum);
    }
    System.out.println("taibaihu: " + big.events().size() + " events, " + big.tickets().size() + " tickets in "
        + (System.nanoTime() - t1) / 1_000_000 + " ms: " + m);
    assertThat(n).isNotEmpty();
  }
}

package org.gridgov.benchmarks.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridgov.scoring.ScoringPeriod;
import org.gridgov.scoring.testing.Choices;
import org.gridgov.scoring.testing.SimWorld;
import org.gridgov.scoring.testing.TicketSimulation;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * The month the scoring benchmarks score: Taibaihu (219 basic grids, 8 departments) in April 2024,
 * simulated through the real ticket service with a fixed seed, then repeated with fresh ticket
 * ids until it holds the number of events asked for — a district's month scaled up to a city's.
 * Each copy keeps every event as the service made it (actors, payloads, clocks); only the ticket
 * id changes ({@code T000123} becomes {@code T000123-r7}). Events are ordered by time, then copy.
 */
final class ScoringWorkload {
  static final ScoringPeriod APRIL = ScoringPeriod.month(java.time.YearMonth.of(2024, 4));
  private static SimWorld world;
  private static List<TicketEvent> base;

  private ScoringWorkload() {}

  static synchronized SimWorld world() {
    if (world == null) {
      org.gridgov.examples.Place place = org.gridgov.examples.Place.load("taibaihu");
      world = SimWorld.of(place.tree(), place.matters().orElseThrow(), place.roster());
    }
    return world;
  }

  /** The simulated month, once per JVM. */
  static synchronized List<TicketEvent> base() {
    if (base == null) {
      TicketSimulation.Run run = TicketSimulation.run(world(),
          new TicketSimulation.Settings(LocalDate.of(2024, 4, 1), 30, 0, 60, 12, 4), Choices.seeded(20240401L));
      base = run.events();
    }
    return base;
  }

  /** {@code n} events: the month repeated with fresh ticket ids, in time order. */
  static List<TicketEvent> events(int n) {
    List<TicketEvent> month = base();
    List<TicketEvent> out = new ArrayList<>(n + month.size());
    int copies = (n + month.size() - 1) / month.size();
    for (int c = 0; c < copies; c++) {
      for (TicketEvent e : month) {
        out.add(c == 0 ? e : e.withTicketId(TicketId.of(e.ticketId().value() + "-r" + c)));
      }
    }
    out.sort(Comparator.comparing(TicketEvent::occurredAt));
    List<TicketEvent> trimmed = new ArrayList<>(out.subList(0, n));
    return trimmed;
  }
}

package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventJson;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;

/**
 * Counts made here, independently of grid-scoring, from the raw event log: for the whole month,
 * per department and per basic grid, the counts {@code ranking.csv} and the briefing show, by the
 * definitions of docs/scoring.md §3 (each event counted once, at its instant, for the department
 * it names or is assigned, and for its basic grid).
 */
final class EventCounts {
  /** Columns, in ranking.csv's order. */
  static final List<String> COLUMNS = List.of("received", "closed", "closed_on_time", "overdue", "returned", "rework",
      "rated", "satisfied");

  final List<TicketEvent> month = new ArrayList<>();
  final Map<String, long[]> departments = new TreeMap<>();
  final Map<String, long[]> grids = new TreeMap<>();
  final long[] total = new long[COLUMNS.size()];
  final Set<TicketId> overdueTickets = new HashSet<>();

  /** Reads a log (one JSON event a line) and counts the events of {@code ym}. */
  EventCounts(Path log, YearMonth ym) {
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    Instant from = ym.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    try {
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        TicketEvent e = TicketEventJson.fromJson(line);
        if (!e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)) {
          month.add(e);
          count(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void count(TicketEvent e) {
    String grid = e.grid().value();
    switch (e.type()) {
      case REPORTED -> add(null, grid, 0);
      case DISPATCHED -> add(((EventPayload.Dispatched) e.payload()).department(), null, 0);
      case CLOSED -> {
        add(e.department().orElse(null), grid, 1);
        if (((EventPayload.Closed) e.payload()).onTime()) {
          add(e.department().orElse(null), grid, 2);
        }
      }
      case OVERDUE -> {
        EventPayload.Overdue o = (EventPayload.Overdue) e.payload();
        if (o.clock().equals("main")) {
          add(o.department().orElse(null), grid, 3);
          overdueTickets.add(e.ticketId());
        }
      }
      case RETURNED -> add(((EventPayload.DepartmentAction) e.payload()).department(), grid, 4);
      case VERIFICATION_FAILED, REOPENED -> add(e.department().orElse(null), grid, 5);
      case RATED -> {
        add(e.department().orElse(null), grid, 6);
        if (((EventPayload.Rated) e.payload()).satisfaction() != Satisfaction.DISSATISFIED) {
          add(e.department().orElse(null), grid, 7);
        }
      }
      default -> {
      }
    }
  }

  /** Counts column {@code i} for the department (when named), and for the grid and the total (when given). */
  private void add(String department, String grid, int i) {
    if (department != null) {
      departments.computeIfAbsent(department, k -> new long[COLUMNS.size()])[i]++;
    }
    if (grid != null) {
      grids.computeIfAbsent(grid, k -> new long[COLUMNS.size()])[i]++;
    }
    if (grid != null) {
      total[i]++;
    }
  }

  /** The number of events of a type in the month. */
  long events(TicketEventType type) {
    return month.stream().filter(e -> e.type() == type).count();
  }
}

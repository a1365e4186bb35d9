package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.Grid;
import org.gridgov.core.GridTree;
import org.gridgov.core.PrincipalKind;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;

/**
 * The indicator definitions of docs/scoring.md written the plain way, for tests to compare the
 * accumulator against: each ticket's whole history in version order, string-keyed counts, the
 * tree's own ancestor lists. Slow and obvious on purpose.
 */
final class NaiveIndicators {
  private final Map<String, Long> counts = new HashMap<>();

  /** Counts the events of {@code histories} (whole histories) whose instant lies in {@code period}. */
  static NaiveIndicators of(GridTree tree, List<TicketEvent> allEvents, ScoringPeriod period) {
    Map<TicketId, List<TicketEvent>> histories = new LinkedHashMap<>();
    for (TicketEvent e : allEvents) {
      List<TicketEvent> h = histories.computeIfAbsent(e.ticketId(), k -> new ArrayList<>());
      if (e.version() == h.size() + 1) {
        h.add(e);
      }
    }
    NaiveIndicators n = new NaiveIndicators();
    for (List<TicketEvent> h : histories.values()) {
      String lastDispatcher = null;
      for (int i = 0; i < h.size(); i++) {
        TicketEvent e = h.get(i);
        TicketEvent before = i == 0 ? null : h.get(i - 1);
        if (period.contains(e.occurredAt())) {
          n.count(tree, e, before, lastDispatcher);
        }
        if (e.type() == TicketEventType.DISPATCHED) {
          lastDispatcher = isCentre(e) ? e.actor().id() : null;
        }
      }
    }
    return n;
  }

  private static boolean isCentre(TicketEvent e) {
    return e.actor().kind() == PrincipalKind.COMMAND_CENTRE && !e.role().equals("system");
  }

  private static boolean onTime(TicketEvent e, TicketEvent before) {
    if (before == null || before.stepDeadline().isEmpty()) {
      return true;
    }
    Deadline d = before.stepDeadline().get();
    return !e.occurredAt().isAfter(d.dueAt());
  }

  private void count(GridTree tree, TicketEvent e, TicketEvent before, String lastDispatcher) {
    String dept = e.department().orElse(null);
    String centre = isCentre(e) ? e.actor().id() : null;
    switch (e.type()) {
      case REPORTED:
        grid(tree, e, Indicator.RECEIVED);
        break;
      case ACCEPTED:
        all(tree, e, Indicator.FILED, dept, centre);
        break;
      case REJECTED:
        all(tree, e, Indicator.REJECTED, dept, null);
        break;
      case CANCELLED:
        all(tree, e, Indicator.CANCELLED, dept, null);
        break;
      case DISPATCHED: {
        String to = ((EventPayload.Dispatched) e.payload()).department();
        all(tree, e, Indicator.DISPATCHED, to, centre);
        add("D:" + to + ":" + Indicator.RECEIVED);
        if (onTime(e, before)) {
          all(tree, e, Indicator.DISPATCHED_ON_TIME, to, centre);
        }
        break;
      }
      case DEPARTMENT_ACCEPTED:
        all(tree, e, Indicator.ACCURATELY_DISPATCHED, ((EventPayload.DepartmentAction) e.payload()).department(), lastDispatcher);
        break;
      case RETURNED:
        all(tree, e, Indicator.RETURNED, ((EventPayload.DepartmentAction) e.payload()).department(), lastDispatcher);
        break;
      case HANDLED:
        all(tree, e, Indicator.HANDLED, dept, null);
        break;
      case VERIFICATION_PASSED:
      case VERIFICATION_FAILED:
        all(tree, e, Indicator.VERIFIED, dept, centre);
        if (onTime(e, before)) {
          all(tree, e, Indicator.VERIFIED_ON_TIME, dept, centre);
        }
        if (e.type() == TicketEventType.VERIFICATION_FAILED) {
          all(tree, e, Indicator.REWORK, dept, null);
        }
        break;
      case REOPENED:
        all(tree, e, Indicator.REWORK, dept, null);
        break;
      case RATED: {
        all(tree, e, Indicator.RATED, dept, null);
        Satisfaction s = ((EventPayload.Rated) e.payload()).satisfaction();
        all(tree, e, s == Satisfaction.SATISFIED ? Indicator.SATISFIED : s == Satisfaction.DISSATISFIED
            ? Indicator.DISSATISFIED : Indicator.BASICALLY_SATISFIED, dept, null);
        break;
      }
      case CLOSED:
        all(tree, e, Indicator.CLOSED, dept, null);
        if (((EventPayload.Closed) e.payload()).onTime()) {
          all(tree, e, Indicator.CLOSED_ON_TIME, dept, null);
        }
        break;
      case OVERDUE: {
        EventPayload.Overdue o = (EventPayload.Overdue) e.payload();
        if (o.clock().equals("main")) {
          all(tree, e, Indicator.OVERDUE, o.department().orElse(null), null);
        } else if (o.clock().equals("report-in")) {
          all(tree, e, Indicator.REPORT_IN_OVERDUE, o.department().orElse(null), null);
        }
        break;
      }
      case EXTENSION_APPROVED:
        all(tree, e, Indicator.EXTENDED, dept, null);
        break;
      case SUSPENDED:
        all(tree, e, Indicator.SUSPENDED, dept, null);
        break;
      case ESCALATED:
        all(tree, e, Indicator.ESCALATED, dept, null);
        break;
      default:
        break;
    }
  }

  private void grid(GridTree tree, TicketEvent e, Indicator i) {
    add("G:" + e.grid().value() + ":" + i);
    for (Grid a : tree.ancestors(e.grid())) {
      add("G:" + a.code().value() + ":" + i);
    }
  }

  private void all(GridTree tree, TicketEvent e, Indicator i, String dept, String dispatcher) {
    grid(tree, e, i);
    if (dept != null) {
      add("D:" + dept + ":" + i);
    }
    if (dispatcher != null) {
      add("X:" + dispatcher + ":" + i);
    }
  }

  private void add(String key) {
    counts.merge(key, 1L, Long::sum);
  }

  /** The naive count of a subject's indicator. */
  long count(Subject s, Indicator i) {
    String k = (s.kind() == SubjectKind.GRID ? "G:" : s.kind() == SubjectKind.DEPARTMENT ? "D:" : "X:") + s.id() + ":" + i;
    return counts.getOrDefault(k, 0L);
  }

  /** The dispatchers counted. */
  List<String> dispatchers() {
    List<String> out = new ArrayList<>();
    for (String k : counts.keySet()) {
      if (k.startsWith("X:")) {
        String id = k.substring(2, k.lastIndexOf(':'));
        if (!out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }
}

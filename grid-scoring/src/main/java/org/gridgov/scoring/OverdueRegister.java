package org.gridgov.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gridgov.core.GridCode;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.Outcome;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.UrgingLevel;

/**
 * Collects the overdue notice of a period (超期工单通报) from its events: every ticket whose main
 * limit passed in the period, grouped by the department holding it, with the urging it got and
 * how it ended. Needs no earlier events; feeding an event twice changes nothing. Not thread-safe.
 */
public final class OverdueRegister {
  private final ScoringPeriod period;
  private final Map<TicketId, Entry> entries = new LinkedHashMap<>();
  private final Map<TicketId, Urging> urged = new HashMap<>();

  private static final class Entry {
    String matterType;
    GridCode grid;
    GridCode handlingGrid;
    Optional<String> department;
    Instant dueAt;
    Instant overdueAt;
    int overdues;
    UrgingLevel urging = UrgingLevel.NONE;
    Optional<Outcome> outcome = Optional.empty();
    Optional<Instant> endedAt = Optional.empty();
    final TreeSet<EventRef> evidence = new TreeSet<>();
  }

  private static final class Urging {
    UrgingLevel level = UrgingLevel.NONE;
    final TreeSet<EventRef> evidence = new TreeSet<>();
  }

  /**
   * A group of the notice: one department's overdue tickets (or those at grid levels, with no
   * department).
   *
   * @param department the department; empty for tickets at grid levels (网格/社区自办)
   * @param tickets its overdue tickets, by due instant
   */
  public record Group(Optional<String> department, List<OverdueTicket> tickets) {
    public Group {
      tickets = List.copyOf(tickets);
    }
  }

  private OverdueRegister(ScoringPeriod period) {
    this.period = period;
  }

  /** An empty register for {@code period}. */
  public static OverdueRegister of(ScoringPeriod period) {
    if (period == null) {
      throw new MissingValueException("period");
    }
    return new OverdueRegister(period);
  }

  /** The period. */
  public ScoringPeriod period() {
    return period;
  }

  /** Takes note of {@code event} when it lies in the period. */
  public void accept(TicketEvent event) {
    if (event == null) {
      throw new MissingValueException("event");
    }
    if (!period.contains(event.occurredAt())) {
      return;
    }
    EventRef ref = EventRef.of(event);
    Entry e = entries.get(event.ticketId());
    switch (event.type()) {
      case OVERDUE: {
        EventPayload.Overdue o = (EventPayload.Overdue) event.payload();
        if (!EventPayload.Overdue.MAIN.equals(o.clock())) {
          return;
        }
        if (e == null) {
          e = new Entry();
          e.matterType = event.matterType();
          e.grid = event.grid();
          Urging u = urged.remove(event.ticketId());
          if (u != null) {
            e.urging = u.level;
            e.evidence.addAll(u.evidence);
          }
          entries.put(event.ticketId(), e);
        }
        if (e.evidence.add(ref)) {
          e.overdues++;
          if (e.overdueAt == null || !event.occurredAt().isBefore(e.overdueAt)) {
            e.overdueAt = event.occurredAt();
            e.dueAt = o.dueAt();
            e.department = o.department();
            e.handlingGrid = event.handlingGrid();
          }
        }
        return;
      }
      case URGED: {
        UrgingLevel level = ((EventPayload.Urged) event.payload()).level();
        if (e != null) {
          e.evidence.add(ref);
          e.urging = max(e.urging, level);
        } else {
          Urging u = urged.computeIfAbsent(event.ticketId(), k -> new Urging());
          u.evidence.add(ref);
          u.level = max(u.level, level);
        }
        return;
      }
      case CLOSED:
      case REJECTED:
      case CANCELLED:
        urged.remove(event.ticketId());
        if (e != null) {
          e.evidence.add(ref);
          e.outcome = Optional.of(event.type() == org.gridgov.workflow.TicketEventType.CLOSED ? Outcome.CLOSED
              : event.type() == org.gridgov.workflow.TicketEventType.REJECTED ? Outcome.REJECTED : Outcome.CANCELLED);
          e.endedAt = Optional.of(event.occurredAt());
        }
        return;
      default:
        return;
    }
  }

  private static UrgingLevel max(UrgingLevel a, UrgingLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Every overdue ticket of the period, by department (none last), then due instant, then id. */
  public List<OverdueTicket> tickets() {
    List<OverdueTicket> out = new ArrayList<>();
    entries.forEach((id, e) -> out.add(new OverdueTicket(id, e.matterType, e.grid, e.handlingGrid, e.department, e.dueAt,
        e.overdueAt, e.overdues, e.urging, e.outcome, e.endedAt, new ArrayList<>(e.evidence))));
    out.sort(Comparator.comparing((OverdueTicket t) -> t.department().orElse("\uffff"))
        .thenComparing(OverdueTicket::dueAt).thenComparing(OverdueTicket::ticket));
    return Collections.unmodifiableList(out);
  }

  /** The notice grouped by department: most overdue tickets first, ties by id; tickets at grid levels last. */
  public List<Group> byDepartment() {
    Map<Optional<String>, List<OverdueTicket>> groups = new LinkedHashMap<>();
    for (OverdueTicket t : tickets()) {
      groups.computeIfAbsent(t.department(), k -> new ArrayList<>()).add(t);
    }
    List<Group> out = new ArrayList<>();
    groups.forEach((d, ts) -> out.add(new Group(d, ts)));
    out.sort(Comparator.comparing((Group g) -> g.department().isEmpty())
        .thenComparing((Group g) -> -g.tickets().size()).thenComparing(g -> g.department().orElse("")));
    return Collections.unmodifiableList(out);
  }

  /** The number of tickets on the notice. */
  public int size() {
    return entries.size();
  }
}

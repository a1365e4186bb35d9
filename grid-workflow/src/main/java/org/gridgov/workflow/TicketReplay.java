package org.gridgov.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * The replay: a pure fold of events into a {@link Ticket}. It needs no definition, catalogue,
 * tree or calendar, because events record what was decided (departments, due instants). A replay
 * folds every event into one builder and builds the ticket once; what the fold must read of the
 * ticket so far (version, state, outcome, counters, summons) is kept beside the builder.
 */
final class TicketReplay {
  private TicketReplay() {}

  /** The ticket after {@code events}. */
  static Ticket replay(List<TicketEvent> events) {
    if (events == null) {
      throw new MissingValueException("events");
    }
    if (events.isEmpty()) {
      throw new InvalidInputException("events", "[]", "a ticket has at least its REPORTED event");
    }
    TicketEvent first = events.get(0);
    Ticket.Builder ticket = start(first);
    if (events.size() > 1) {
      Seen seen = new Seen(first);
      for (int i = 1; i < events.size(); i++) {
        fold(ticket, seen, events.get(i), i);
      }
    }
    return ticket.build();
  }

  /** A builder of the ticket created by its first event, to be folded further. */
  private static Ticket.Builder start(TicketEvent first) {
    if (first == null) {
      throw new MissingValueException("event");
    }
    if (first.version() != 1 || first.type() != TicketEventType.REPORTED) {
      throw new InvalidInputException("events[0]", first.type() + " v" + first.version(),
          "a ticket starts with its REPORTED event at version 1");
    }
    EventPayload.Reported r = (EventPayload.Reported) first.payload();
    return new Ticket.Builder()
        .id(first.ticketId())
        .version(1)
        .definition(r.definition())
        .state(first.state())
        .stateEnteredAt(first.occurredAt())
        .channel(r.channel())
        .matterType(r.matterType())
        .matterClass(r.matterClass())
        .limit(r.limit())
        .owningDepartment(r.owningDepartment())
        .grid(r.grid())
        .location(r.location())
        .reporter(r.reporter())
        .priority(r.priority())
        .summary(r.summary())
        .specialGroup(r.specialGroup())
        .joint(r.joint())
        .sharedGrids(r.sharedGrids())
        .reportedBy(first.actor().id())
        .reportedAt(first.occurredAt())
        .updatedAt(first.occurredAt())
        .handlingGrid(first.handlingGrid())
        .department(first.department())
        .deadline(first.deadline())
        .stepDeadline(first.stepDeadline());
  }

  /** The ticket after one more event. */
  static Ticket apply(Ticket ticket, TicketEvent event) {
    Ticket.Builder b = new Ticket.Builder();
    b.from(ticket);
    fold(b, new Seen(ticket), event, -1);
    return b.build();
  }

  /**
   * What the fold reads of the ticket so far, kept beside the builder (which has no getters), so
   * that a replay builds its ticket once instead of once per event.
   */
  private static final class Seen {
    final TicketId id;
    long version;
    Optional<Outcome> outcome;
    String state;
    int extensions;
    int escalations;
    UrgingLevel urging;
    int reworks;
    List<Summons> summons;

    Seen(TicketEvent first) {
      this.id = first.ticketId();
      this.version = 1;
      this.outcome = Optional.empty();
      this.state = first.state();
      this.urging = UrgingLevel.NONE;
      this.summons = List.of();
    }

    Seen(Ticket t) {
      this.id = t.id();
      this.version = t.version();
      this.outcome = t.outcome();
      this.state = t.state();
      this.extensions = t.extensions();
      this.escalations = t.escalations();
      this.urging = t.urging();
      this.reworks = t.reworks();
      this.summons = t.summons();
    }
  }

  /**
   * Folds one more event into the builder {@code b} of the ticket {@code t} has seen: the checks
   * first, so that a refused event is refused before anything is written (the replay and
   * {@link #apply} then drop the builder; their input is immutable).
   */
  private static void fold(Ticket.Builder b, Seen t, TicketEvent e, int index) {
    if (e == null) {
      throw new MissingValueException(field(index, "event"));
    }
    if (!e.ticketId().equals(t.id)) {
      throw new InvalidInputException(field(index, "ticketId"), e.ticketId().value(),
          "belongs to another ticket than " + t.id);
    }
    if (e.version() != t.version + 1) {
      throw new InvalidInputException(field(index, "version"), Long.toString(e.version()),
          "must follow version " + t.version + " of ticket " + t.id);
    }
    if (t.outcome.isPresent()) {
      throw new InvalidInputException(field(index, "type"), e.type().name(),
          "ticket " + t.id + " reached a final state (" + t.outcome.get() + ") and takes no more events");
    }
    if (e.fromState().isPresent() && !e.fromState().get().equals(t.state)) {
      throw new InvalidInputException(field(index, "fromState"), e.fromState().get(),
          "ticket " + t.id + " is in state " + t.state);
    }
    if (e.type() == TicketEventType.REPORTED) {
      throw new InvalidInputException(field(index, "type"), "REPORTED", "only the first event of a ticket is REPORTED");
    }
    String before = t.state;
    t.version = e.version();
    t.state = e.state();
    b.version(e.version())
        .state(e.state())
        .updatedAt(e.occurredAt())
        .handlingGrid(e.handlingGrid())
        .department(e.department())
        .deadline(e.deadline())
        .stepDeadline(e.stepDeadline());
    if (e.enteredState()) {
      b.stateEnteredAt(e.occurredAt()).stepOverdueRecorded(false);
      if (!e.state().equals(before)) {
        b.previousState(before);
      }
    }
    switch (e.type()) {
      case DISPATCHED: {
        EventPayload.Dispatched d = (EventPayload.Dispatched) e.payload();
        b.unit(d.unit()).assistingDepartments(d.assisting());
        break;
      }
      case RETURNED:
        b.addReturnedBy(((EventPayload.DepartmentAction) e.payload()).department())
            .unit(Optional.empty()).assistingDepartments(List.of());
        break;
      case PROMISED:
        urging(b, t, UrgingLevel.NONE).overdueRecorded(false);
        break;
      case EXTENSION_REQUESTED:
        b.pendingExtension(((EventPayload.Extension) e.payload()).by());
        break;
      case EXTENSION_APPROVED:
        b.pendingExtension(Optional.empty()).extensions(++t.extensions);
        if (!stillOverdue(e.deadline(), e)) {
          urging(b, t, UrgingLevel.NONE).overdueRecorded(false);
        }
        break;
      case EXTENSION_DENIED:
        b.pendingExtension(Optional.empty());
        break;
      case CANCELLATION_REQUESTED:
        b.cancellationRequested(true);
        break;
      case CANCELLATION_DENIED:
        b.cancellationRequested(false);
        break;
      case CANCELLED:
        b.cancellationRequested(false).closedAt(e.occurredAt());
        outcome(b, t, Outcome.CANCELLED);
        break;
      case REJECTED:
        b.closedAt(e.occurredAt());
        outcome(b, t, Outcome.REJECTED);
        break;
      case CLOSED:
        b.closedAt(e.occurredAt());
        outcome(b, t, Outcome.CLOSED);
        break;
      case ESCALATED: {
        EventPayload.Escalated p = (EventPayload.Escalated) e.payload();
        List<Summons> summons = new ArrayList<>(t.summons);
        for (String d : p.summoned()) {
          summons.add(Summons.of(d, e.occurredAt(), p.reportInDueAt().orElseThrow()));
        }
        b.escalations(++t.escalations);
        summons(b, t, summons);
        break;
      }
      case REPORTED_IN: {
        String d = ((EventPayload.DepartmentAction) e.payload()).department();
        summons(b, t, mapSummons(t.summons, d, s -> s.reportedIn() ? s : s.reportedAt(e.occurredAt())));
        break;
      }
      case URGED: {
        UrgingLevel level = ((EventPayload.Urged) e.payload()).level();
        if (level.compareTo(t.urging) > 0) {
          urging(b, t, level);
        }
        break;
      }
      case OVERDUE: {
        EventPayload.Overdue p = (EventPayload.Overdue) e.payload();
        if (p.clock().equals(EventPayload.Overdue.MAIN)) {
          b.overdueRecorded(true);
        } else if (p.clock().equals(EventPayload.Overdue.REPORT_IN)) {
          summons(b, t, mapSummons(t.summons, p.department().orElse(""), Summons::markedOverdue));
        } else {
          b.stepOverdueRecorded(true);
        }
        break;
      }
      case VERIFICATION_FAILED:
      case REOPENED:
        b.reworks(++t.reworks);
        break;
      case RATED:
        b.satisfaction(((EventPayload.Rated) e.payload()).satisfaction());
        break;
      default:
        break;
    }
  }

  private static Ticket.Builder urging(Ticket.Builder b, Seen t, UrgingLevel level) {
    t.urging = level;
    return b.urging(level);
  }

  private static void outcome(Ticket.Builder b, Seen t, Outcome outcome) {
    t.outcome = Optional.of(outcome);
    b.outcome(outcome);
  }

  private static void summons(Ticket.Builder b, Seen t, List<Summons> summons) {
    t.summons = summons;
    b.summons(summons);
  }

  private static boolean stillOverdue(Optional<Deadline> deadline, TicketEvent e) {
    return deadline.map(d -> d.isOverdueAt(e.occurredAt())).orElse(false);
  }

  private static List<Summons> mapSummons(List<Summons> all, String department,
      java.util.function.UnaryOperator<Summons> change) {
    List<Summons> out = new ArrayList<>(all.size());
    for (Summons s : all) {
      out.add(s.department().equals(department) ? change.apply(s) : s);
    }
    return out;
  }

  private static String field(int index, String name) {
    return index < 0 ? "event." + name : "events[" + index + "]." + name;
  }
}

package org.gridgov.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * The replay: a pure fold of events into a {@link Ticket}. It needs no definition, catalogue,
 * tree or calendar, because events record what was decided (departments, due instants).
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
    ModifiableTicket ticket = start(events.get(0));
    for (int i = 1; i < events.size(); i++) {
      fold(ticket, events.get(i), i);
    }
    return ticket.toImmutable();
  }

  /** The ticket created by its first event, to be folded further. */
  private static ModifiableTicket start(TicketEvent first) {
    if (first == null) {
      throw new MissingValueException("event");
    }
    if (first.version() != 1 || first.type() != TicketEventType.REPORTED) {
      throw new InvalidInputException("events[0]", first.type() + " v" + first.version(),
          "a ticket starts with its REPORTED event at version 1");
    }
    EventPayload.Reported r = (EventPayload.Reported) first.payload();
    return ModifiableTicket.create()
        .setId(first.ticketId())
        .setVersion(1)
        .setDefinition(r.definition())
        .setState(first.state())
        .setStateEnteredAt(first.occurredAt())
        .setChannel(r.channel())
        .setMatterType(r.matterType())
        .setMatterClass(r.matterClass())
        .setLimit(r.limit())
        .setOwningDepartment(r.owningDepartment())
        .setGrid(r.grid())
        .setLocation(r.location())
        .setReporter(r.reporter())
        .setPriority(r.priority())
        .setSummary(r.summary())
        .setSpecialGroup(r.specialGroup())
        .setJoint(r.joint())
        .setSharedGrids(r.sharedGrids())
        .setReportedBy(first.actor().id())
        .setReportedAt(first.occurredAt())
        .setUpdatedAt(first.occurredAt())
        .setHandlingGrid(first.handlingGrid())
        .setDepartment(first.department())
        .setDeadline(first.deadline())
        .setStepDeadline(first.stepDeadline());
  }

  /** The ticket after one more event. */
  static Ticket apply(Ticket ticket, TicketEvent event) {
    ModifiableTicket t = ModifiableTicket.create().from(ticket);
    fold(t, event, -1);
    return t.toImmutable();
  }

  /**
   * Folds one more event into {@code t}, in place: the checks first, so that a refused event
   * leaves {@code t} as it was (the replay and {@link #apply} then drop it, and their input is
   * immutable).
   */
  private static void fold(ModifiableTicket t, TicketEvent e, int index) {
    if (e == null) {
      throw new MissingValueException(field(index, "event"));
    }
    if (!e.ticketId().equals(t.id())) {
      throw new InvalidInputException(field(index, "ticketId"), e.ticketId().value(),
          "belongs to another ticket than " + t.id());
    }
    if (e.version() != t.version() + 1) {
      throw new InvalidInputException(field(index, "version"), Long.toString(e.version()),
          "must follow version " + t.version() + " of ticket " + t.id());
    }
    if (!t.isOpen()) {
      throw new InvalidInputException(field(index, "type"), e.type().name(),
          "ticket " + t.id() + " reached a final state (" + t.outcome().get() + ") and takes no more events");
    }
    if (e.fromState().isPresent() && !e.fromState().get().equals(t.state())) {
      throw new InvalidInputException(field(index, "fromState"), e.fromState().get(),
          "ticket " + t.id() + " is in state " + t.state());
    }
    if (e.type() == TicketEventType.REPORTED) {
      throw new InvalidInputException(field(index, "type"), "REPORTED", "only the first event of a ticket is REPORTED");
    }
    String before = t.state();
    t.setVersion(e.version())
        .setState(e.state())
        .setUpdatedAt(e.occurredAt())
        .setHandlingGrid(e.handlingGrid())
        .setDepartment(e.department())
        .setDeadline(e.deadline())
        .setStepDeadline(e.stepDeadline());
    if (e.enteredState()) {
      t.setStateEnteredAt(e.occurredAt()).setStepOverdueRecorded(false);
      if (!e.state().equals(before)) {
        t.setPreviousState(before);
      }
    }
    switch (e.type()) {
      case DISPATCHED: {
        EventPayload.Dispatched d = (EventPayload.Dispatched) e.payload();
        t.setUnit(d.unit()).setAssistingDepartments(d.assisting());
        break;
      }
      case RETURNED:
        t.addReturnedBy(((EventPayload.DepartmentAction) e.payload()).department())
            .setUnit(Optional.empty()).setAssistingDepartments(List.of());
        break;
      case PROMISED:
        t.setUrging(UrgingLevel.NONE).setOverdueRecorded(false);
        break;
      case EXTENSION_REQUESTED:
        t.setPendingExtension(((EventPayload.Extension) e.payload()).by());
        break;
      case EXTENSION_APPROVED:
        t.setPendingExtension(Optional.empty()).setExtensions(t.extensions() + 1);
        if (!stillOverdue(e.deadline(), e)) {
          t.setUrging(UrgingLevel.NONE).setOverdueRecorded(false);
        }
        break;
      case EXTENSION_DENIED:
        t.setPendingExtension(Optional.empty());
        break;
      case CANCELLATION_REQUESTED:
        t.setCancellationRequested(true);
        break;
      case CANCELLATION_DENIED:
        t.setCancellationRequested(false);
        break;
      case CANCELLED:
        t.setCancellationRequested(false).setClosedAt(e.occurredAt()).setOutcome(Outcome.CANCELLED);
        break;
      case REJECTED:
        t.setClosedAt(e.occurredAt()).setOutcome(Outcome.REJECTED);
        break;
      case CLOSED:
        t.setClosedAt(e.occurredAt()).setOutcome(Outcome.CLOSED);
        break;
      case ESCALATED: {
        EventPayload.Escalated p = (EventPayload.Escalated) e.payload();
        t.setEscalations(t.escalations() + 1);
        for (String d : p.summoned()) {
          t.addSummon(Summons.of(d, e.occurredAt(), p.reportInDueAt().orElseThrow()));
        }
        break;
      }
      case REPORTED_IN: {
        String d = ((EventPayload.DepartmentAction) e.payload()).department();
        t.setSummons(mapSummons(t.summons(), d, s -> s.reportedIn() ? s : s.reportedAt(e.occurredAt())));
        break;
      }
      case URGED: {
        UrgingLevel level = ((EventPayload.Urged) e.payload()).level();
        if (level.compareTo(t.urging()) > 0) {
          t.setUrging(level);
        }
        break;
      }
      case OVERDUE: {
        EventPayload.Overdue p = (EventPayload.Overdue) e.payload();
        if (p.clock().equals(EventPayload.Overdue.MAIN)) {
          t.setOverdueRecorded(true);
        } else if (p.clock().equals(EventPayload.Overdue.REPORT_IN)) {
          t.setSummons(mapSummons(t.summons(), p.department().orElse(""), Summons::markedOverdue));
        } else {
          t.setStepOverdueRecorded(true);
        }
        break;
      }
      case VERIFICATION_FAILED:
      case REOPENED:
        t.setReworks(t.reworks() + 1);
        break;
      case RATED:
        t.setSatisfaction(((EventPayload.Rated) e.payload()).satisfaction());
        break;
      default:
        break;
    }
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

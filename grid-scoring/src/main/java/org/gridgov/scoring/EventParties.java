package org.gridgov.scoring;

import org.gridgov.core.PrincipalKind;
import org.gridgov.workflow.EventPayload;
import org.gridgov.workflow.TicketEvent;

/** Whom a ticket event's counts go to: the department it names, the command centre that acted. */
final class EventParties {
  private EventParties() {}

  /** The department an event's counts go to: the one its payload names, else the one assigned after it. */
  static String namedDepartment(TicketEvent e) {
    switch (e.type()) {
      case DISPATCHED:
      case DEPARTMENT_ACCEPTED:
      case RETURNED:
      case REPORTED_IN:
      case OVERDUE:
        break;
      default:
        // no other type carries a payload naming a department (EventPayload.typeFits): the payload is not read
        return e.department().orElse(null);
    }
    EventPayload p = e.payload();
    if (p instanceof EventPayload.Dispatched) {
      return ((EventPayload.Dispatched) p).department();
    }
    if (p instanceof EventPayload.DepartmentAction) {
      return ((EventPayload.DepartmentAction) p).department();
    }
    if (p instanceof EventPayload.Overdue) {
      return ((EventPayload.Overdue) p).department().orElse(null);
    }
    return e.department().orElse(null);
  }

  /** The command-centre principal that acted, or null (the clock and other kinds are not dispatchers). */
  static String commandCentre(TicketEvent e) {
    return e.actor().kind() == PrincipalKind.COMMAND_CENTRE && !TicketEvent.SYSTEM_ROLE.equals(e.role())
        ? e.actor().id() : null;
  }
}

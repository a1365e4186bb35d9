package org.gridgov.examples.month;

import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.Command;
import org.gridgov.workflow.Satisfaction;
import org.gridgov.workflow.TicketId;

/**
 * Every command the month's simulation sends, in one place (the standard loop's commands by
 * name): when grid-workflow's typed command factories arrive, only this class changes.
 */
final class Orders {
  private Orders() {}

  static Command plain(TicketId ticket, String command, Principal actor) {
    return Command.of(ticket, command, actor);
  }

  static Command withReason(TicketId ticket, String command, Principal actor, String reason) {
    return Command.on(ticket, command, actor).reason(reason).build();
  }

  static Command dispatchTo(TicketId ticket, Principal actor, String department) {
    return Command.on(ticket, "dispatch", actor).department(department).build();
  }

  static Command verify(TicketId ticket, Principal actor, boolean passed) {
    return Command.on(ticket, "verify", actor).passed(passed).build();
  }

  static Command rate(TicketId ticket, Principal actor, Satisfaction satisfaction) {
    return Command.on(ticket, "rate", actor).satisfaction(satisfaction).build();
  }

  static Command requestExtension(TicketId ticket, Principal actor, int workingDays) {
    return Command.on(ticket, "request-extension", actor).reason("more-time-needed")
        .limit(TimeLimit.workingDays(workingDays)).build();
  }
}

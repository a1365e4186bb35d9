package org.gridgov.workflow;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.workflow.CompiledDefinition.Step;

/**
 * When the clock next has something to do for a ticket (下次时限提醒): the yellow light's urging,
 * the main clock's overdue and bulletin, a step clock's overdue and timeout, a summoned
 * department's report-in limit. The board keeps this instant per ticket, and {@link ClockSweep}
 * visits only the tickets whose instant has come.
 */
final class ClockAlarms {
  private final ServiceContext ctx;

  ClockAlarms(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /** The next instant the clock has something to do for the ticket; empty when closed or nothing is pending. */
  Optional<Instant> nextAlarm(Ticket t) {
    if (!t.isOpen()) {
      return Optional.empty();
    }
    Instant next = null;
    WorkflowDefinition def = ctx.definitions.get(t.definition());
    UrgingPolicy urging = def == null ? UrgingPolicy.standard() : def.urging();
    if (t.deadline().isPresent() && !t.deadline().get().isPaused()) {
      Deadline d = t.deadline().get();
      if (urging.enabled() && t.urging().compareTo(UrgingLevel.URGE) < 0) {
        next = min(next, d.warnAt());
      }
      if (!t.overdueRecorded()) {
        next = min(next, d.dueAt());
      } else if (urging.enabled() && t.urging().compareTo(UrgingLevel.BULLETIN) < 0) {
        next = min(next, bulletinAt(d, urging).orElse(null));
      }
    }
    if (t.stepDeadline().isPresent() && (!t.stepOverdueRecorded()
        || def != null && pendingTimeout(t, def.compiled(), false).isPresent())) {
      next = min(next, t.stepDeadline().get().dueAt()); // past when a timeout still waits: retried
    }
    for (Summons s : t.summons()) {
      if (!s.reportedIn() && !s.overdueRecorded()) {
        next = min(next, s.dueAt());
      }
    }
    return Optional.ofNullable(next);
  }

  /**
   * The timeout transition of the ticket's state, when its step clock has run out and firing it
   * would move the ticket on: not at the top of the escalation ladder (nowhere to go: the overdue
   * step stays recorded and the main clock's urging goes on). A transition that stays in the state
   * keeps the spent step clock, so it fires only when the limit passes ({@code firstTime}), never
   * on a retry.
   */
  Optional<Step> pendingTimeout(Ticket t, CompiledDefinition def, boolean firstTime) {
    int s = def.stateIndex(t.state());
    if (s < 0 || t.stepDeadline().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> id = def.state(s).onTimeout();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    WorkflowTransition tr = def.definition().transition(id.get()).orElseThrow();
    if (tr.type() == TicketEventType.ESCALATED && ctx.escalationTarget(t, def).isEmpty()) {
      return Optional.empty();
    }
    for (Step st : def.steps(s, tr.command())) {
      if (st.transition.id().equals(tr.id()) && (firstTime || st.target != CompiledDefinition.STAY)) {
        return Optional.of(st);
      }
    }
    return Optional.empty();
  }

  /** When an overdue ticket is published (通报): the definition's bulletin time after its due instant. */
  Optional<Instant> bulletinAt(Deadline d, UrgingPolicy urging) {
    try {
      return Optional.of(ctx.calendar.dueAt(d.dueAt(), urging.bulletinAfter()));
    } catch (CalendarDataMissingException e) {
      return Optional.empty();
    }
  }

  private static Instant min(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}

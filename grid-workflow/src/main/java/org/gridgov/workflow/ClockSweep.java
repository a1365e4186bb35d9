package org.gridgov.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.ConflictException;
import org.gridgov.core.GridGovException;
import org.gridgov.workflow.CompiledDefinition.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock's sweep (时限巡检): at the injected clock's instant, for every ticket with an alarm due
 * ({@link DueAlarms}), records as the system principal 催办 when the main clock turns yellow, an
 * {@link TicketEventType#OVERDUE} event and 督办 when it turns red, 通报 the definition's bulletin
 * time after; an OVERDUE event for every step clock and report-in limit that passed; and fires the
 * state's timeout transition (the escalation ladder) through {@link TransitionFiring}. A ticket a
 * concurrent command changed is skipped and retried on the next sweep; one broken ticket never
 * stops the others.
 */
final class ClockSweep {
  private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

  private final ServiceContext ctx;
  private final DueAlarms due;
  private final ClockAlarms alarms;
  private final TransitionFiring firing;
  private final TicketCommitter committer;

  ClockSweep(ServiceContext ctx, DueAlarms due, ClockAlarms alarms, TransitionFiring firing, TicketCommitter committer) {
    this.ctx = ctx;
    this.due = due;
    this.alarms = alarms;
    this.firing = firing;
    this.committer = committer;
  }

  /** Sweeps once; see {@link TicketService#sweep()}. */
  SweepReport sweep() {
    Instant now = ctx.clock.instant();
    List<TicketId> tickets = due.ticketsDue(now);
    List<TicketEvent> appended = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int conflicts = 0;
    for (TicketId id : tickets) {
      try {
        sweep(id, now, appended);
      } catch (ConflictException ex) {
        conflicts++;
      } catch (GridGovException ex) {
        failures.add(id + ": " + ex.getMessage());
        LOG.warn("clock sweep could not act on ticket {}: {}", id, ex.getMessage());
      } catch (RuntimeException ex) {
        // one broken ticket must not stop the sweep of the others
        failures.add(id + ": " + ex);
        LOG.error("clock sweep failed on ticket {}", id, ex);
      }
    }
    return new SweepReport(now, tickets.size(), appended, conflicts, failures);
  }

  /** Acts on one ticket; every event it commits goes to {@code out}, also when a later step fails. */
  private void sweep(TicketId id, Instant now, List<TicketEvent> out) {
    Ticket t = ctx.load(id);
    if (!t.isOpen()) {
      committer.reschedule(t);
      return;
    }
    CompiledDefinition def = ctx.definition(t.definition()).compiled();
    boolean stepPassed = stepLimitPassed(t, now);
    List<TicketEvent> facts = clockEvents(t, def.definition().urging(), now);
    if (!facts.isEmpty()) {
      t = committer.commit(t, facts);
      out.addAll(facts);
    }
    // the step's timeout fires when its limit has passed, now or at an earlier sweep that
    // recorded the overdue but could not fire it (a calendar year without data, say)
    Optional<Step> timeout = stepPassed ? alarms.pendingTimeout(t, def, true)
        : t.stepOverdueRecorded() ? alarms.pendingTimeout(t, def, false) : Optional.empty();
    if (timeout.isPresent()) {
      Step step = timeout.get();
      WorkflowTransition tr = step.transition;
      Command.Builder c = Command.on(t.id(), tr.command(), ctx.system);
      if (tr.reasons().contains("step-limit-passed")) {
        c.reason("step-limit-passed");
      } else if (tr.reasonRequired()) {
        c.reason(tr.reasons().get(0));
      }
      List<TicketEvent> events = firing.events(t, def, step, CompiledDefinition.SYSTEM_ROLE, c.build(), now);
      committer.commit(t, events);
      out.addAll(events);
    } else if (facts.isEmpty()) {
      // nothing to do yet (an alarm set before a change another instance made, say): due again only when the clock next acts
      committer.reschedule(t);
    }
  }

  /** True when the step clock of the ticket's state passed and no overdue is recorded for it yet. */
  private static boolean stepLimitPassed(Ticket t, Instant now) {
    return t.stepDeadline().isPresent() && !t.stepOverdueRecorded() && now.isAfter(t.stepDeadline().get().dueAt());
  }

  /** The clock's own events for the ticket at {@code now}: urging, and the overdue main, report-in and step clocks. */
  private List<TicketEvent> clockEvents(Ticket t, UrgingPolicy urging, Instant now) {
    List<EventPayload> facts = new ArrayList<>();
    List<TicketEventType> types = new ArrayList<>();
    UrgingLevel level = t.urging();
    if (t.deadline().isPresent() && !t.deadline().get().isPaused()) {
      Deadline d = t.deadline().get();
      if (urging.enabled() && level.compareTo(UrgingLevel.URGE) < 0 && !now.isBefore(d.warnAt())) {
        add(types, facts, TicketEventType.URGED, new EventPayload.Urged(UrgingLevel.URGE, t.department(), true));
        level = UrgingLevel.URGE;
      }
      boolean overdue = t.overdueRecorded();
      if (!overdue && now.isAfter(d.dueAt())) {
        add(types, facts, TicketEventType.OVERDUE, new EventPayload.Overdue(EventPayload.Overdue.MAIN, d.dueAt(), t.department()));
        overdue = true;
      }
      if (urging.enabled() && overdue && level.compareTo(UrgingLevel.OVERSEE) < 0) {
        add(types, facts, TicketEventType.URGED, new EventPayload.Urged(UrgingLevel.OVERSEE, t.department(), true));
        level = UrgingLevel.OVERSEE;
      }
      if (urging.enabled() && overdue && level.compareTo(UrgingLevel.BULLETIN) < 0) {
        Optional<Instant> bulletin = alarms.bulletinAt(d, urging);
        if (bulletin.isPresent() && now.isAfter(bulletin.get())) {
          add(types, facts, TicketEventType.URGED, new EventPayload.Urged(UrgingLevel.BULLETIN, t.department(), true));
        }
      }
    }
    for (Summons s : t.summons()) {
      if (!s.reportedIn() && !s.overdueRecorded() && now.isAfter(s.dueAt())) {
        add(types, facts, TicketEventType.OVERDUE, new EventPayload.Overdue(EventPayload.Overdue.REPORT_IN, s.dueAt(),
            Optional.of(s.department())));
      }
    }
    if (stepLimitPassed(t, now)) {
      add(types, facts, TicketEventType.OVERDUE, new EventPayload.Overdue(t.state(), t.stepDeadline().get().dueAt(), t.department()));
    }
    List<TicketEvent> events = new ArrayList<>(types.size());
    for (int i = 0; i < types.size(); i++) {
      events.add(TicketEvent.builder()
          .ticketId(t.id()).version(t.version() + 1 + i).type(types.get(i)).transition(TicketEvent.CLOCK_TRANSITION)
          .fromState(t.state()).state(t.state()).enteredState(false).actor(ctx.system).role(TicketEvent.SYSTEM_ROLE)
          .occurredAt(now).matterType(t.matterType()).grid(t.grid()).handlingGrid(t.handlingGrid())
          .department(t.department()).deadline(t.deadline()).stepDeadline(t.stepDeadline()).payload(facts.get(i)).build());
    }
    return events;
  }

  private static void add(List<TicketEventType> types, List<EventPayload> facts, TicketEventType type, EventPayload p) {
    types.add(type);
    facts.add(p);
  }
}

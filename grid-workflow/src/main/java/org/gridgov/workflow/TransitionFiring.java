package org.gridgov.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.JointTask;
import org.gridgov.core.TimeLimit;
import org.gridgov.workflow.CompiledDefinition.Step;

/**
 * Fires a transition (流转执行): checks the command's arguments against the transition and the
 * ticket (reason code accepted or required, the window since the state was entered, pending
 * requests, the escalation ladder's top, open summons, the limit given, departments in the
 * catalogue), works out the payload of the event type (smart dispatch through the
 * {@link DepartmentDirectory}; joint handling's lead and assisting departments from the command or
 * the place's grid fusion; the escalation's summons and report-in limit, a promise's or an
 * extension's new due instant), moves the main and step clocks for the state entered, and returns
 * the events to commit: the transition's own, a {@link TicketEventType#REOPENED} after a reopening
 * one, and the outcome event when a final state's outcome differs from the transition's type.
 * It reads the calendar and catalogue but changes nothing; {@link TicketCommitter} appends.
 */
final class TransitionFiring {
  private final ServiceContext ctx;

  TransitionFiring(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The events the transition of {@code step} records for {@code c}, fired by {@code role} at
   * {@code now}; throws, changing nothing, when the arguments or the ticket do not allow it.
   */
  List<TicketEvent> events(Ticket t, CompiledDefinition def, Step step, WorkflowRole role, Command c, Instant now) {
    WorkflowTransition tr = step.transition;
    // reason
    if (c.reason().isPresent() && !step.reasons.contains(c.reason().get())) {
      throw new IllegalCommandException("reason", c.reason().get(), "transition " + tr.id() + " takes the reasons " + tr.reasons());
    }
    if (tr.reasonRequired() && c.reason().isEmpty()) {
      throw new IllegalCommandException("reason", "(none)", "transition " + tr.id() + " requires a reason, one of " + tr.reasons());
    }
    // window
    if (tr.within().isPresent()) {
      Instant end = ctx.calendar.dueAt(t.stateEnteredAt(), tr.within().get());
      if (now.isAfter(end)) {
        throw new IllegalCommandException("command", c.command(), "transition " + tr.id() + " is allowed within "
            + tr.within().get() + " of entering state " + t.state() + ", that is until " + end + "; it is now " + now);
      }
    }
    // target
    int target = step.target;
    String to;
    if (target == CompiledDefinition.STAY) {
      to = t.state();
    } else if (target == CompiledDefinition.PREVIOUS) {
      to = t.previousState().orElseThrow(() -> new IllegalCommandException("command", c.command(),
          "ticket " + t.id() + " has no previous state to go back to"));
      target = ServiceContext.stateOf(def, t, to);
    } else {
      to = def.state(target).id();
    }
    boolean enters = step.target != CompiledDefinition.STAY;
    WorkflowState toState = def.state(target < 0 ? ServiceContext.stateOf(def, t) : target);
    Optional<Deadline> main = t.deadline();
    Optional<String> department = t.department();
    GridCode handling = t.handlingGrid();
    EventPayload payload = EventPayload.none();
    switch (tr.type()) {
      case DISPATCHED: {
        boolean smart = c.department().isEmpty();
        Optional<JointTask> joint = t.joint().flatMap(j -> ctx.fusion.flatMap(f -> f.task(j)));
        String dept = c.department().orElse(joint.map(JointTask::lead).orElse(t.owningDepartment()));
        if (smart && t.returnedBy().contains(dept)) {
          throw new IllegalCommandException("department", dept, "department " + dept
              + " returned this ticket as outside its remit; name the department to dispatch to");
        }
        ctx.catalogue.department(dept);
        List<String> assisting = !c.assisting().isEmpty() || !smart ? c.assisting()
            : joint.map(JointTask::assisting).orElse(List.of());
        for (int i = 0; i < assisting.size(); i++) {
          String a = assisting.get(i);
          if (a.equals(dept) || assisting.indexOf(a) != i) {
            throw new IllegalCommandException("assisting[" + i + "]", a, "an assisting department (协同单位) is named once and is not the lead " + dept);
          }
          if (ctx.catalogue.departments().stream().noneMatch(d -> d.id().equals(a))) {
            throw new org.gridgov.core.NotFoundException("assisting[" + i + "]", a, "the matter catalogue has no such department");
          }
        }
        Optional<String> unit = ctx.directory.responsibleUnit(dept, ctx.tree.node(t.grid())).map(DepartmentUnit::id);
        payload = new EventPayload.Dispatched(dept, unit, smart, assisting);
        department = Optional.of(dept);
        break;
      }
      case DEPARTMENT_ACCEPTED:
        payload = new EventPayload.DepartmentAction(t.department().orElseThrow(() -> new IllegalCommandException("command",
            c.command(), "ticket " + t.id() + " is not assigned to a department")), t.unit());
        break;
      case RETURNED:
        payload = new EventPayload.DepartmentAction(t.department().orElseThrow(() -> new IllegalCommandException("command",
            c.command(), "ticket " + t.id() + " is not assigned to a department")), t.unit());
        department = Optional.empty();
        break;
      case REPORTED_IN: {
        String dept = c.actor().department().orElse("");
        Summons open = null;
        for (Summons s : t.summons()) {
          if (s.department().equals(dept) && !s.reportedIn()) {
            open = s;
          }
        }
        if (open == null) {
          throw new IllegalCommandException("command", c.command(), "department " + dept + " has no open summons for ticket " + t.id());
        }
        payload = new EventPayload.DepartmentAction(dept, Optional.empty());
        break;
      }
      case PROMISED: {
        TimeLimit limit = c.limit().orElseThrow(() -> new IllegalCommandException("limit", "(none)",
            "a promise (承诺) names the limit it promises"));
        main = Optional.of(ctx.calendar.start(now, limit));
        payload = new EventPayload.Promised(limit);
        break;
      }
      case EXTENSION_REQUESTED: {
        TimeLimit by = c.limit().orElseThrow(() -> new IllegalCommandException("limit", "(none)",
            "an extension request (延期申请) names how much longer"));
        if (t.pendingExtension().isPresent()) {
          throw new IllegalCommandException("command", c.command(), "an extension of " + t.pendingExtension().get()
              + " is already awaiting a decision");
        }
        if (t.deadline().isEmpty()) {
          throw new IllegalCommandException("command", c.command(), "ticket " + t.id() + " has no running clock to extend");
        }
        payload = new EventPayload.Extension(by, Optional.of(t.deadline().get().dueAt()));
        break;
      }
      case EXTENSION_APPROVED: {
        TimeLimit pending = t.pendingExtension().orElseThrow(() -> new IllegalCommandException("command", c.command(),
            "no extension has been requested for ticket " + t.id()));
        TimeLimit by = c.limit().orElse(pending);
        Deadline before = t.deadline().orElseThrow();
        main = Optional.of(ctx.calendar.extend(before, by));
        payload = new EventPayload.Extension(by, Optional.of(before.dueAt()));
        break;
      }
      case EXTENSION_DENIED:
        if (t.pendingExtension().isEmpty()) {
          throw new IllegalCommandException("command", c.command(), "no extension has been requested for ticket " + t.id());
        }
        break;
      case CANCELLATION_REQUESTED:
        if (t.cancellationRequested()) {
          throw new IllegalCommandException("command", c.command(), "a cancellation of ticket " + t.id() + " already awaits a decision");
        }
        break;
      case CANCELLED:
      case CANCELLATION_DENIED:
        if (!t.cancellationRequested()) {
          throw new IllegalCommandException("command", c.command(), "nobody has requested the cancellation of ticket " + t.id()
              + "; cancellation (作废) needs a request and an approval");
        }
        break;
      case ESCALATED: {
        Optional<GridNode> up = ctx.escalationTarget(t, def);
        if (up.isEmpty()) {
          GridNode from = ctx.tree.node(t.handlingGrid());
          throw new IllegalCommandException("command", c.command(), "ticket " + t.id() + " is handled at level " + from.level()
              + " (grid " + from.code() + "), the top of the escalation ladder (level "
              + def.definition().escalation().topLevel() + ")");
        }
        List<String> summoned = new ArrayList<>(c.summon());
        if (summoned.isEmpty()) {
          summoned.add(t.department().orElse(t.owningDepartment()));
        }
        for (String d : summoned) {
          ctx.catalogue.department(d);
        }
        Instant reportIn = ctx.calendar.dueAt(now, def.definition().escalation().reportIn());
        handling = up.get().code();
        payload = new EventPayload.Escalated(t.handlingGrid(), handling, summoned, Optional.of(reportIn));
        break;
      }
      case RATED:
        payload = new EventPayload.Rated(c.satisfaction().orElseThrow(() -> new IllegalCommandException("satisfaction",
            "(none)", "a rating (满意度测评) names the resident's satisfaction")));
        break;
      case REJECTED:
        payload = new EventPayload.Rejected(c.duplicateOf());
        break;
      case URGED:
        payload = new EventPayload.Urged(UrgingLevel.URGE, t.department(), false);
        break;
      default:
        break;
    }
    // main clock on entering the target state
    if (enters && tr.type() != TicketEventType.PROMISED) {
      ClockMode mode = toState.clock();
      if (mode == ClockMode.RUNNING) {
        if (main.isEmpty()) {
          main = Optional.of(ctx.calendar.start(now, t.limit()));
        } else if (main.get().isPaused()) {
          main = Optional.of(ctx.calendar.resume(main.get(), now));
        }
      } else if (mode == ClockMode.PAUSED && main.isPresent() && !main.get().isPaused()) {
        main = Optional.of(main.get().pausedAt(now));
      }
    }
    Optional<Deadline> stepClock = enters ? toState.limit().map(l -> ctx.calendar.start(now, l)) : t.stepDeadline();

    List<TicketEvent> events = new ArrayList<>(3);
    TicketEvent.Builder e = TicketEvent.builder()
        .ticketId(t.id()).version(t.version() + 1).type(tr.type()).transition(tr.id())
        .fromState(t.state()).state(to).enteredState(enters).actor(c.actor()).role(role.id()).occurredAt(now)
        .reason(c.reason()).comment(c.comment()).matterType(t.matterType()).grid(t.grid()).handlingGrid(handling)
        .department(department).deadline(main).stepDeadline(stepClock);
    if (tr.type() == TicketEventType.CLOSED) {
      payload = closed(main, now);
    }
    events.add(e.payload(payload).build());
    long v = t.version() + 1;
    if (tr.reopens()) {
      events.add(implied(e, ++v, TicketEventType.REOPENED, to, EventPayload.none()));
    }
    Optional<Outcome> outcome = toState.outcome();
    if (enters && outcome.isPresent() && CompiledDefinition.outcomeOf(tr.type()) != outcome.get()) {
      switch (outcome.get()) {
        case CLOSED:
          events.add(implied(e, ++v, TicketEventType.CLOSED, to, closed(main, now)));
          break;
        case REJECTED:
          events.add(implied(e, ++v, TicketEventType.REJECTED, to, new EventPayload.Rejected(c.duplicateOf())));
          break;
        default:
          events.add(implied(e, ++v, TicketEventType.CANCELLED, to, EventPayload.none()));
          break;
      }
    }
    return events;
  }

  private static EventPayload.Closed closed(Optional<Deadline> main, Instant now) {
    return new EventPayload.Closed(main.map(d -> !d.isOverdueAt(now)).orElse(true), main.map(Deadline::dueAt));
  }

  private static TicketEvent implied(TicketEvent.Builder base, long version, TicketEventType type, String state, EventPayload payload) {
    return base.version(version).type(type).fromState(state).state(state).enteredState(false).payload(payload).build();
  }
}

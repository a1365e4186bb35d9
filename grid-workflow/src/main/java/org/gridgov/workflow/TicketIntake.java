package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MatterType;
import org.gridgov.core.Principal;
import org.gridgov.core.TimeLimit;

/**
 * Intake (上报受理): turns a {@link NewTicket} into a ticket — checks the matter type against the
 * catalogue, turns a reported place into a basic grid through the locator, checks the reporter's
 * scope, chooses the definition (the report's own, else the one registered for the matter class)
 * and commits the {@link TicketEventType#REPORTED} event with the clocks of the initial state.
 */
final class TicketIntake {
  private final ServiceContext ctx;
  private final TicketCommitter committer;

  TicketIntake(ServiceContext ctx, TicketCommitter committer) {
    this.ctx = ctx;
    this.committer = committer;
  }

  /** Opens the ticket; see {@link TicketService#report}. */
  Ticket report(NewTicket request, Principal actor) {
    ServiceContext.require(request, "request");
    ServiceContext.require(actor, "actor");
    MatterType type = ctx.catalogue.get(request.matterType());
    GridNode node = resolveGrid(request);
    if (!ctx.admits(actor, node)) {
      throw ServiceContext.outOfScope(actor, node.code());
    }
    MatterClass matterClass = request.matterClass().orElse(type.matterClass());
    String defId = request.definition().orElseGet(() -> ctx.byClass.getOrDefault(matterClass, WorkflowDefinitions.STANDARD));
    WorkflowDefinition definition = ctx.definition(defId);
    CompiledDefinition compiled = definition.compiled();
    WorkflowState initial = compiled.initialState();
    Instant now = ctx.clock.instant();
    TimeLimit limit = ctx.catalogue.timeLimit(type);
    Optional<Deadline> main = initial.clock() == ClockMode.RUNNING ? Optional.of(ctx.calendar.start(now, limit)) : Optional.empty();
    Optional<Deadline> step = initial.limit().map(l -> ctx.calendar.start(now, l));
    TicketId id = request.id().orElseGet(() -> TicketId.newId(now));
    EventPayload.Reported payload = new EventPayload.Reported(defId, request.channel(), type.code(), matterClass, limit,
        type.owningDepartment(), node.code(), request.location(), request.reporter(), request.priority(), request.summary());
    TicketEvent event = TicketEvent.builder()
        .ticketId(id).version(1).type(TicketEventType.REPORTED).transition("report")
        .state(initial.id()).enteredState(true).actor(actor).role("reporter").occurredAt(now)
        .payload(payload).matterType(type.code()).grid(node.code()).handlingGrid(node.code())
        .deadline(main).stepDeadline(step).build();
    return committer.open(Ticket.replay(List.of(event)), event);
  }

  /** The basic grid of the report: located from its place, or the grid it names (both must agree). */
  private GridNode resolveGrid(NewTicket request) {
    GridNode node = null;
    if (request.location().isPresent()) {
      ReportedPlace at = request.location().get();
      if (ctx.locator.isPresent()) {
        node = ctx.locator.get().locate(at.longitude(), at.latitude()).orElseThrow(() -> new InvalidInputException("location",
            at.longitude() + "," + at.latitude(), "no basic grid covers this point (uncovered)"));
        if (node.tree() != ctx.tree) {
          node = ctx.tree.node(node.code());
        }
        if (request.grid().isPresent() && !request.grid().get().equals(node.code())) {
          throw new InvalidInputException("grid", request.grid().get().value(),
              "the location lies in basic grid " + node.code() + ", not in the grid given");
        }
      } else if (request.grid().isEmpty()) {
        throw new InvalidInputException("location", at.longitude() + "," + at.latitude(),
            "this service has no locator; give the basic grid");
      }
    }
    if (node == null) {
      node = ctx.tree.node(request.grid().get());
    }
    if (node.level() != ctx.basicLevel) {
      throw new InvalidInputException("grid", node.code().value(),
          "tickets are opened in basic grids (level " + ctx.basicLevel + "); this grid is at level " + node.level());
    }
    return node;
  }
}

package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.Joint;
import org.gridgov.core.JointTask;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MatterType;
import org.gridgov.core.Principal;
import org.gridgov.core.SpecialGroup;
import org.gridgov.core.TimeLimit;

/**
 * Intake (上报受理): turns a {@link NewTicket} or a one-key {@link HelpCall} into a ticket — checks
 * the matter type against the catalogue, turns a reported place into a basic grid through the
 * locator (in the coordinate system the point came in), checks the reporter's scope, chooses the
 * definition (the report's own, else the one registered for the matter class; the help policy's for
 * a call), shares the ticket with the other fused layer when its matter type falls under a joint of
 * the place's grid fusion (双格融合), and commits the {@link TicketEventType#REPORTED} event with the
 * clocks of the initial state. A call for help takes its priority and short limit from the help
 * policy's standard for the caller's special group.
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
    return open(request, actor, Optional.empty());
  }

  /** Opens the ticket of a one-key call for help; see {@link TicketService#callForHelp}. */
  Ticket callForHelp(HelpCall call, Principal line) {
    ServiceContext.require(call, "call");
    ServiceContext.require(line, "line");
    HelpPolicy policy = ctx.help.orElseThrow(() -> new InvalidInputException("helpPolicy", "(none)",
        "this service was built without a one-key help policy (TicketService.Builder.helpPolicy)"));
    HelpPolicy.Standard standard = policy.standard(call.specialGroup()).orElseThrow(() -> new InvalidInputException(
        "specialGroup", call.specialGroup().name(), "the one-key help policy has no standard for this group; it answers "
            + policy.standards().keySet()));
    if (ctx.locator.isEmpty()) {
      throw new InvalidInputException("location", call.longitude() + "," + call.latitude(),
          "a one-key call is located by the device's point; this service has no locator");
    }
    String summary = "一键求助（" + call.specialGroup().chineseName() + "）" + call.note().map(n -> "：" + n).orElse("");
    NewTicket.Builder b = NewTicket.builder().channel(Channel.ONE_KEY_CALL).matterType(policy.matterType())
        .definition(policy.definition()).location(call.place()).priority(standard.priority()).summary(summary)
        .reporter(new Reporter(ReporterKind.DEVICE, call.device(), call.caller(), call.phone()));
    call.id().ifPresent(b::id);
    return open(b.build(), line, Optional.of(standard));
  }

  private Ticket open(NewTicket request, Principal actor, Optional<HelpPolicy.Standard> help) {
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
    TimeLimit limit = help.map(HelpPolicy.Standard::limit).orElseGet(() -> ctx.catalogue.timeLimit(type));
    Optional<Deadline> main = initial.clock() == ClockMode.RUNNING ? Optional.of(ctx.calendar.start(now, limit)) : Optional.empty();
    Optional<Deadline> step = initial.limit().map(l -> ctx.calendar.start(now, l));
    TicketId id = request.id().orElseGet(() -> TicketId.newId(now));
    Optional<Joint> joint = ctx.fusion.flatMap(f -> f.taskFor(type.code())).map(JointTask::joint);
    List<GridCode> shared = joint.isPresent() ? ctx.fusion.get().sharedGrids(node.code()) : List.of();
    Optional<SpecialGroup> group = help.map(HelpPolicy.Standard::group);
    EventPayload.Reported payload = new EventPayload.Reported(defId, request.channel(), type.code(), matterClass, limit,
        type.owningDepartment(), node.code(), request.location(), request.reporter(), request.priority(), request.summary(),
        group, joint, shared);
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
        node = ctx.locator.get().locate(at.datum(), at.longitude(), at.latitude()).orElseThrow(() -> new InvalidInputException(
            "location", at.datum() + " " + at.longitude() + "," + at.latitude(), "no basic grid covers this point (uncovered)"));
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

package org.gridgov.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.workflow.CompiledDefinition.Step;

/**
 * The reading side of the service (查询): a ticket and its history for a reader whose grid scope
 * admits it, the commands a principal may send now (for a UI), and the timing lights of every open
 * ticket from the {@link TimingBoard}. Reads change nothing.
 */
final class TicketQueries {
  private final ServiceContext ctx;
  private final RoleCheck roles;

  TicketQueries(ServiceContext ctx, RoleCheck roles) {
    this.ctx = ctx;
    this.roles = roles;
  }

  /** See {@link TicketService#get}. */
  Ticket get(TicketId id, Principal reader) {
    ServiceContext.require(reader, "reader");
    Ticket t = ctx.load(id);
    if (!ctx.admits(reader, t)) {
      throw ServiceContext.outOfScope(reader, t.grid());
    }
    return t;
  }

  /** See {@link TicketService#history}. */
  List<TicketEvent> history(TicketId id, Principal reader) {
    get(id, reader);
    return ctx.store.events(id);
  }

  /** See {@link TicketService#commandsAvailable}. */
  List<String> commandsAvailable(TicketId id, Principal actor) {
    ServiceContext.require(actor, "actor");
    Ticket t = ctx.load(id);
    if (!t.isOpen()) {
      return List.of();
    }
    CompiledDefinition def = ctx.definition(t.definition()).compiled();
    GridNode node = ctx.tree.node(t.grid());
    if (actor != ctx.system && !ctx.admits(actor, t)) {
      return List.of();
    }
    int s = ServiceContext.stateOf(def, t);
    List<String> out = new ArrayList<>();
    for (String command : def.commandsFrom(s)) {
      for (Step step : def.steps(s, command)) {
        if (CommandCheck.matchesClass(step, t) && roles.roleFor(step, actor, t, node) != null) {
          out.add(command);
          break;
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** See {@link TicketService#lights}. */
  TimingLights lights(Instant at) {
    return ctx.board.lights(at);
  }
}

package org.gridgov.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.Principal;
import org.gridgov.workflow.CompiledDefinition.Step;
import org.gridgov.workflow.spi.TimingLightCounts;

/**
 * The reading side of the service (查询): a ticket and its history for a reader whose grid scope
 * admits it, the commands a principal may send now (for a UI), and the {@link TimingBoard}'s lights,
 * counts and pages, restricted to the reader's grid scope. Reads change nothing.
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
  TimingLights lights(Instant at, Principal reader) {
    ServiceContext.require(at, "at");
    return ctx.board.lights(scope(reader), at);
  }

  /** See {@link TicketService#lightCounts(Instant, Principal)}. */
  TimingLightCounts lightCounts(Instant at, Principal reader) {
    ServiceContext.require(at, "at");
    return ctx.board.counts(scope(reader), at);
  }

  /** See {@link TicketService#lightCounts(GridCode, Instant, Principal)}. */
  TimingLightCounts lightCounts(GridCode under, Instant at, Principal reader) {
    ServiceContext.require(at, "at");
    return ctx.board.counts(within(under, reader), at);
  }

  /** See {@link TicketService#lightPage}. */
  List<TicketId> lightPage(GridCode under, TimingLight light, Instant at, int limit, Principal reader) {
    return ctx.board.page(within(under, reader), light, at, limit);
  }

  /** The reader's scope as disjoint subtrees of the service's tree (roots inside another root dropped). */
  private List<GridNode> scope(Principal reader) {
    ServiceContext.require(reader, "reader");
    List<GridNode> roots = new ArrayList<>();
    for (GridCode code : reader.scopeRoots()) {
      ctx.tree.findNode(code).ifPresent(roots::add);
    }
    List<GridNode> out = new ArrayList<>();
    for (GridNode r : roots) {
      boolean inner = false;
      for (GridNode other : roots) {
        inner |= other != r && other.isAncestorOf(r);
      }
      if (!inner && !out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The part of {@code under}'s subtree inside the reader's scope: itself, or the scope roots below it. */
  private List<GridNode> within(GridCode under, Principal reader) {
    ServiceContext.require(under, "under");
    GridNode node = ctx.tree.node(under);
    List<GridNode> parts = new ArrayList<>();
    for (GridNode r : scope(reader)) {
      if (r.covers(node)) {
        return List.of(node);
      }
      if (node.covers(r)) {
        parts.add(r);
      }
    }
    if (parts.isEmpty()) {
      throw new ForbiddenException("grid", under.value(), reader.kind() + " " + reader.id() + " may only read within "
          + reader.scopeRoots() + "; this grid and every grid under it lie outside");
    }
    return parts;
  }
}

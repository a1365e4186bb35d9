package org.gridgov.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.ForbiddenException;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridFusion;
import org.gridgov.core.GridTree;
import org.gridgov.core.Locator;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterClass;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.core.Principal;
import org.gridgov.workflow.spi.TicketStore;

/**
 * What the parts of a {@link TicketService} share (服务上下文): the tree, catalogue, calendar,
 * clock, store, department directory, locator and registered definitions the service was built
 * with, its timing board and its system principal; and the few questions every part asks — load a
 * ticket, does a principal's scope admit a grid, where does the escalation ladder go next.
 * Immutable once built; holds no ticket state (that is in the store).
 */
final class ServiceContext {
  final GridTree tree;
  final MatterCatalogue catalogue;
  final BusinessCalendar calendar;
  final Clock clock;
  final TicketStore store;
  final DepartmentDirectory directory;
  final Optional<Locator> locator;
  /** The place's grid fusion: shared intake and joint handling (双格融合). */
  final Optional<GridFusion> fusion;
  /** How one-key calls for help are answered. */
  final Optional<HelpPolicy> help;
  final Map<String, WorkflowDefinition> definitions;
  final Map<MatterClass, String> byClass;
  final TimingBoard board;
  /** The principal the clock acts as; commands compare it by identity. */
  final Principal system;
  final int basicLevel;

  ServiceContext(GridTree tree, MatterCatalogue catalogue, BusinessCalendar calendar, Clock clock, TicketStore store,
      DepartmentDirectory directory, Optional<Locator> locator, Optional<GridFusion> fusion, Optional<HelpPolicy> help,
      Map<String, WorkflowDefinition> definitions, Map<MatterClass, String> byClass, TimingBoard board, Principal system) {
    this.tree = tree;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.clock = clock;
    this.store = store;
    this.directory = directory;
    this.locator = locator;
    this.fusion = fusion;
    this.help = help;
    this.definitions = definitions;
    this.byClass = byClass;
    this.board = board;
    this.system = system;
    this.basicLevel = tree.scheme().basicLevel();
  }

  /** The registered definition with this id. */
  WorkflowDefinition definition(String id) {
    WorkflowDefinition d = definitions.get(id);
    if (d == null) {
      throw new NotFoundException("definition", String.valueOf(id), "no definition with this id is registered; registered: " + definitions.keySet());
    }
    return d;
  }

  /** The ticket as it stands: the store's snapshot, or the replay of its events. */
  Ticket load(TicketId id) {
    require(id, "ticket");
    Optional<Ticket> snap = store.snapshot(id);
    if (snap.isPresent()) {
      return snap.get();
    }
    List<TicketEvent> events = store.events(id);
    if (events.isEmpty()) {
      throw new NotFoundException("ticket", id.value(), "no ticket has this id");
    }
    return Ticket.replay(events);
  }

  /** True when one of the principal's scope roots covers {@code node}. */
  boolean admits(Principal p, GridNode node) {
    for (GridCode root : p.scopeRoots()) {
      Optional<GridNode> r = tree.findNode(root);
      if (r.isPresent() && r.get().covers(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the principal's scope admits the ticket: its basic grid, or a grid of the other fused
   * layer it landed in (双格融合: the police grid's staff see the comprehensive grid's joint tickets).
   */
  boolean admits(Principal p, Ticket t) {
    if (admits(p, tree.node(t.grid()))) {
      return true;
    }
    for (GridCode shared : t.sharedGrids()) {
      Optional<GridNode> n = tree.findNode(shared);
      if (n.isPresent() && admits(p, n.get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the principal's scope admits the level now handling the ticket; before any
   * escalation the fused grids the ticket landed in count as that level too.
   */
  boolean admitsHandling(Principal p, Ticket t) {
    return admits(p, tree.node(t.handlingGrid())) || (t.handlingGrid().equals(t.grid()) && admits(p, t));
  }

  /** The grid one level up the escalation ladder from where the ticket is handled; empty at its top. */
  Optional<GridNode> escalationTarget(Ticket t, CompiledDefinition def) {
    Optional<GridNode> up = tree.node(t.handlingGrid()).parent();
    return up.filter(p -> p.level() >= def.definition().escalation().topLevel());
  }

  static ForbiddenException outOfScope(Principal p, GridCode grid) {
    return new ForbiddenException("grid", grid.value(), p.kind() + " " + p.id() + " may only act within "
        + p.scopeRoots() + "; this ticket's grid lies outside");
  }

  /** The index of the ticket's state in {@code def}. */
  static int stateOf(CompiledDefinition def, Ticket t) {
    return stateOf(def, t, t.state());
  }

  /**
   * The index of {@code state} in {@code def}; a state the definition (as registered now) lacks,
   * after a definition was replaced, is an {@link IllegalCommandException}.
   */
  static int stateOf(CompiledDefinition def, Ticket t, String state) {
    int s = def.stateIndex(state);
    if (s < 0) {
      throw new IllegalCommandException("state", state, "ticket " + t.id() + " is in a state that definition "
          + def.definition().id() + " as registered now does not have; register a definition that keeps it");
    }
    return s;
  }

  static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }
}

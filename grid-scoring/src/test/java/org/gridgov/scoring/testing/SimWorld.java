package org.gridgov.scoring.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.MatterType;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.Role;
import org.gridgov.core.Roster;
import org.gridgov.core.StaffAssignment;
import org.gridgov.core.StaffMember;
import org.gridgov.workflow.BusinessCalendar;
import org.gridgov.workflow.TicketService;
import org.gridgov.workflow.spi.TicketListener;
import org.gridgov.workflow.testing.WorkflowWorld;

/**
 * A place ready for simulation (仿真辖区): its tree and catalogue, and a principal for every role the
 * shipped workflow definitions name — one grid worker per basic grid of the base layer (from the
 * roster where it has one), one leader per grid above the basic level, two command-centre
 * dispatchers and one staff member per department — and a roster that also names the leaders.
 * Immutable.
 */
public final class SimWorld {
  public final GridTree tree;
  public final MatterCatalogue catalogue;
  public final BusinessCalendar calendar;
  public final Roster roster;
  public final List<Principal> centres;
  public final List<GridCode> basicGrids;
  public final List<String> reportableTypes;
  private final Map<GridCode, Principal> workers;
  private final Map<GridCode, Principal> leaders;
  private final Map<String, Principal> departments;

  private SimWorld(GridTree tree, MatterCatalogue catalogue, Roster given) {
    this.tree = tree;
    this.catalogue = catalogue;
    this.calendar = BusinessCalendar.chinese();
    GridCode[] roots = tree.roots().stream().map(Grid::code).toArray(GridCode[]::new);
    this.centres = List.of(Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, roots),
        Principal.of("centre-2", PrincipalKind.COMMAND_CENTRE, roots));
    Map<GridCode, String> rostered = new LinkedHashMap<>();
    if (given != null) {
      for (StaffAssignment a : given.assignments()) {
        if (a.role().equals(Role.GRID_WORKER.id())) {
          rostered.putIfAbsent(a.grid(), a.staffId());
        }
      }
    }
    Roster.Builder rb = Roster.builder(tree);
    if (given != null) {
      given.staff().values().forEach(rb::add);
      given.assignments().forEach(a -> rb.assign(a.staffId(), a.role(), a.grid()));
    }
    Map<GridCode, Principal> w = new LinkedHashMap<>();
    List<GridCode> basics = new ArrayList<>();
    for (Grid g : tree.basicGrids(tree.scheme().baseLayer())) {
      String id = rostered.get(g.code());
      if (id == null) {
        id = "w-" + g.code().value();
        rb.add(StaffMember.of(id, "网格员 " + g.name()));
        rb.assign(id, Role.GRID_WORKER, g.code());
      }
      w.put(g.code(), Principal.of(id, PrincipalKind.GRID_WORKER, g.code()));
      basics.add(g.code());
    }
    Map<GridCode, Principal> l = new LinkedHashMap<>();
    int basic = tree.scheme().basicLevel();
    for (GridNode n : tree.nodes()) {
      if (n.level() < basic) {
        String id = "leader-" + n.code().value();
        rb.add(StaffMember.of(id, "网格长 " + n.grid().name()));
        rb.assign(id, Role.GRID_LEADER, n.code());
        l.put(n.code(), Principal.of(id, PrincipalKind.GRID_LEADER, n.code()));
      }
    }
    Map<String, Principal> d = new LinkedHashMap<>();
    catalogue.departments().forEach(dep -> d.put(dep.id(), Principal.builder().id("staff-" + dep.id())
        .kind(PrincipalKind.DEPARTMENT).department(dep.id()).addScopeRoots(roots).build()));
    this.roster = rb.build();
    this.workers = Collections.unmodifiableMap(w);
    this.leaders = Collections.unmodifiableMap(l);
    this.departments = Collections.unmodifiableMap(d);
    this.basicGrids = List.copyOf(basics);
    this.reportableTypes = catalogue.matterTypes().stream().filter(MatterType::admitted).map(MatterType::code).toList();
  }

  /** A world on a tree and catalogue; {@code roster} (may be null) names the grid workers. */
  public static SimWorld of(GridTree tree, MatterCatalogue catalogue, Roster roster) {
    return new SimWorld(tree, catalogue, roster);
  }

  /** The workflow's test district: 4 basic grids, 5 departments, 6 matter types of the three classes. */
  public static SimWorld small() {
    WorkflowWorld w = new WorkflowWorld();
    return new SimWorld(w.tree, w.catalogue, null);
  }

  /** The worker of a basic grid. */
  public Principal worker(GridCode basicGrid) {
    return workers.get(basicGrid);
  }

  /** Every worker, by basic grid. */
  public Map<GridCode, Principal> workers() {
    return workers;
  }

  /** The leader of a grid above the basic level. */
  public Optional<Principal> leader(GridCode grid) {
    return Optional.ofNullable(leaders.get(grid));
  }

  /** The staff member of a department. */
  public Principal department(String id) {
    return departments.get(id);
  }

  /** A ticket service on a fresh in-memory store, with this world's calendar and the listener. */
  public TicketService service(Clock clock, TicketListener listener) {
    return TicketService.builder().tree(tree).catalogue(catalogue).calendar(calendar).clock(clock).listener(listener).build();
  }
}

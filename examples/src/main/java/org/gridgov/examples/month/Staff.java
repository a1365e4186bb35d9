package org.gridgov.examples.month;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Department;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.Principal;
import org.gridgov.core.PrincipalKind;
import org.gridgov.core.Role;
import org.gridgov.core.StaffAssignment;

/**
 * Who acts in a district's month (办理人员): the grid worker of each basic grid and the grid leader
 * of each grid above (from the roster; a leader the roster lacks acts as {@code leader-<code>}),
 * two command-centre dispatchers (指挥中心) and one staff member per department of the catalogue.
 */
final class Staff {
  private final Map<GridCode, Principal> workers = new HashMap<>();
  private final Map<GridCode, Principal> leaders = new HashMap<>();
  private final Map<String, Principal> departments = new LinkedHashMap<>();
  private final List<Principal> centres;

  Staff(District district) {
    GridTree tree = district.tree();
    GridCode root = district.root().code();
    centres = List.of(Principal.of("centre-1", PrincipalKind.COMMAND_CENTRE, root),
        Principal.of("centre-2", PrincipalKind.COMMAND_CENTRE, root));
    for (StaffAssignment a : district.roster().assignments()) {
      if (a.role().equals(Role.GRID_WORKER.id()) && tree.layerOf(a.grid()).equals(tree.scheme().baseLayer())) {
        workers.putIfAbsent(a.grid(), Principal.of(a.staffId(), PrincipalKind.GRID_WORKER, a.grid()));
      } else if (a.role().equals(Role.GRID_LEADER.id())) {
        leaders.putIfAbsent(a.grid(), Principal.of(a.staffId(), PrincipalKind.GRID_LEADER, a.grid()));
      }
    }
    for (Grid g : tree.grids()) {
      if (g.level() < tree.scheme().basicLevel() && !leaders.containsKey(g.code())) {
        leaders.put(g.code(), Principal.of("leader-" + g.code().value(), PrincipalKind.GRID_LEADER, g.code()));
      }
    }
    for (Department d : district.catalogue().departments()) {
      departments.put(d.id(), Principal.builder().id("staff-" + d.id()).kind(PrincipalKind.DEPARTMENT)
          .department(d.id()).addScopeRoots(root).build());
    }
  }

  /** The grid worker of a basic grid, when the roster names one. */
  Optional<Principal> worker(GridCode basicGrid) {
    return Optional.ofNullable(workers.get(basicGrid));
  }

  /** The grid leader of a grid above the basic level. */
  Principal leader(GridCode grid) {
    return leaders.get(grid);
  }

  /** The staff member acting for a department. */
  Principal department(String id) {
    return departments.get(id);
  }

  /** The department ids, in catalogue order. */
  List<String> departmentIds() {
    return List.copyOf(departments.keySet());
  }

  /** A command-centre dispatcher; the two take turns by ticket. */
  Principal centre(int ticket) {
    return centres.get(ticket % centres.size());
  }
}

package org.gridgov.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * Which unit of a department is responsible for which grids (部门属地责任表): smart dispatch takes
 * the owning department from the matter catalogue and the unit from here — the unit whose
 * jurisdiction is the nearest ancestor (or the grid itself) of the ticket's grid. O(depth).
 * Immutable.
 */
public final class DepartmentDirectory {
  private final GridTree tree;
  private final Map<String, Map<Integer, DepartmentUnit>> byDepartment;
  private final List<DepartmentUnit> units;

  private DepartmentDirectory(GridTree tree, Map<String, Map<Integer, DepartmentUnit>> byDepartment,
      List<DepartmentUnit> units) {
    this.tree = tree;
    this.byDepartment = byDepartment;
    this.units = units;
  }

  /** A directory with no units: dispatch goes to departments as a whole. */
  public static DepartmentDirectory empty(GridTree tree) {
    return builder(tree).build();
  }

  public static Builder builder(GridTree tree) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    return new Builder(tree);
  }

  /** All units, in the order added. */
  public List<DepartmentUnit> units() {
    return units;
  }

  /** The tree the jurisdictions are in. */
  public GridTree tree() {
    return tree;
  }

  /** The unit of {@code department} responsible for {@code grid}, if any. */
  public Optional<DepartmentUnit> responsibleUnit(String department, GridNode grid) {
    if (department == null) {
      throw new MissingValueException("department");
    }
    if (grid == null) {
      throw new MissingValueException("grid");
    }
    Map<Integer, DepartmentUnit> m = byDepartment.get(department);
    if (m == null) {
      return Optional.empty();
    }
    GridNode at = grid;
    while (true) {
      DepartmentUnit u = m.get(at.ordinal());
      if (u != null) {
        return Optional.of(u);
      }
      Optional<GridNode> up = at.parent();
      if (up.isEmpty()) {
        return Optional.empty();
      }
      at = up.get();
    }
  }

  /** The unit of {@code department} responsible for the grid with this code, if any. */
  public Optional<DepartmentUnit> responsibleUnit(String department, GridCode grid) {
    if (grid == null) {
      throw new MissingValueException("grid");
    }
    return responsibleUnit(department, tree.node(grid));
  }

  /** Builds a {@link DepartmentDirectory}. */
  public static final class Builder {
    private final GridTree tree;
    private final List<DepartmentUnit> units = new ArrayList<>();

    private Builder(GridTree tree) {
      this.tree = tree;
    }

    /** Adds a unit. */
    public Builder unit(DepartmentUnit unit) {
      if (unit == null) {
        throw new MissingValueException("unit");
      }
      units.add(unit);
      return this;
    }

    /** Adds a unit. */
    public Builder unit(String department, String id, String name, GridCode jurisdiction) {
      return unit(new DepartmentUnit(department, id, name, jurisdiction));
    }

    /**
     * Builds the directory.
     *
     * @throws org.gridgov.core.NotFoundException when a jurisdiction is not a grid of the tree
     * @throws InvalidInputException when two units of one department share a jurisdiction
     */
    public DepartmentDirectory build() {
      Map<String, Map<Integer, DepartmentUnit>> by = new HashMap<>();
      for (int i = 0; i < units.size(); i++) {
        DepartmentUnit u = units.get(i);
        GridNode node = tree.node(u.jurisdiction());
        DepartmentUnit before = by.computeIfAbsent(u.department(), k -> new HashMap<>()).put(node.ordinal(), u);
        if (before != null) {
          throw new InvalidInputException("units[" + i + "].jurisdiction", u.jurisdiction().value(),
              "department " + u.department() + " already has unit " + before.id() + " for this grid");
        }
      }
      by.replaceAll((k, v) -> Collections.unmodifiableMap(v));
      return new DepartmentDirectory(tree, Collections.unmodifiableMap(by), List.copyOf(units));
    }
  }
}

package org.gridgov.geo;

import org.gridgov.core.MissingValueException;
import java.util.List;
import org.gridgov.core.GridNode;

/**
 * Where a point lies (定位结果): its basic grid and that grid's ancestors, nearest first (for
 * example village grid, township, county, prefecture, province).
 *
 * @param grid the basic grid whose closed boundary covers the point (the smallest code on a tie)
 * @param ancestors its ancestors in the {@link org.gridgov.core.GridTree}, parent first
 */
public record LocatedPoint(GridNode grid, List<GridNode> ancestors) {
  public LocatedPoint {
    if (grid == null || ancestors == null) {
      throw new MissingValueException(grid == null ? "grid" : "ancestors");
    }
    ancestors = List.copyOf(ancestors);
  }

  /** The chain from the root down to the basic grid. */
  public List<GridNode> pathFromRoot() {
    GridNode[] path = new GridNode[ancestors.size() + 1];
    for (int i = 0; i < ancestors.size(); i++) {
      path[ancestors.size() - 1 - i] = ancestors.get(i);
    }
    path[ancestors.size()] = grid;
    return List.of(path);
  }
}

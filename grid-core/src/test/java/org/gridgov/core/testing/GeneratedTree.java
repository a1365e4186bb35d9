package org.gridgov.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;

/**
 * A generated scheme and a valid set of its grids (in an arbitrary order), with naive
 * reference answers computed by scanning the list — the oracle the tree's queries are checked
 * against.
 */
public record GeneratedTree(GridScheme scheme, List<Grid> grids) {
  public GeneratedTree {
    grids = List.copyOf(grids);
  }

  /** Builds the tree (the generator only makes valid inputs). */
  public GridTree build() {
    return GridTree.builder(scheme).addAll(grids).build();
  }

  /** The grids by code. */
  public Map<GridCode, Grid> byCode() {
    return grids.stream().collect(Collectors.toMap(Grid::code, g -> g));
  }

  /** The parent code by a scan: the explicit parent, else the code's prefix one level up. */
  public GridCode naiveParent(Grid g) {
    if (g.level() == 1) {
      return null;
    }
    return g.parent().orElseGet(() -> g.code().prefix(scheme.codeLayout().lengthAt(g.level() - 1)));
  }

  /** The ancestors, nearest first, by repeated scans. */
  public List<GridCode> naiveAncestors(GridCode code) {
    Map<GridCode, Grid> by = byCode();
    List<GridCode> out = new ArrayList<>();
    GridCode p = naiveParent(by.get(code));
    while (p != null) {
      out.add(p);
      p = naiveParent(by.get(p));
    }
    return out;
  }

  /** True when {@code a} is a proper ancestor of {@code d}, by walking parents. */
  public boolean naiveIsAncestor(GridCode a, GridCode d) {
    return naiveAncestors(d).contains(a);
  }

  /** The children by a scan, in code order. */
  public List<GridCode> naiveChildren(GridCode code) {
    return grids.stream().filter(g -> code.equals(naiveParent(g))).map(Grid::code).sorted().collect(Collectors.toList());
  }
}

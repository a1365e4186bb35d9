package org.gridgov.scoring.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.Department;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.scoring.ScoringPeriod;

/**
 * What a set of indicators is laid out on: the grid tree (dense preorder ordinals, parents and
 * subtree ends), the catalogue's departments (dense indexes in catalogue order), the period and
 * whether evidence is kept. Immutable and shared by an accumulator and its snapshots.
 */
public final class Frame {
  public final GridTree tree;
  /** Parent ordinal per ordinal, -1 at a root. */
  public final int[] parent;
  /** One past the last ordinal of each subtree. */
  public final int[] end;
  /** Department ids in catalogue order. */
  public final String[] departments;
  private final Map<String, Integer> departmentIndex;
  public final ScoringPeriod period;
  public final boolean tracing;

  public Frame(GridTree tree, MatterCatalogue catalogue, ScoringPeriod period, boolean tracing) {
    this.tree = tree;
    List<GridNode> nodes = tree.nodes();
    int n = nodes.size();
    this.parent = new int[n];
    this.end = new int[n];
    for (GridNode node : nodes) {
      int o = node.ordinal();
      Optional<GridNode> p = node.parent();
      parent[o] = p.isPresent() ? p.get().ordinal() : -1;
      end[o] = o + node.subtreeSize();
    }
    List<Department> ds = catalogue.departments();
    this.departments = new String[ds.size()];
    this.departmentIndex = new HashMap<>();
    for (int i = 0; i < ds.size(); i++) {
      departments[i] = ds.get(i).id();
      departmentIndex.put(ds.get(i).id(), i);
    }
    this.period = period;
    this.tracing = tracing;
  }

  private Frame(Frame f, ScoringPeriod period) {
    this.tree = f.tree;
    this.parent = f.parent;
    this.end = f.end;
    this.departments = f.departments;
    this.departmentIndex = f.departmentIndex;
    this.period = period;
    this.tracing = f.tracing;
  }

  /** The same layout for another period. */
  public Frame withPeriod(ScoringPeriod other) {
    return new Frame(this, other);
  }

  /** The number of grids. */
  public int grids() {
    return parent.length;
  }

  /** The department's index, or -1. */
  public int department(String id) {
    Integer i = departmentIndex.get(id);
    return i == null ? -1 : i;
  }

  /** The grid's ordinal, or -1. */
  public int grid(GridCode code) {
    return tree.findNode(code).map(GridNode::ordinal).orElse(-1);
  }

  /** True when two frames lay out figures the same way (same tree instance, departments, period, tracing). */
  public boolean compatible(Frame o) {
    return o == this || (o.tree == tree && Arrays.equals(o.departments, departments) && o.period.equals(period)
        && o.tracing == tracing);
  }

  /** The reason two frames are not compatible, for messages. */
  public String difference(Frame o) {
    if (o.tree != tree) {
      return "they are laid out on different grid trees";
    }
    if (!Arrays.equals(o.departments, departments)) {
      return "they have different departments";
    }
    if (!o.period.equals(period)) {
      return "they cover different periods (" + period.label() + ", " + o.period.label() + ")";
    }
    return "one keeps evidence and the other does not";
  }
}

package org.gridgov.core;

import java.util.List;
import java.util.Optional;

/**
 * A grid at its place in a {@link GridTree} (网格节点): the handle for fast navigation. Obtain
 * one with {@link GridTree#node(GridCode)}; every query on it is O(1) or O(depth) with no
 * lookup by code. Two nodes are equal when they are the same grid of the same tree.
 */
public final class GridNode {
  final GridTree tree;
  final int index;

  GridNode(GridTree tree, int index) {
    this.tree = tree;
    this.index = index;
  }

  /** The grid's data. */
  public Grid grid() {
    return tree.gridAt(index);
  }

  /** The grid's code. */
  public GridCode code() {
    return grid().code();
  }

  /** The grid's level, 1 at the root. */
  public int level() {
    return tree.levelAt(index);
  }

  /** The grid's layer id, the scheme's base layer filled in. */
  public String layer() {
    return tree.layerAt(index);
  }

  /**
   * The node's position in the tree's depth-first preorder, from 0 to {@code size() - 1}: a
   * dense key for arrays indexed by grid. {@link GridTree#nodes()}{@code .get(ordinal)} is
   * this node.
   */
  public int ordinal() {
    return index;
  }

  /** The tree this node belongs to. */
  public GridTree tree() {
    return tree;
  }

  /** The parent; empty at a root. O(1). */
  public Optional<GridNode> parent() {
    int p = tree.parentAt(index);
    return p < 0 ? Optional.empty() : Optional.of(tree.nodeAt(p));
  }

  /** The children in code order. O(number of children). */
  public List<GridNode> children() {
    return tree.childNodes(index);
  }

  /** The ancestors, nearest first. O(depth). */
  public List<GridNode> ancestors() {
    return tree.ancestorNodes(index);
  }

  /** All descendants in depth-first preorder, as a view. O(1). */
  public List<GridNode> descendants() {
    return tree.nodeRange(index + 1, tree.endAt(index));
  }

  /** True when this grid is a proper ancestor of {@code other}. O(1). */
  public boolean isAncestorOf(GridNode other) {
    checkSameTree(other);
    return index < other.index && other.index < tree.endAt(index);
  }

  /** True when this grid is {@code other} or an ancestor of it. O(1). */
  public boolean covers(GridNode other) {
    checkSameTree(other);
    return index <= other.index && other.index < tree.endAt(index);
  }

  /** The number of grids in this grid's subtree, itself included. O(1). */
  public int subtreeSize() {
    return tree.endAt(index) - index;
  }

  private void checkSameTree(GridNode other) {
    if (other == null) {
      throw new MissingValueException("other");
    }
    if (other.tree != tree) {
      throw new InvalidInputException("other", other.code().value(), "the node belongs to a different tree");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridNode && ((GridNode) o).tree == tree && ((GridNode) o).index == index;
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(tree) + index;
  }

  @Override
  public String toString() {
    return grid().code() + " " + grid().name();
  }
}

package org.gridgov.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link Principal} may see and act on in a {@link GridTree} (数据权限范围): the union of
 * the subtrees under its scope roots. Every read or act API of the SDK takes a scope or a
 * principal and refuses anything outside with a {@link ForbiddenException}.
 */
public final class Scope {
  private final GridTree tree;
  private final Principal principal;
  private final List<GridNode> roots;

  private Scope(GridTree tree, Principal principal, List<GridNode> roots) {
    this.tree = tree;
    this.principal = principal;
    this.roots = roots;
  }

  /**
   * Binds {@code principal} to {@code tree}.
   *
   * @throws NotFoundException when a scope root is not a grid of the tree
   */
  public static Scope of(GridTree tree, Principal principal) {
    if (tree == null) {
      throw new MissingValueException("tree");
    }
    if (principal == null) {
      throw new MissingValueException("principal");
    }
    List<GridNode> roots = new ArrayList<>();
    for (GridCode code : principal.scopeRoots()) {
      GridNode node = tree.findNode(code).orElseThrow(() -> new NotFoundException(
          "principal.scopeRoots", code.value(), "principal " + principal.id() + " is scoped to a grid the tree does not have"));
      roots.add(node);
    }
    return new Scope(tree, principal, Collections.unmodifiableList(roots));
  }

  /** The principal. */
  public Principal principal() {
    return principal;
  }

  /** The tree. */
  public GridTree tree() {
    return tree;
  }

  /** The scope roots as nodes. */
  public List<GridNode> roots() {
    return roots;
  }

  /** True when the grid with this code is a scope root or lies under one; false for unknown codes. */
  public boolean admits(GridCode code) {
    return tree.findNode(code).map(this::admits).orElse(false);
  }

  /** True when {@code node} is a scope root or lies under one. */
  public boolean admits(GridNode node) {
    for (GridNode root : roots) {
      if (root.covers(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that the principal may read or act on the grid with this code.
   *
   * @throws ForbiddenException when the grid lies outside the scope
   * @throws NotFoundException when no grid has this code
   */
  public GridNode check(GridCode code) {
    GridNode node = tree.node(code);
    if (!admits(node)) {
      throw new ForbiddenException("grid", code.value(), principal.kind() + " " + principal.id()
          + " may only read and act within " + principal.scopeRoots() + "; this grid lies outside");
    }
    return node;
  }

  /** The grid with this code, if the principal may read it. */
  public Grid get(GridCode code) {
    return check(code).grid();
  }

  /** The children of a grid in scope. */
  public List<Grid> children(GridCode code) {
    check(code);
    return tree.children(code);
  }

  /** The descendants of a grid in scope. */
  public List<Grid> descendants(GridCode code) {
    check(code);
    return tree.descendants(code);
  }

  /** Every grid in scope, scope roots first, each root's subtree in preorder. */
  public List<Grid> grids() {
    List<Grid> all = new ArrayList<>();
    for (GridNode root : roots) {
      if (roots.stream().anyMatch(other -> other.isAncestorOf(root))) {
        continue; // already listed under an enclosing root
      }
      all.add(root.grid());
      root.descendants().forEach(n -> all.add(n.grid()));
    }
    return Collections.unmodifiableList(all);
  }

  @Override
  public String toString() {
    return "Scope[" + principal.kind() + " " + principal.id() + " within " + principal.scopeRoots() + "]";
  }
}

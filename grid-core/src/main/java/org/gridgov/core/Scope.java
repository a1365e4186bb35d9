package org.gridgov.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link Principal} may see and act on in a {@link GridTree} (数据权限范围): the union of
 * the subtrees under its scope roots. Every read or act API of the SDK takes a scope or a
 * principal and refuses anything outside with a {@link ForbiddenException}.
 *
 * <p>A scope hands out {@link Grid}s, never the tree or its {@link GridNode}s, so code given only
 * a scope cannot navigate out of it; and it answers a code outside the scope the same way
 * whether or not such a grid exists, so it is no oracle for the rest of the tree.
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

  /** The scope roots. */
  public List<Grid> roots() {
    List<Grid> out = new ArrayList<>(roots.size());
    roots.forEach(r -> out.add(r.grid()));
    return Collections.unmodifiableList(out);
  }

  /** True when the grid with this code is a scope root or lies under one; false for unknown codes. */
  public boolean admits(GridCode code) {
    if (code == null) {
      throw new MissingValueException("code");
    }
    return tree.findNode(code).map(this::admits).orElse(false);
  }

  private boolean admits(GridNode node) {
    for (GridNode root : roots) {
      if (root.covers(node)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks that the principal may read or act on the grid with this code, and returns it.
   *
   * @throws ForbiddenException when no grid of the scope has this code (outside it, or nowhere)
   */
  public Grid check(GridCode code) {
    return node(code).grid();
  }

  private GridNode node(GridCode code) {
    if (code == null) {
      throw new MissingValueException("code");
    }
    GridNode node = tree.findNode(code).orElse(null);
    if (node == null || !admits(node)) {
      throw new ForbiddenException("grid", code.value(), principal.kind() + " " + principal.id()
          + " may only read and act within " + principal.scopeRoots() + "; this grid lies outside");
    }
    return node;
  }

  /** The grid with this code, if the principal may read it. */
  public Grid get(GridCode code) {
    return check(code);
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

  /** The ancestors of a grid in scope that lie in scope too, nearest first, up to its scope root. */
  public List<Grid> ancestors(GridCode code) {
    List<Grid> out = new ArrayList<>();
    for (GridNode up = node(code).parent().orElse(null); up != null && admits(up); up = up.parent().orElse(null)) {
      out.add(up.grid());
    }
    return Collections.unmodifiableList(out);
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

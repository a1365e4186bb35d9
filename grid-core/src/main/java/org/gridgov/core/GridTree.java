package org.gridgov.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.core.internal.CodeIndex;
import org.gridgov.core.internal.TreeArrays;
import org.gridgov.core.internal.TreeIndexer;

/**
 * The grid hierarchy of a place (网格体系): immutable, validated once when built, safe to share
 * between threads.
 *
 * <p>Building checks, for every grid: its level exists in the scheme, its code fits the
 * level's segments, its layer and kind are declared, codes are unique, its parent exists and
 * is one level up, the parent's code is a prefix of its code, no parent links form a cycle,
 * a grid of a non-base layer hangs under the base layer or its own layer, and the grid's
 * validity lies within its parent's. A failure throws an {@link InvalidTreeException} with
 * the matching {@link TreeProblem.Kind}; nothing is built.
 *
 * <p>Grids are laid out in depth-first preorder (children in code order), so
 * {@link #isAncestor} is O(1), {@link #descendants} is an O(1) view, {@link #ancestors} and
 * {@link #lowestCommonAncestor} are O(depth) and per-level counts are O(1) for the whole tree
 * and O(log n) under a grid. Lookups by code are one hash probe; {@link GridNode} handles skip
 * even that.
 *
 * <p>Grids carry validity dates; {@link #asOf(LocalDate)} gives the tree of one day.
 */
public final class GridTree {
  private final GridScheme scheme;
  private final Grid[] grids;
  private final int[] parent;
  private final int[] end;
  private final int[] levels;
  private final String[] layers;
  private final int[][] levelMembers;
  private final CodeIndex index;
  private final LevelPrefixes levelPrefixes;
  private final List<GridNode> roots;

  private GridTree(GridScheme scheme, TreeArrays arrays) {
    this.scheme = scheme;
    this.grids = arrays.grids();
    this.parent = arrays.parent();
    this.end = arrays.end();
    this.levels = arrays.levels();
    this.layers = arrays.layers();
    this.levelMembers = arrays.levelMembers();
    this.index = arrays.index();
    this.levelPrefixes = new LevelPrefixes(scheme);
    List<GridNode> rootList = new ArrayList<>();
    for (int i = 0; i < grids.length; i = end[i]) {
      rootList.add(new GridNode(this, i));
    }
    this.roots = Collections.unmodifiableList(rootList);
  }

  /** A builder for a tree of {@code scheme}. */
  public static Builder builder(GridScheme scheme) {
    if (scheme == null) {
      throw new MissingValueException("scheme");
    }
    return new Builder(scheme);
  }

  /** The scheme the tree was checked against. */
  public GridScheme scheme() {
    return scheme;
  }

  /** The number of grids. */
  public int size() {
    return grids.length;
  }

  /** True when a grid has this code. */
  public boolean contains(GridCode code) {
    return lookup(code) >= 0;
  }

  /** The grid with this code, if any. */
  public Optional<Grid> find(GridCode code) {
    int at = lookup(code);
    return at < 0 ? Optional.empty() : Optional.of(grids[at]);
  }

  /**
   * The grid with this code.
   *
   * @throws NotFoundException when no grid has it
   */
  public Grid get(GridCode code) {
    return grids[indexOf(code)];
  }

  /** The node of the grid with this code, for O(1) navigation; throws {@link NotFoundException}. */
  public GridNode node(GridCode code) {
    return new GridNode(this, indexOf(code));
  }

  /** The node of the grid with this code, if any. */
  public Optional<GridNode> findNode(GridCode code) {
    int at = lookup(code);
    return at < 0 ? Optional.empty() : Optional.of(new GridNode(this, at));
  }

  /** The parent of the grid with this code; empty at a root. O(1). */
  public Optional<Grid> parent(GridCode code) {
    int p = parent[indexOf(code)];
    return p < 0 ? Optional.empty() : Optional.of(grids[p]);
  }

  /** The children in code order. O(number of children). */
  public List<Grid> children(GridCode code) {
    return gridsOf(childNodes(indexOf(code)));
  }

  /** The ancestors, nearest first (parent, grandparent, …, root). O(depth). */
  public List<Grid> ancestors(GridCode code) {
    int at = indexOf(code);
    Grid[] chain = new Grid[levels[at] - 1];
    int k = 0;
    for (int p = parent[at]; p >= 0; p = parent[p]) {
      chain[k++] = grids[p];
    }
    return Collections.unmodifiableList(Arrays.asList(chain));
  }

  /** Every grid below this one, in depth-first preorder, as a view. O(1). */
  public List<Grid> descendants(GridCode code) {
    int at = indexOf(code);
    return gridRange(at + 1, end[at]);
  }

  /**
   * True when {@code ancestor} is a proper ancestor of {@code descendant}. O(1): because every
   * grid's parent code is its own code cut one level up, the ancestors of a grid are exactly the
   * prefixes of its code at the lengths of the levels above it, so a true answer needs one lookup
   * (of the descendant) and a false one two; {@link GridNode#isAncestorOf} needs none.
   *
   * @throws NotFoundException when either code is not in the tree
   */
  public boolean isAncestor(GridCode ancestor, GridCode descendant) {
    indexOf(descendant);
    if (levelPrefixes.isLevelPrefix(requireCode(ancestor), descendant)) {
      return true;
    }
    indexOf(ancestor);
    return false;
  }

  /**
   * The deepest grid that is {@code a} or an ancestor of it and also {@code b} or an ancestor
   * of it; empty when they lie under different roots. O(depth).
   */
  public Optional<Grid> lowestCommonAncestor(GridCode a, GridCode b) {
    int x = indexOf(a);
    int y = indexOf(b);
    while (x >= 0 && y >= 0 && x != y) {
      if (levels[x] > levels[y]) {
        x = parent[x];
      } else if (levels[y] > levels[x]) {
        y = parent[y];
      } else {
        x = parent[x];
        y = parent[y];
      }
    }
    return x >= 0 && x == y ? Optional.of(grids[x]) : Optional.empty();
  }

  /** The root grids in code order. */
  public List<Grid> roots() {
    return gridsOf(roots);
  }

  /** All grids in depth-first preorder. */
  public List<Grid> grids() {
    return gridRange(0, grids.length);
  }

  /** All nodes in depth-first preorder; {@code nodes().get(i).ordinal() == i}. */
  public List<GridNode> nodes() {
    return nodeRange(0, grids.length);
  }

  /** The grids at {@code level}, in code order. */
  public List<Grid> atLevel(int level) {
    int[] members = members(level);
    return new ArrayView<>(members.length, k -> grids[members[k]]);
  }

  /** The number of grids at {@code level}. O(1). */
  public int countAtLevel(int level) {
    return members(level).length;
  }

  /** The number of grids at {@code level} in the subtree of {@code under}, itself included. O(log n). */
  public int countAtLevel(GridCode under, int level) {
    int at = indexOf(under);
    int[] members = members(level);
    return TreeArrays.lowerBound(members, end[at]) - TreeArrays.lowerBound(members, at);
  }

  /** The number of grids per level id, root level first. */
  public Map<String, Integer> countByLevel() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int l = 1; l <= scheme.depth(); l++) {
      counts.put(scheme.level(l).id(), levelMembers[l - 1].length);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The layer id of a grid, the scheme's base layer filled in. */
  public String layerOf(GridCode code) {
    return layers[indexOf(code)];
  }

  /** The basic grids (基础网格) of {@code layer}, in code order. */
  public List<Grid> basicGrids(String layer) {
    int[] members = members(scheme.basicLevel());
    return Arrays.stream(members).filter(i -> layers[i].equals(layer)).mapToObj(i -> grids[i])
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The tree as it stood on {@code date}: only grids valid that day. Because every grid's
   * validity lies within its parent's, the result is itself a valid tree. O(n).
   */
  public GridTree asOf(LocalDate date) {
    if (date == null) {
      throw new MissingValueException("date");
    }
    Builder day = new Builder(scheme);
    for (Grid g : grids) {
      if (g.isValidOn(date)) {
        day.add(g);
      }
    }
    return day.build();
  }

  // ---- package-private access for GridNode ----

  Grid gridAt(int i) {
    return grids[i];
  }

  GridNode nodeAt(int i) {
    return new GridNode(this, i);
  }

  int parentAt(int i) {
    return parent[i];
  }

  int endAt(int i) {
    return end[i];
  }

  int levelAt(int i) {
    return levels[i];
  }

  String layerAt(int i) {
    return layers[i];
  }

  List<GridNode> childNodes(int at) {
    List<GridNode> out = new ArrayList<>();
    for (int c = at + 1; c < end[at]; c = end[c]) {
      out.add(new GridNode(this, c));
    }
    return Collections.unmodifiableList(out);
  }

  List<GridNode> ancestorNodes(int at) {
    GridNode[] chain = new GridNode[levels[at] - 1];
    int k = 0;
    for (int p = parent[at]; p >= 0; p = parent[p]) {
      chain[k++] = new GridNode(this, p);
    }
    return Collections.unmodifiableList(Arrays.asList(chain));
  }

  List<GridNode> nodeRange(int from, int to) {
    return new ArrayView<>(to - from, k -> new GridNode(this, from + k));
  }

  private List<Grid> gridRange(int from, int to) {
    return new ArrayView<>(to - from, k -> grids[from + k]);
  }

  /** Roots are exactly the grids of level 1, so a grid at level L has L - 1 ancestors. */
  private static List<Grid> gridsOf(List<GridNode> ns) {
    return new ArrayView<>(ns.size(), k -> ns.get(k).grid());
  }

  private int[] members(int level) {
    if (level < 1 || level > levelMembers.length) {
      throw new InvalidInputException("level", Integer.toString(level),
          "scheme " + scheme.id() + " has levels 1 to " + levelMembers.length);
    }
    return levelMembers[level - 1];
  }

  /** The position of the grid with this code, or -1: one probe with the code's cached key. */
  private int lookup(GridCode code) {
    long key = requireCode(code).indexKey();
    return key >= 0 ? index.getKey(key) : index.get(code.value());
  }

  private int indexOf(GridCode code) {
    int at = lookup(code);
    if (at < 0) {
      throw new NotFoundException("code", code.value(), "no grid in tree " + scheme.id() + " has this code");
    }
    return at;
  }

  private static GridCode requireCode(GridCode code) {
    if (code == null) {
      throw new MissingValueException("code");
    }
    return code;
  }

  @Override
  public String toString() {
    return "GridTree[" + scheme.id() + ", " + grids.length + " grids, " + countByLevel() + "]";
  }

  /**
   * Collects grids and builds a validated {@link GridTree}. Not thread-safe; {@link #build()}
   * may be called again after adding more.
   */
  public static final class Builder {
    private final GridScheme scheme;
    private final List<Grid> grids = new ArrayList<>();

    private Builder(GridScheme scheme) {
      this.scheme = scheme;
    }

    /** Adds one grid. */
    public Builder add(Grid grid) {
      if (grid == null) {
        throw new MissingValueException("grid");
      }
      grids.add(grid);
      return this;
    }

    /** Adds every grid of {@code more}, or none when one of them is null. */
    public Builder addAll(Iterable<Grid> more) {
      if (more == null) {
        throw new MissingValueException("grids");
      }
      List<Grid> checked = new ArrayList<>();
      for (Grid grid : more) {
        if (grid == null) {
          throw new MissingValueException("grids[" + checked.size() + "]");
        }
        checked.add(grid);
      }
      grids.addAll(checked);
      return this;
    }

    /**
     * Validates the grids and builds the tree.
     *
     * @throws InvalidTreeException listing the problems of the first failing check
     */
    public GridTree build() {
      return new GridTree(scheme, TreeIndexer.index(scheme, grids));
    }
  }
}

package org.gridgov.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Full-element coverage of one layer (全要素覆盖): for every grid of the layer (and the base-layer
 * grids above it) the "three clears" figures rolled up from its basic grids, and every element
 * that breaks "exactly one basic grid" with the grids involved.
 *
 * <p>Built from raw data ({@link #of}) so that imports can be audited: assignments to other
 * layers are ignored, assignments to unknown grids, non-basic grids or unknown elements are
 * reported, and only elements in exactly one basic grid count in the figures.
 */
public final class ElementCoverageReport {
  private final GridTree tree;
  private final String layer;
  private final ThreeClears[] figures;
  private final List<ElementCoverageProblem> problems;

  private ElementCoverageReport(GridTree tree, String layer, ThreeClears[] figures, List<ElementCoverageProblem> problems) {
    this.tree = tree;
    this.layer = layer;
    this.figures = figures;
    this.problems = problems;
  }

  /**
   * Audits the elements and their assignments for {@code layer} of {@code tree}.
   *
   * @throws InvalidInputException when the layer is unknown or two elements share an id
   * @throws MissingValueException for a null argument or a null element or assignment
   */
  public static ElementCoverageReport of(GridTree tree, String layer, Collection<? extends Element> elements,
      Collection<ElementAssignment> assignments) {
    if (tree == null || layer == null || elements == null || assignments == null) {
      throw new MissingValueException(tree == null ? "tree" : layer == null ? "layer"
          : elements == null ? "elements" : "assignments");
    }
    Layer declared = tree.scheme().layer(layer).orElseThrow(() -> new InvalidInputException("layer", layer,
        "must be one of the layers of scheme " + tree.scheme().id()));
    Map<String, Element> byId = new LinkedHashMap<>();
    for (Element e : elements) {
      if (e == null) {
        throw new MissingValueException("elements[]");
      }
      if (byId.putIfAbsent(e.id(), e) != null) {
        throw new InvalidInputException("elements", e.id(), "element ids must be unique; this one appears twice");
      }
    }
    int basic = tree.scheme().basicLevel();
    List<ElementCoverageProblem> problems = new ArrayList<>();
    Map<String, Set<GridCode>> gridsOf = new HashMap<>();
    int index = 0;
    for (ElementAssignment a : assignments) {
      if (a == null) {
        throw new MissingValueException("assignments[" + index + "]");
      }
      index++;
      GridNode node = tree.findNode(a.grid()).orElse(null);
      if (node == null) {
        problems.add(new ElementCoverageProblem(ElementCoverageProblem.Kind.UNKNOWN_GRID, a.elementId(), List.of(a.grid())));
        continue;
      }
      if (!node.layer().equals(layer)) {
        continue;
      }
      if (!byId.containsKey(a.elementId())) {
        problems.add(new ElementCoverageProblem(ElementCoverageProblem.Kind.UNKNOWN_ELEMENT, a.elementId(), List.of(a.grid())));
      } else if (node.level() != basic) {
        problems.add(new ElementCoverageProblem(ElementCoverageProblem.Kind.NOT_A_BASIC_GRID, a.elementId(), List.of(a.grid())));
      } else {
        gridsOf.computeIfAbsent(a.elementId(), k -> new TreeSet<>()).add(a.grid());
      }
    }
    ThreeClears[] figures = new ThreeClears[tree.size()];
    for (Element e : byId.values()) {
      Set<GridCode> in = gridsOf.getOrDefault(e.id(), Set.of());
      if (in.size() == 1) {
        int at = tree.node(in.iterator().next()).ordinal();
        figures[at] = figures[at] == null ? ThreeClears.of(e) : figures[at].plus(ThreeClears.of(e));
      } else if (in.size() > 1) {
        problems.add(new ElementCoverageProblem(ElementCoverageProblem.Kind.MULTIPLY_ASSIGNED, e.id(), new ArrayList<>(in)));
      } else if (declared.fullCoverage()) {
        problems.add(new ElementCoverageProblem(ElementCoverageProblem.Kind.UNASSIGNED, e.id(), List.of()));
      }
    }
    List<GridNode> nodes = tree.nodes();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (figures[i] == null) {
        figures[i] = ThreeClears.NONE;
      }
      int parent = nodes.get(i).parent().map(GridNode::ordinal).orElse(-1);
      if (parent >= 0 && figures[i] != ThreeClears.NONE) {
        figures[parent] = figures[parent] == null ? figures[i] : figures[parent].plus(figures[i]);
      }
    }
    return new ElementCoverageReport(tree, layer, figures, Collections.unmodifiableList(problems));
  }

  /** The layer audited. */
  public String layer() {
    return layer;
  }

  /** The figures of a grid, rolled up from its basic grids. */
  public ThreeClears figures(GridCode grid) {
    return figures[tree.node(grid).ordinal()];
  }

  /** Every problem found, in a stable order. */
  public List<ElementCoverageProblem> problems() {
    return problems;
  }

  /** The problems of one kind. */
  public List<ElementCoverageProblem> problems(ElementCoverageProblem.Kind kind) {
    List<ElementCoverageProblem> out = new ArrayList<>();
    problems.forEach(p -> {
      if (p.kind() == kind) {
        out.add(p);
      }
    });
    return Collections.unmodifiableList(out);
  }

  /** The basic grids that share an element with another grid: those breaking "exactly one". */
  public Set<GridCode> gridsBreakingExactlyOne() {
    Set<GridCode> out = new TreeSet<>();
    problems(ElementCoverageProblem.Kind.MULTIPLY_ASSIGNED).forEach(p -> out.addAll(p.grids()));
    return Collections.unmodifiableSet(out);
  }

  /** True when no element breaks "exactly one" and every assignment counts. */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  @Override
  public String toString() {
    return "ElementCoverageReport[" + layer + ", " + problems.size() + " problems, total " + totals() + "]";
  }

  private ThreeClears totals() {
    ThreeClears sum = ThreeClears.NONE;
    for (Grid root : tree.roots()) {
      sum = sum.plus(figures(root.code()));
    }
    return sum;
  }

}

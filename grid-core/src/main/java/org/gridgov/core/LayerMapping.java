package org.gridgov.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping between the grids of two layers that cover the same ground (网格映射), first of
 * all the fusion of the comprehensive grid and the police grid (双格融合): which grids of one
 * layer correspond to which grids of the other, in both directions, and which grids have no
 * counterpart yet. The two layers may live in one tree or in two.
 */
public final class LayerMapping {
  private final GridTree fromTree;
  private final String fromLayer;
  private final GridTree toTree;
  private final String toLayer;
  private final Map<GridCode, Set<GridCode>> forward;
  private final Map<GridCode, Set<GridCode>> backward;

  private LayerMapping(GridTree fromTree, String fromLayer, GridTree toTree, String toLayer,
      Map<GridCode, Set<GridCode>> forward, Map<GridCode, Set<GridCode>> backward) {
    this.fromTree = fromTree;
    this.fromLayer = fromLayer;
    this.toTree = toTree;
    this.toLayer = toLayer;
    this.forward = forward;
    this.backward = backward;
  }

  /** A mapping between two layers of one tree. */
  public static Builder builder(GridTree tree, String fromLayer, String toLayer) {
    return builder(tree, fromLayer, tree, toLayer);
  }

  /** A mapping between a layer of one tree and a layer of another. */
  public static Builder builder(GridTree fromTree, String fromLayer, GridTree toTree, String toLayer) {
    if (fromTree == null || toTree == null) {
      throw new MissingValueException(fromTree == null ? "fromTree" : "toTree");
    }
    checkLayer(fromTree, fromLayer, "fromLayer");
    checkLayer(toTree, toLayer, "toLayer");
    return new Builder(fromTree, fromLayer, toTree, toLayer);
  }

  private static void checkLayer(GridTree tree, String layer, String field) {
    if (layer == null || tree.scheme().layer(layer).isEmpty()) {
      throw new InvalidInputException(field, String.valueOf(layer),
          "must be a layer of scheme " + tree.scheme().id());
    }
  }

  /** The tree of the layer mapped from. */
  public GridTree fromTree() {
    return fromTree;
  }

  /** The tree of the layer mapped to (the same tree when both layers live in one). */
  public GridTree toTree() {
    return toTree;
  }

  /** The layer mapped from. */
  public String fromLayer() {
    return fromLayer;
  }

  /** The layer mapped to. */
  public String toLayer() {
    return toLayer;
  }

  /** The grids of the other layer that correspond to {@code from}; empty when it has none. */
  public Set<GridCode> counterparts(GridCode from) {
    return forward.getOrDefault(from, Set.of());
  }

  /** The same mapping seen from the other layer. */
  public LayerMapping inverse() {
    return new LayerMapping(toTree, toLayer, fromTree, fromLayer, backward, forward);
  }

  /** Every link, from-grid to its counterparts, in the order they were added. */
  public Map<GridCode, Set<GridCode>> links() {
    return forward;
  }

  /** The basic grids of the from-layer that have no counterpart (融合缺口). */
  public List<GridCode> unmappedFrom() {
    return unmapped(fromTree, fromLayer, forward);
  }

  /** The basic grids of the to-layer that have no counterpart. */
  public List<GridCode> unmappedTo() {
    return unmapped(toTree, toLayer, backward);
  }

  private static List<GridCode> unmapped(GridTree tree, String layer, Map<GridCode, Set<GridCode>> links) {
    List<GridCode> out = new ArrayList<>();
    for (Grid g : tree.basicGrids(layer)) {
      if (!links.containsKey(g.code())) {
        out.add(g.code());
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "LayerMapping[" + fromLayer + " -> " + toLayer + ", " + forward.size() + " grids linked]";
  }

  /** Collects links; every link is checked as it is added. */
  public static final class Builder {
    private final GridTree fromTree;
    private final String fromLayer;
    private final GridTree toTree;
    private final String toLayer;
    private final Map<GridCode, Set<GridCode>> forward = new LinkedHashMap<>();
    private final Map<GridCode, Set<GridCode>> backward = new LinkedHashMap<>();

    private Builder(GridTree fromTree, String fromLayer, GridTree toTree, String toLayer) {
      this.fromTree = fromTree;
      this.fromLayer = fromLayer;
      this.toTree = toTree;
      this.toLayer = toLayer;
    }

    /**
     * Links a grid of the from-layer to a grid of the to-layer.
     *
     * @throws NotFoundException when a code is not in its tree
     * @throws InvalidInputException when a grid is not in the expected layer
     */
    public Builder link(GridCode from, GridCode to) {
      check(fromTree, from, fromLayer, "from");
      check(toTree, to, toLayer, "to");
      forward.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
      backward.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from);
      return this;
    }

    private static void check(GridTree tree, GridCode code, String layer, String field) {
      if (code == null) {
        throw new MissingValueException(field);
      }
      String actual = tree.layerOf(code);
      if (!actual.equals(layer)) {
        throw new InvalidInputException(field, code.value(), "grid is in layer " + actual + ", not " + layer);
      }
    }

    public LayerMapping build() {
      return new LayerMapping(fromTree, fromLayer, toTree, toLayer, freeze(forward), freeze(backward));
    }

    private static Map<GridCode, Set<GridCode>> freeze(Map<GridCode, Set<GridCode>> links) {
      Map<GridCode, Set<GridCode>> copy = new LinkedHashMap<>();
      links.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
      return Collections.unmodifiableMap(copy);
    }
  }
}

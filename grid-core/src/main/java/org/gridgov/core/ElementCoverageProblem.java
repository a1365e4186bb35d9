package org.gridgov.core;

import java.util.List;

/**
 * An element that breaks "exactly one basic grid per layer" (一要素一格), or an assignment that
 * cannot count.
 *
 * @param kind what is wrong
 * @param elementId the element
 * @param grids the grids involved (none for an unassigned element)
 */
public record ElementCoverageProblem(Kind kind, String elementId, List<GridCode> grids) {
  public ElementCoverageProblem {
    if (kind == null || elementId == null || grids == null) {
      throw new MissingValueException(kind == null ? "kind" : elementId == null ? "elementId" : "grids");
    }
    int i = 0;
    for (GridCode grid : grids) {
      if (grid == null) {
        throw new MissingValueException("grids[" + i + "]");
      }
      i++;
    }
    grids = List.copyOf(grids);
  }

  /** What is wrong. */
  public enum Kind {
    /** The element lies in no basic grid of a full-coverage layer (漏格). */
    UNASSIGNED,
    /** The element lies in two or more basic grids of the layer (重格). */
    MULTIPLY_ASSIGNED,
    /** The assignment names a grid that is not a basic grid. */
    NOT_A_BASIC_GRID,
    /** The assignment names a code no grid has. */
    UNKNOWN_GRID,
    /** The assignment names an element that was not given. */
    UNKNOWN_ELEMENT
  }
}

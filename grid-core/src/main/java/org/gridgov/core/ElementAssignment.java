package org.gridgov.core;

/**
 * The record that an element lies in a grid (要素落格). Elements belong to basic grids; each
 * must have exactly one per full-coverage layer, which {@link ElementCoverageReport} checks.
 *
 * @param elementId the element's id
 * @param grid the basic grid's code
 */
public record ElementAssignment(String elementId, GridCode grid) {
  public ElementAssignment {
    if (elementId == null) {
      throw new MissingValueException("elementId");
    }
    if (grid == null) {
      throw new MissingValueException("grid");
    }
  }

  public static ElementAssignment of(String elementId, GridCode grid) {
    return new ElementAssignment(elementId, grid);
  }
}

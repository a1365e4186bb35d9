package org.gridgov.core;

/**
 * One reason a set of grids does not form a valid {@link GridTree} (网格树校验问题).
 *
 * @param kind what is wrong
 * @param code the grid at fault
 * @param field the attribute at fault, for example {@code parent}
 * @param value the offending value
 * @param detail the rule, in words
 */
public record TreeProblem(Kind kind, GridCode code, String field, String value, String detail) {
  /** What is wrong with a grid. */
  public enum Kind {
    /** The level is not one of the scheme's. */
    UNKNOWN_LEVEL,
    /** The code does not fit the level's segments (length or segment rule). */
    CODE_LAYOUT,
    /** The layer is not declared in the scheme. */
    UNKNOWN_LAYER,
    /** The kind is not declared in the scheme, or not allowed at the level. */
    UNKNOWN_KIND,
    /** Two grids have the same code. */
    DUPLICATE_CODE,
    /** The parent does not exist, or a grid below the root level has none. */
    MISSING_PARENT,
    /** Following parents leads back to the grid. */
    CYCLE,
    /** The grid's level is not one below its parent's. */
    WRONG_LEVEL_ORDER,
    /** The parent's code is not a prefix of the grid's code. */
    CODE_NOT_PREFIXED,
    /** A grid of one layer hangs under a grid of another layer that is not the base layer. */
    LAYER_MISMATCH,
    /** The grid is valid on a day its parent is not. */
    VALIDITY_OUTSIDE_PARENT
  }

  @Override
  public String toString() {
    return kind + ": grids[" + code + "]." + field + " = \"" + value + "\": " + detail;
  }
}

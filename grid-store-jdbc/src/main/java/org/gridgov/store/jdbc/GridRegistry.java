package org.gridgov.store.jdbc;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridScheme;
import org.gridgov.core.GridTree;
import org.gridgov.geo.Boundaries;

/**
 * The grid registry (网格登记库): every version of every grid of a place, keyed by the scheme's id,
 * the grid's code and the first day the version is valid, with its boundary (WKB). Grids change —
 * split, merged, renamed, re-drawn — and a version stays in the registry after its last day, so the
 * tree of any date can be rebuilt ({@link #tree}) and an old ticket still finds its grid.
 *
 * <p>The versions of one code never overlap in time: a version saved over an overlapping one of the
 * same code is refused, unless it starts on the same day (then it replaces that version).
 */
public interface GridRegistry {
  /**
   * Saves grid versions of {@code scheme}'s place, all or nothing.
   *
   * @return the number of versions added or changed (0 when all were there as given)
   * @throws org.gridgov.core.InvalidInputException when a version overlaps another of its code
   */
  int save(GridScheme scheme, Collection<Grid> grids);

  /** Saves every grid of {@code tree} under its scheme, as {@link #save(GridScheme, Collection)}. */
  int save(GridTree tree);

  /**
   * The tree of the grids valid on {@code date}, built and validated by {@link GridTree.Builder}.
   *
   * @throws org.gridgov.core.InvalidTreeException when the versions valid that day do not form a tree
   */
  GridTree tree(GridScheme scheme, LocalDate date);

  /** Every version of the grid {@code code}, oldest first. */
  List<Grid> versions(GridScheme scheme, GridCode code);

  /**
   * Stores each boundary as WKB on the grid version it names (its grid's code and
   * {@link Grid#validFrom()}), all or nothing.
   *
   * @throws org.gridgov.core.NotFoundException when a boundary's grid version is not registered
   */
  void saveBoundaries(GridScheme scheme, Boundaries boundaries);

  /**
   * The boundaries of the grids valid on {@code date} that have one, in the coordinate system they
   * were saved in (converted to WGS-84 when they were saved in several).
   */
  Boundaries boundaries(GridScheme scheme, LocalDate date);
}

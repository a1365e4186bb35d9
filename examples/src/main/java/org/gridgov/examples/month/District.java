package org.gridgov.examples.month;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.LayerMapping;
import org.gridgov.core.MatterCatalogue;
import org.gridgov.core.Roster;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GridLocator;

/**
 * A district ready for a month (辖区): its grid tree, the WGS-84 boundaries of its base-layer grids
 * (every level), optionally a second layer's basic grids mapped onto them (the police grids of
 * 双格融合), its matter catalogue and its roster. The locator of the base layer is built once.
 * Immutable.
 */
public final class District {
  private final String title;
  private final String englishName;
  private final GridTree tree;
  private final Boundaries grids;
  private final Boundaries policeGrids;
  private final Optional<LayerMapping> fusion;
  private final MatterCatalogue catalogue;
  private final Roster roster;
  private final GridLocator locator;
  private final Optional<GridLocator> policeLocator;
  private final List<String> credits;

  /**
   * A district.
   *
   * @param title the name used in titles, for example 昆明市呈贡区
   * @param englishName the name in Latin letters, for the map (fonts for Chinese may be missing)
   * @param grids the base layer's boundaries, WGS-84, at least every basic grid
   * @param policeGrids the police layer's basic grids (may be empty), WGS-84
   * @param credits where the data comes from, one line each, for the map
   * @throws InvalidInputException when a set of boundaries is not WGS-84 or a basic grid has none
   */
  public District(String title, String englishName, GridTree tree, Boundaries grids, Boundaries policeGrids, Optional<LayerMapping> fusion,
      MatterCatalogue catalogue, Roster roster, List<String> credits) {
    for (Boundaries b : List.of(grids, policeGrids)) {
      if (b.coordinateSystem() != CoordinateSystem.WGS84) {
        throw new InvalidInputException("grids.coordinateSystem", b.coordinateSystem().name(), "must be WGS84");
      }
    }
    this.title = title;
    this.englishName = englishName;
    this.tree = tree;
    this.grids = grids;
    this.policeGrids = policeGrids;
    this.fusion = fusion;
    this.catalogue = catalogue;
    this.roster = roster;
    this.credits = List.copyOf(credits);
    this.locator = GridLocator.build(tree, tree.scheme().baseLayer(), grids);
    if (!locator.gridsWithoutBoundary().isEmpty()) {
      GridCode first = locator.gridsWithoutBoundary().get(0);
      throw new InvalidInputException("grids[" + first + "]", first.value(),
          "every basic grid needs a boundary; " + locator.gridsWithoutBoundary().size() + " have none");
    }
    this.policeLocator = policeGrids.size() == 0 ? Optional.empty()
        : Optional.of(GridLocator.build(tree, POLICE, policeGrids));
  }

  /** The id of the police layer (警务网格). */
  public static final String POLICE = "police";

  /** The name used in titles. */
  public String title() {
    return title;
  }

  /** The name in Latin letters. */
  public String englishName() {
    return englishName;
  }

  /** The tree: every level of the base layer, and the police grids when there are any. */
  public GridTree tree() {
    return tree;
  }

  /** The base layer's boundaries, WGS-84. */
  public Boundaries grids() {
    return grids;
  }

  /** The police layer's basic grids, WGS-84 (empty when the district has none). */
  public Boundaries policeGrids() {
    return policeGrids;
  }

  /** The mapping of the base layer's basic grids onto the police grids (双格融合). */
  public Optional<LayerMapping> fusion() {
    return fusion;
  }

  /** The matter catalogue. */
  public MatterCatalogue catalogue() {
    return catalogue;
  }

  /** The roster. */
  public Roster roster() {
    return roster;
  }

  /** The locator of the base layer's basic grids. */
  public GridLocator locator() {
    return locator;
  }

  /** The locator of the police grids, when there are any. */
  public Optional<GridLocator> policeLocator() {
    return policeLocator;
  }

  /** Where the data comes from, one line each. */
  public List<String> credits() {
    return credits;
  }

  /** The base layer's basic grids, in code order. */
  public List<Grid> basicGrids() {
    return tree.basicGrids(tree.scheme().baseLayer());
  }

  /** The root grid (the district itself). */
  public Grid root() {
    return tree.roots().get(0);
  }
}

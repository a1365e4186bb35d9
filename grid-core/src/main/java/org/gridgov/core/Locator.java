package org.gridgov.core;

import java.util.Optional;

/**
 * Finds the basic grid of a point (网格定位): the service-provider interface through which the
 * workflow turns a reported location into a grid without depending on the geometry module.
 * {@code org.gridgov.geo.GridLocator} implements it exactly; tests may implement it with a map.
 *
 * <p>Coordinates are WGS-84 / CGCS2000 longitude and latitude in degrees, as in GeoJSON.
 * Implementations are immutable and safe for concurrent readers.
 */
@FunctionalInterface
public interface Locator {
  /**
   * The basic grid whose closed boundary covers the point — on a shared edge or vertex the one
   * with the smallest code — or empty when no grid covers it ("uncovered").
   *
   * @throws InvalidInputException when a coordinate is not a finite number within ±180 / ±90
   */
  Optional<GridNode> locate(double longitude, double latitude);
}

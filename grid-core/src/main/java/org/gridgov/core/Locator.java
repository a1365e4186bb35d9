package org.gridgov.core;

import java.util.Optional;

/**
 * Finds the basic grid of a point (网格定位): the service-provider interface through which the
 * workflow turns a reported location into a grid without depending on the geometry module.
 * {@code org.gridgov.geo.GridLocator} implements it exactly; tests may implement it with a map.
 *
 * <p>Coordinates are WGS-84 / CGCS2000 longitude and latitude in degrees, as in GeoJSON; a point
 * given in another {@link Datum} goes through {@link #locate(Datum, double, double)}, which a
 * locator that converts overrides. Implementations are immutable and safe for concurrent readers.
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

  /**
   * The basic grid of a point given in {@code datum} (a wristband's GCJ-02 fix, say). This default
   * takes WGS-84 only; grid-geo's {@code GridLocator} converts GCJ-02 and BD-09 first.
   *
   * @throws MissingValueException when {@code datum} is null
   * @throws InvalidInputException when this locator cannot convert from {@code datum}, or a
   *     coordinate is not a finite number within ±180 / ±90
   */
  default Optional<GridNode> locate(Datum datum, double longitude, double latitude) {
    if (datum == null) {
      throw new MissingValueException("datum");
    }
    if (datum != Datum.WGS84) {
      throw new InvalidInputException("datum", datum.name(),
          "this locator takes WGS-84 points only; give the service a locator that converts (grid-geo's GridLocator)");
    }
    return locate(longitude, latitude);
  }
}

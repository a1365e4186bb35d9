package org.gridgov.geo.internal;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** The one geometry factory of grid-geo: floating precision, SRID 4326. */
public final class Geometries {
  /** The factory of every geometry read or made. */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private Geometries() {}
}

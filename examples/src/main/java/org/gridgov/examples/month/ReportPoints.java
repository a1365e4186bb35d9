package org.gridgov.examples.month;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.LonLat;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Where reports happen (事发位置): a seeded random point inside a basic grid, at least
 * {@link #MARGIN_DEGREES} (about 3 m) inside its border, given in GCJ-02 with six decimals as a
 * phone's map app reports it. The margin keeps the point in its grid through the GCJ-02 → WGS-84
 * conversion and the rounding of the files written later.
 */
final class ReportPoints {
  /** How far inside its grid's border a point lies at least, in degrees (≈ 3 m). */
  static final double MARGIN_DEGREES = 3e-5;
  private final Boundaries grids;
  private final SplittableRandom random;
  private final Map<GridCode, Sampler> samplers = new HashMap<>();

  private record Sampler(Envelope box, IndexedPointInAreaLocator inside) {}

  ReportPoints(Boundaries grids, SplittableRandom random) {
    this.grids = grids;
    this.random = random;
  }

  /** A GCJ-02 point inside the basic grid. */
  LonLat gcj02In(GridCode grid) {
    Sampler s = samplers.computeIfAbsent(grid, this::sampler);
    for (int tries = 0; tries < 100_000; tries++) {
      double lon = s.box.getMinX() + random.nextDouble() * s.box.getWidth();
      double lat = s.box.getMinY() + random.nextDouble() * s.box.getHeight();
      if (s.inside.locate(new Coordinate(lon, lat)) == Location.INTERIOR) {
        LonLat gcj = CoordinateSystem.WGS84.convert(lon, lat, CoordinateSystem.GCJ02);
        return new LonLat(Math.round(gcj.lon() * 1e6) / 1e6, Math.round(gcj.lat() * 1e6) / 1e6);
      }
    }
    throw new IllegalStateException("grid " + grid + " is too narrow to place a report in");
  }

  private Sampler sampler(GridCode grid) {
    Geometry area = grids.find(grid).orElseThrow().geometry();
    Geometry inner = area.buffer(-MARGIN_DEGREES);
    if (inner.isEmpty()) {
      inner = area;
    }
    return new Sampler(inner.getEnvelopeInternal(), new IndexedPointInAreaLocator(inner));
  }
}

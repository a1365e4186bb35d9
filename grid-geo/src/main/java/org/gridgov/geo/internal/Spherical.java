package org.gridgov.geo.internal;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas and lengths of lon/lat geometry on the sphere of the WGS-84 authalic radius: areas by
 * the spherical-excess approximation of Chamberlain and Duquette (exact for the sphere up to
 * terms negligible at county scale), lengths by the haversine formula. Good to well under 1 %
 * against the ellipsoid for the sizes of grids and gaps.
 */
public final class Spherical {
  /** The WGS-84 authalic radius, metres. */
  public static final double RADIUS = 6_371_007.2;

  private Spherical() {}

  /** Area in square metres of a polygonal geometry in lon/lat degrees. */
  public static double area(Geometry g) {
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon) {
        Polygon p = (Polygon) part;
        sum += Math.abs(ringArea(p.getExteriorRing().getCoordinateSequence()));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          sum -= Math.abs(ringArea(p.getInteriorRingN(h).getCoordinateSequence()));
        }
      } else if (part.getNumGeometries() > 1 || part != g) {
        sum += area(part);
      }
    }
    return Math.max(0, sum);
  }

  private static double ringArea(CoordinateSequence s) {
    int n = s.size();
    if (n < 3) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < n - 1; i++) {
      double x1 = Math.toRadians(s.getX(i));
      double y1 = Math.toRadians(s.getY(i));
      double x2 = Math.toRadians(s.getX(i + 1));
      double y2 = Math.toRadians(s.getY(i + 1));
      total += (x2 - x1) * (2 + Math.sin(y1) + Math.sin(y2));
    }
    return total * RADIUS * RADIUS / 2.0;
  }

  /** Great-circle distance in metres. */
  public static double distance(double lon1, double lat1, double lon2, double lat2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Length in metres of the linear parts of a geometry (a polygon's rings included). */
  public static double length(Geometry g) {
    double sum = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof LineString) {
        Coordinate[] cs = part.getCoordinates();
        for (int k = 0; k + 1 < cs.length; k++) {
          sum += distance(cs[k].x, cs[k].y, cs[k + 1].x, cs[k + 1].y);
        }
      } else if (part instanceof Polygon) {
        Polygon p = (Polygon) part;
        sum += length(p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          sum += length(p.getInteriorRingN(h));
        }
      }
    }
    return sum;
  }
}

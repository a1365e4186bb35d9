package org.gridgov.geo.internal;

import java.util.List;
import java.util.Optional;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the coordinates of one feature, as read by {@link GeoJsonParser} (positions as
 * {@code double[]}, nested lists above them), into a JTS Polygon or MultiPolygon, or problems:
 * rings not closed or of fewer than 4 positions, NaN or infinite numbers, longitudes and latitudes
 * out of range.
 */
final class GeometryBuilder {
  /** A feature stops being checked after this many problems. */
  static final int MAX_PROBLEMS_PER_FEATURE = 20;

  private final int featureIndex;
  private final Optional<String> code;
  private final List<GeoJsonProblem> out;

  GeometryBuilder(int featureIndex, Optional<String> code, List<GeoJsonProblem> out) {
    this.featureIndex = featureIndex;
    this.code = code;
    this.out = out;
  }

  /** The geometry of {@code type} ("Polygon" or "MultiPolygon"), or null after recording why not. */
  Geometry build(String type, Object coordinates, String at) {
    String cat = at + ".coordinates";
    if (!(coordinates instanceof List)) {
      problem(Kind.BAD_COORDINATES, cat, "position",
          "a " + type + " has an array of " + (type.equals("Polygon") ? "rings" : "polygons"));
      return null;
    }
    List<?> list = (List<?>) coordinates;
    if (type.equals("Polygon")) {
      return polygon(list, cat);
    }
    if (list.isEmpty()) {
      problem(Kind.BAD_COORDINATES, cat, "[]", "a MultiPolygon needs at least one polygon");
      return null;
    }
    Polygon[] parts = new Polygon[list.size()];
    for (int i = 0; i < parts.length; i++) {
      Object part = list.get(i);
      if (!(part instanceof List)) {
        problem(Kind.BAD_COORDINATES, cat + "[" + i + "]", "position", "each polygon of a MultiPolygon is an array of rings");
        return null;
      }
      parts[i] = polygon((List<?>) part, cat + "[" + i + "]");
      if (parts[i] == null) {
        return null;
      }
    }
    return Geometries.FACTORY.createMultiPolygon(parts);
  }

  private Polygon polygon(List<?> rings, String at) {
    if (rings.isEmpty()) {
      problem(Kind.BAD_COORDINATES, at, "[]", "a polygon needs an exterior ring");
      return null;
    }
    LinearRing[] built = new LinearRing[rings.size()];
    boolean ok = true;
    for (int r = 0; r < built.length; r++) {
      built[r] = ring(rings.get(r), at + "[" + r + "]");
      ok &= built[r] != null;
    }
    if (!ok) {
      return null;
    }
    LinearRing[] holes = new LinearRing[built.length - 1];
    System.arraycopy(built, 1, holes, 0, holes.length);
    return Geometries.FACTORY.createPolygon(built[0], holes);
  }

  private LinearRing ring(Object ring, String at) {
    if (!(ring instanceof List)) {
      problem(Kind.BAD_COORDINATES, at, "position", "a ring is an array of positions");
      return null;
    }
    List<?> positions = (List<?>) ring;
    Coordinate[] cs = new Coordinate[positions.size()];
    boolean ok = true;
    for (int i = 0; i < cs.length; i++) {
      Object pos = positions.get(i);
      if (!(pos instanceof double[])) {
        problem(Kind.BAD_COORDINATES, at + "[" + i + "]", "[...]", "a ring is an array of positions [longitude, latitude]");
        return null;
      }
      double[] xy = (double[]) pos;
      String pat = at + "[" + i + "]";
      if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
        problem(Kind.NOT_FINITE, pat, xy[0] + ", " + xy[1], "coordinates must be finite numbers");
        ok = false;
      } else if (xy[0] < -180 || xy[0] > 180) {
        problem(Kind.LONGITUDE_OUT_OF_RANGE, pat, Double.toString(xy[0]), "a longitude lies within -180 to 180");
        ok = false;
      } else if (xy[1] < -90 || xy[1] > 90) {
        problem(Kind.LATITUDE_OUT_OF_RANGE, pat, Double.toString(xy[1]), "a latitude lies within -90 to 90");
        ok = false;
      }
      if (!ok && out.size() >= MAX_PROBLEMS_PER_FEATURE) {
        return null;
      }
      cs[i] = new Coordinate(xy[0], xy[1]);
    }
    if (!ok) {
      return null;
    }
    if (cs.length < 4) {
      problem(Kind.TOO_FEW_POINTS, at, cs.length + " positions",
          "a ring has at least 4 positions, the last equal to the first");
      return null;
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      problem(Kind.UNCLOSED_RING, at, cs[0].x + " " + cs[0].y + " / " + cs[cs.length - 1].x + " " + cs[cs.length - 1].y,
          "a ring's last position must equal its first");
      return null;
    }
    return Geometries.FACTORY.createLinearRing(cs);
  }

  private void problem(Kind kind, String path, String value, String rule) {
    out.add(new GeoJsonProblem(kind, featureIndex, code, path, value, rule));
  }
}

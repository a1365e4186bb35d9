package org.gridgov.geo;

import org.gridgov.geo.internal.ChinaOffsets;

/**
 * The coordinate systems in use in China (坐标系) and the conversions between them.
 *
 * <ul>
 *   <li>{@link #WGS84} — GPS, GeoJSON (RFC 7946) and CGCS2000 (国家2000坐标系, within about 1 m of
 *       WGS-84, treated as equal here). The system of the {@link org.gridgov.core.Locator} SPI.</li>
 *   <li>{@link #GCJ02} — 国测局坐标 ("Mars coordinates"), the legally required offset of public web
 *       maps (高德/AutoNavi, 腾讯, 天地图 street layers are not). 300–700 m from WGS-84.</li>
 *   <li>{@link #BD09} — 百度坐标, Baidu's further offset of GCJ-02.</li>
 * </ul>
 *
 * <p><b>Precision.</b> WGS-84 → GCJ-02 is the widely published formula, computed in double
 * precision; outside the rectangle 72.004–137.8347 E, 0.8293–55.8271 N a point passes through
 * unchanged (the universal convention; the rectangle also holds some neighbours' territory).
 * GCJ-02 → BD-09 is Baidu's published formula, applied everywhere. The inverses are solved by
 * iteration to a residual below 1e-10° (about 0.01 mm), so a round trip returns within far less
 * than 1 cm everywhere in China away from the rectangle's edge (tests check a grid across China).
 * Within about 1 km of the rectangle's edge a GCJ-02 point may have no WGS-84 preimage inside the
 * rectangle; the inverse then returns a point whose forward image is as near as the iteration gets.
 * How close the published formula is to the official, secret implementation is not known here.
 */
public enum CoordinateSystem {
  /** WGS-84 / CGCS2000. */
  WGS84,
  /** GCJ-02 (国测局坐标). */
  GCJ02,
  /** BD-09 (百度坐标). */
  BD09;

  /** The system grid-core's {@link org.gridgov.core.Datum} names (the same three, by the same names). */
  public static CoordinateSystem of(org.gridgov.core.Datum datum) {
    if (datum == null) {
      throw new org.gridgov.core.MissingValueException("datum");
    }
    return valueOf(datum.name());
  }

  /** The grid-core {@link org.gridgov.core.Datum} of this system, for the {@link org.gridgov.core.Locator} SPI. */
  public org.gridgov.core.Datum datum() {
    return org.gridgov.core.Datum.valueOf(name());
  }

  /**
   * Converts a position given in this system to {@code target}.
   *
   * @throws org.gridgov.core.InvalidInputException when a coordinate is not finite or out of range
   */
  public LonLat convert(double lon, double lat, CoordinateSystem target) {
    LonLat.check("lon", lon, "lat", lat);
    if (target == null) {
      throw new org.gridgov.core.MissingValueException("target");
    }
    double[] out = new double[2];
    convertUnchecked(this, target, lon, lat, out, 0);
    return new LonLat(clampLon(out[0]), clampLat(out[1]));
  }

  /** Converts a position given in this system to {@code target}. */
  public LonLat convert(LonLat position, CoordinateSystem target) {
    if (position == null) {
      throw new org.gridgov.core.MissingValueException("position");
    }
    return convert(position.lon(), position.lat(), target);
  }

  /** Converts this system's position to WGS-84. */
  public LonLat toWgs84(double lon, double lat) {
    return convert(lon, lat, WGS84);
  }

  /** Converts a WGS-84 position to this system. */
  public LonLat fromWgs84(double lon, double lat) {
    return WGS84.convert(lon, lat, this);
  }

  /**
   * True where the GCJ-02 offset applies: the rectangle 72.004–137.8347 E, 0.8293–55.8271 N.
   * Outside it WGS-84 and GCJ-02 coincide.
   */
  public static boolean isInChina(double lon, double lat) {
    return ChinaOffsets.inChina(lon, lat);
  }

  /**
   * Converts without validating; {@code out} receives lon, lat at {@code at}. For loops over
   * already validated coordinates (the locator, the boundary converter).
   */
  static void convertUnchecked(CoordinateSystem from, CoordinateSystem to, double lon, double lat,
      double[] out, int at) {
    if (from == to) {
      out[at] = lon;
      out[at + 1] = lat;
      return;
    }
    switch (from) {
      case WGS84:
        ChinaOffsets.wgsToGcj(lon, lat, out, at);
        if (to == BD09) {
          ChinaOffsets.gcjToBd(out[at], out[at + 1], out, at);
        }
        return;
      case GCJ02:
        if (to == WGS84) {
          ChinaOffsets.gcjToWgs(lon, lat, out, at);
        } else {
          ChinaOffsets.gcjToBd(lon, lat, out, at);
        }
        return;
      default:
        ChinaOffsets.bdToGcj(lon, lat, out, at);
        if (to == WGS84) {
          ChinaOffsets.gcjToWgs(out[at], out[at + 1], out, at);
        }
    }
  }

  private static double clampLon(double lon) {
    return Math.max(-180.0, Math.min(180.0, lon));
  }

  private static double clampLat(double lat) {
    return Math.max(-90.0, Math.min(90.0, lat));
  }
}

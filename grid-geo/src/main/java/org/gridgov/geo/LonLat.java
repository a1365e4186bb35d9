package org.gridgov.geo;

import org.gridgov.core.InvalidInputException;

/**
 * A position (经纬度): longitude and latitude in degrees, in whichever {@link CoordinateSystem}
 * the caller says. Always finite and within ±180 / ±90.
 *
 * @param lon longitude, east positive
 * @param lat latitude, north positive
 */
public record LonLat(double lon, double lat) {
  public LonLat {
    check("lon", lon, "lat", lat);
  }

  /** Whether a coordinate pair is finite and in range (what {@link #check} accepts). */
  static boolean valid(double lon, double lat) {
    return lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0;
  }

  /** Checks a coordinate pair, naming the fields in the error. */
  static void check(String lonField, double lon, String latField, double lat) {
    if (!(lon >= -180.0 && lon <= 180.0)) {
      throw new InvalidInputException(lonField, Double.toString(lon),
          "a longitude must be a finite number of degrees within -180 to 180");
    }
    if (!(lat >= -90.0 && lat <= 90.0)) {
      throw new InvalidInputException(latField, Double.toString(lat),
          "a latitude must be a finite number of degrees within -90 to 90");
    }
  }
}

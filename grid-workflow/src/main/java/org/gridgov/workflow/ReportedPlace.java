package org.gridgov.workflow;

import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * Where a reported matter is (事发位置): WGS-84 / CGCS2000 longitude and latitude in degrees, as in
 * GeoJSON, and an optional address in words.
 *
 * @param longitude degrees east, -180 to 180
 * @param latitude degrees north, -90 to 90
 * @param address the address as reported, for example 荷韵花园小区5号楼
 */
public record ReportedPlace(double longitude, double latitude, Optional<String> address) {
  public ReportedPlace {
    if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
      throw new InvalidInputException("location.longitude", Double.toString(longitude),
          "must be a finite number of degrees from -180 to 180");
    }
    if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
      throw new InvalidInputException("location.latitude", Double.toString(latitude),
          "must be a finite number of degrees from -90 to 90");
    }
    if (address == null) {
      throw new MissingValueException("location.address");
    }
  }

  /** A point without an address. */
  public static ReportedPlace of(double longitude, double latitude) {
    return new ReportedPlace(longitude, latitude, Optional.empty());
  }

  /** A point with an address. */
  public static ReportedPlace of(double longitude, double latitude, String address) {
    if (address == null) {
      throw new MissingValueException("location.address");
    }
    return new ReportedPlace(longitude, latitude, Optional.of(address));
  }
}

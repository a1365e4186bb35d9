package org.gridgov.workflow;

import java.util.Optional;
import org.gridgov.core.Datum;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * Where a reported matter is (事发位置): longitude and latitude in degrees, in the coordinate system
 * the point came in — WGS-84 / CGCS2000 as in GeoJSON unless {@link #datum()} says otherwise (a
 * wristband's or a phone map's GCJ-02 fix is kept as given; the service's locator converts it to
 * find the grid) — and an optional address in words.
 *
 * @param longitude degrees east, -180 to 180
 * @param latitude degrees north, -90 to 90
 * @param address the address as reported, for example 荷韵花园小区5号楼
 * @param datum the coordinate system of the two numbers
 */
public record ReportedPlace(double longitude, double latitude, Optional<String> address, Datum datum) {
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
    if (datum == null) {
      throw new MissingValueException("location.datum");
    }
  }

  /** A WGS-84 point with an optional address. */
  public ReportedPlace(double longitude, double latitude, Optional<String> address) {
    this(longitude, latitude, address, Datum.WGS84);
  }

  /** A WGS-84 point without an address. */
  public static ReportedPlace of(double longitude, double latitude) {
    return new ReportedPlace(longitude, latitude, Optional.empty());
  }

  /** A WGS-84 point with an address. */
  public static ReportedPlace of(double longitude, double latitude, String address) {
    if (address == null) {
      throw new MissingValueException("location.address");
    }
    return new ReportedPlace(longitude, latitude, Optional.of(address));
  }

  /** A point given in {@code datum} (GCJ-02 from a phone map, say), without an address. */
  public static ReportedPlace in(Datum datum, double longitude, double latitude) {
    return new ReportedPlace(longitude, latitude, Optional.empty(), datum);
  }
}

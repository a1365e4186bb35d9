package org.gridgov.geo.internal;

/**
 * The GCJ-02 (国测局坐标, "Mars coordinates") and BD-09 (百度坐标) offsets as widely published, on
 * primitive doubles and without allocation. Inputs are assumed finite and in range; the public
 * {@code CoordinateSystem} validates them.
 *
 * <p>WGS-84 → GCJ-02 is the published closed formula on the Krasovsky ellipsoid; points outside
 * the rectangle 72.004–137.8347 E, 0.8293–55.8271 N pass through unchanged, which is the
 * convention every implementation follows. GCJ-02 → BD-09 is Baidu's published formula, applied
 * everywhere. The inverses have no closed form: they are solved by fixed-point iteration until a
 * step moves less than {@link #TOLERANCE_DEGREES} (about 0.01 mm), at most {@link #MAX_ITERATIONS}
 * steps; the offset's derivative is below 1e-4, so each step gains about four digits.
 */
public final class ChinaOffsets {
  /** Semi-major axis of the Krasovsky 1940 ellipsoid used by GCJ-02, metres. */
  private static final double A = 6378245.0;
  /** Its first eccentricity squared. */
  private static final double EE = 0.00669342162296594323;
  private static final double X_PI = Math.PI * 3000.0 / 180.0;
  /** The inverses stop when a step is smaller than this, in degrees (1e-10° ≈ 0.01 mm). */
  public static final double TOLERANCE_DEGREES = 1e-10;
  public static final int MAX_ITERATIONS = 40;

  private ChinaOffsets() {}

  /** True inside the rectangle where GCJ-02 applies; outside it points pass through. */
  public static boolean inChina(double lon, double lat) {
    return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
  }

  /** WGS-84 → GCJ-02; writes lon, lat to {@code out[at]}, {@code out[at + 1]}. */
  public static void wgsToGcj(double lon, double lat, double[] out, int at) {
    if (!inChina(lon, lat)) {
      out[at] = lon;
      out[at + 1] = lat;
      return;
    }
    double x = lon - 105.0;
    double y = lat - 35.0;
    double dLat = transformLat(x, y);
    double dLon = transformLon(x, y);
    double radLat = lat / 180.0 * Math.PI;
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    out[at] = lon + dLon;
    out[at + 1] = lat + dLat;
  }

  /** GCJ-02 → WGS-84 by iteration; returns the number of steps taken. */
  public static int gcjToWgs(double lon, double lat, double[] out, int at) {
    if (!inChina(lon, lat)) {
      out[at] = lon;
      out[at + 1] = lat;
      return 0;
    }
    return invert(ChinaOffsets::wgsToGcj, lon, lat, lon, lat, out, at);
  }

  /** GCJ-02 → BD-09. */
  public static void gcjToBd(double lon, double lat, double[] out, int at) {
    double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
    double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
    out[at] = z * Math.cos(theta) + 0.0065;
    out[at + 1] = z * Math.sin(theta) + 0.006;
  }

  /** BD-09 → GCJ-02: the published approximate inverse, refined by iteration; returns the steps. */
  public static int bdToGcj(double lon, double lat, double[] out, int at) {
    double x = lon - 0.0065;
    double y = lat - 0.006;
    double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
    double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
    double gLon = z * Math.cos(theta);
    double gLat = z * Math.sin(theta);
    return invert(ChinaOffsets::gcjToBd, lon, lat, gLon, gLat, out, at);
  }

  /** A forward conversion that writes lon, lat to {@code out[at]}, {@code out[at + 1]}. */
  private interface Forward {
    void apply(double lon, double lat, double[] out, int at);
  }

  /**
   * Solves {@code forward(p) = (lon, lat)} by fixed-point iteration from {@code (startLon,
   * startLat)}, writes {@code p} to {@code out}; returns the steps taken.
   */
  private static int invert(Forward forward, double lon, double lat, double startLon, double startLat,
      double[] out, int at) {
    double[] f = new double[2];
    double pLon = startLon;
    double pLat = startLat;
    int steps = 0;
    while (steps < MAX_ITERATIONS) {
      forward.apply(pLon, pLat, f, 0);
      double eLon = f[0] - lon;
      double eLat = f[1] - lat;
      pLon -= eLon;
      pLat -= eLat;
      steps++;
      if (Math.abs(eLon) < TOLERANCE_DEGREES && Math.abs(eLat) < TOLERANCE_DEGREES) {
        break;
      }
    }
    out[at] = pLon;
    out[at + 1] = pLat;
    return steps;
  }

  private static double transformLat(double x, double y) {
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return ret;
  }

  private static double transformLon(double x, double y) {
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return ret;
  }
}

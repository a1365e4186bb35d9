package org.gridgov.core;

/**
 * The coordinate system a point is given in (坐标系): what a phone, a smart wristband or a web map
 * reports. The SDK works in {@link #WGS84}; a {@link Locator} that converts (grid-geo's
 * {@code GridLocator}, through its {@code CoordinateSystem}) also takes the other two, so modules
 * without geometry can pass a device's point on as it came.
 */
public enum Datum {
  /** WGS-84 / CGCS2000: GPS and GeoJSON (RFC 7946). */
  WGS84,
  /** GCJ-02 (国测局坐标): the offset of public Chinese web maps and of most phone map kits. */
  GCJ02,
  /** BD-09 (百度坐标): Baidu's further offset of GCJ-02. */
  BD09
}

package org.gridgov.examples.files;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import org.gridgov.core.GridGovJson;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection (RFC 7946) feature by feature with Jackson's streaming
 * generator: WGS-84 longitude and latitude as the doubles they are (no rounding, so shared borders
 * stay shared), exterior rings counter-clockwise and holes clockwise, properties of strings,
 * numbers, booleans and lists of strings.
 */
public final class GeoJsonOut implements Closeable {
  private final JsonGenerator json;

  public GeoJsonOut(OutputStream out) {
    try {
      json = GridGovJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one feature: any geometry and its properties in map order. */
  public void feature(Geometry geometry, Map<String, ?> properties) {
    try {
      json.writeRaw('\n');
      json.writeStartObject();
      json.writeStringField("type", "Feature");
      json.writeObjectFieldStart("properties");
      for (Map.Entry<String, ?> p : properties.entrySet()) {
        json.writeFieldName(p.getKey());
        value(p.getValue());
      }
      json.writeEndObject();
      json.writeFieldName("geometry");
      geometry(geometry);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void geometry(Geometry g) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", g.getGeometryType());
    if (g instanceof GeometryCollection && !(g instanceof MultiPolygon) && !(g instanceof MultiLineString)
        && !(g instanceof MultiPoint)) {
      json.writeArrayFieldStart("geometries");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        geometry(g.getGeometryN(i));
      }
      json.writeEndArray();
      json.writeEndObject();
      return;
    }
    json.writeFieldName("coordinates");
    if (g instanceof Point) {
      position(g.getCoordinate());
    } else if (g instanceof LineString) {
      line(g.getCoordinates());
    } else if (g instanceof Polygon) {
      polygon((Polygon) g);
    } else {
      json.writeStartArray();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (part instanceof Polygon) {
          polygon((Polygon) part);
        } else if (part instanceof Point) {
          position(part.getCoordinate());
        } else {
          line(part.getCoordinates());
        }
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void line(Coordinate[] c) throws IOException {
    json.writeStartArray();
    for (Coordinate p : c) {
      position(p);
    }
    json.writeEndArray();
  }

  private void value(Object v) throws IOException {
    if (v instanceof Collection<?>) {
      json.writeStartArray();
      for (Object o : (Collection<?>) v) {
        value(o);
      }
      json.writeEndArray();
    } else if (v instanceof Integer || v instanceof Long) {
      json.writeNumber(((Number) v).longValue());
    } else if (v instanceof Number) {
      json.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof Boolean) {
      json.writeBoolean((Boolean) v);
    } else if (v == null) {
      json.writeNull();
    } else {
      json.writeString(v.toString());
    }
  }

  private void polygon(Polygon p) throws IOException {
    json.writeStartArray();
    ring(p.getExteriorRing(), true);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring(p.getInteriorRingN(i), false);
    }
    json.writeEndArray();
  }

  private void ring(LineString ring, boolean counterClockwise) throws IOException {
    Coordinate[] c = ring.getCoordinates();
    boolean reverse = Orientation.isCCW(c) != counterClockwise;
    json.writeStartArray();
    for (int i = 0; i < c.length; i++) {
      position(c[reverse ? c.length - 1 - i : i]);
    }
    json.writeEndArray();
  }

  private void position(Coordinate c) throws IOException {
    json.writeStartArray();
    json.writeNumber(c.x);
    json.writeNumber(c.y);
    json.writeEndArray();
  }

  @Override
  public void close() {
    try {
      json.writeEndArray();
      json.writeRaw('\n');
      json.writeEndObject();
      json.writeRaw('\n');
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.gridgov.geo.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.gridgov.geo.CoordinateSystem;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a GeoJSON FeatureCollection feature by feature (streaming), polygons in RFC 7946
 * orientation: exterior rings counter-clockwise, holes clockwise.
 */
public final class GeoJsonOutput implements AutoCloseable {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private final JsonGenerator g;

  /** Starts a collection; a non-WGS-84 system is recorded as the foreign member "coordinateSystem". */
  public GeoJsonOutput(OutputStream out, CoordinateSystem system) throws IOException {
    g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    if (system != CoordinateSystem.WGS84) {
      g.writeStringField("coordinateSystem", system.name());
    }
    g.writeArrayFieldStart("features");
  }

  /**
   * Writes one feature; property values are strings, numbers, booleans, {@code null} or iterables of
   * these, written in the map's order.
   */
  public void feature(Map<String, ?> properties, Geometry geometry) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("properties");
    for (Map.Entry<String, ?> e : properties.entrySet()) {
      g.writeFieldName(e.getKey());
      value(e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName("geometry");
    geometry(geometry);
    g.writeEndObject();
  }

  private void value(Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Iterable) {
      g.writeStartArray();
      for (Object item : (Iterable<?>) v) {
        value(item);
      }
      g.writeEndArray();
    } else {
      g.writeString(String.valueOf(v));
    }
  }

  private void geometry(Geometry geom) throws IOException {
    g.writeStartObject();
    if (geom instanceof Polygon) {
      g.writeStringField("type", "Polygon");
      g.writeFieldName("coordinates");
      polygon((Polygon) geom);
    } else if (geom instanceof MultiPolygon) {
      g.writeStringField("type", "MultiPolygon");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        polygon((Polygon) geom.getGeometryN(i));
      }
      g.writeEndArray();
    } else if (geom instanceof Point) {
      g.writeStringField("type", "Point");
      g.writeFieldName("coordinates");
      position(geom.getCoordinate());
    } else if (geom instanceof LineString) {
      g.writeStringField("type", "LineString");
      g.writeFieldName("coordinates");
      line(geom.getCoordinates(), false);
    } else if (geom instanceof MultiLineString) {
      g.writeStringField("type", "MultiLineString");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        line(geom.getGeometryN(i).getCoordinates(), false);
      }
      g.writeEndArray();
    } else if (geom instanceof MultiPoint) {
      g.writeStringField("type", "MultiPoint");
      g.writeArrayFieldStart("coordinates");
      for (int i = 0; i < geom.getNumGeometries(); i++) {
        position(geom.getGeometryN(i).getCoordinate());
      }
      g.writeEndArray();
    } else {
      g.writeStringField("type", "GeometryCollection");
      g.writeArrayFieldStart("geometries");
      GeometryCollection c = (GeometryCollection) geom;
      for (int i = 0; i < c.getNumGeometries(); i++) {
        geometry(c.getGeometryN(i));
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void polygon(Polygon p) throws IOException {
    g.writeStartArray();
    ring(p.getExteriorRing(), true);
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      ring(p.getInteriorRingN(i), false);
    }
    g.writeEndArray();
  }

  private void ring(LinearRing ring, boolean exterior) throws IOException {
    Coordinate[] cs = ring.getCoordinates();
    boolean ccw = cs.length >= 4 && Orientation.isCCWArea(cs);
    line(cs, ccw != exterior);
  }

  private void line(Coordinate[] cs, boolean reverse) throws IOException {
    g.writeStartArray();
    for (int i = 0; i < cs.length; i++) {
      position(cs[reverse ? cs.length - 1 - i : i]);
    }
    g.writeEndArray();
  }

  private void position(Coordinate c) throws IOException {
    g.writeStartArray();
    g.writeNumber(c.x);
    g.writeNumber(c.y);
    g.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    g.close();
  }
}

package org.gridgov.geo.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;

/**
 * Reads a feature's geometry object token by token: its type and its coordinates as nested lists
 * of positions ({@code double[]}), recording problems of shape (not arrays, mixed numbers and
 * arrays, positions of the wrong size, nesting too deep); {@link GeometryBuilder} checks the rest.
 */
final class GeometryTokens {
  private static final Object BAD = new Object();

  private GeometryTokens() {}

  /** A geometry's type and coordinates as read: positions as {@code double[]}, lists above them. */
  record Read(String type, Object coordinates) {}

  /** Reads the geometry object whose START_OBJECT is current. */
  static Read read(JsonParser p, int featureIndex, String at, List<GeoJsonProblem> out) throws IOException {
    String type = null;
    Object coordinates = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      if (field.equals("type")) {
        type = t == JsonToken.VALUE_STRING ? p.getText() : GeoJsonParser.textOf(p, t);
        p.skipChildren();
      } else if (field.equals("coordinates")) {
        if (t == JsonToken.START_ARRAY) {
          coordinates = readArray(p, featureIndex, 1, at + ".coordinates", out);
        } else {
          out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at + ".coordinates",
              GeoJsonParser.textOf(p, t), "coordinates must be an array"));
          p.skipChildren();
        }
      } else {
        p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new EOFException("input ended inside a geometry");
    }
    if (type == null) {
      out.add(new GeoJsonProblem(Kind.UNSUPPORTED_GEOMETRY, featureIndex, Optional.empty(), at + ".type", "",
          "a geometry needs a type"));
    } else if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      out.add(new GeoJsonProblem(Kind.UNSUPPORTED_GEOMETRY, featureIndex, Optional.empty(), at + ".type", type,
          "a grid boundary is a Polygon or a MultiPolygon"));
    } else if (coordinates == null && out.stream().noneMatch(q -> q.path().startsWith(at))) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at + ".coordinates", "",
          "a " + type + " needs coordinates"));
    }
    return new Read(type, coordinates);
  }

  /**
   * Reads an array whose START_ARRAY is current: a position ({@code double[]}), a list of arrays,
   * or {@link #BAD} after recording why.
   */
  private static Object readArray(JsonParser p, int featureIndex, int depth, String at, List<GeoJsonProblem> out) throws IOException {
    if (depth > 4) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at, "[...]",
          "coordinates are nested at most 4 deep (MultiPolygon)"));
      p.skipChildren();
      return BAD;
    }
    List<Object> children = null;
    double[] numbers = null;
    int count = 0;
    boolean bad = false;
    JsonToken t;
    int index = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new EOFException("input ended inside coordinates");
      }
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        if (children != null) {
          bad = true;
        } else {
          if (numbers == null) {
            numbers = new double[3];
          }
          if (count < 3) {
            numbers[count] = p.getDoubleValue();
          }
          count++;
        }
      } else if (t == JsonToken.START_ARRAY) {
        if (numbers != null) {
          bad = true;
          p.skipChildren();
        } else {
          if (children == null) {
            children = new ArrayList<>();
          }
          Object child = readArray(p, featureIndex, depth + 1, at + "[" + index + "]", out);
          bad |= child == BAD;
          children.add(child);
        }
      } else {
        p.skipChildren();
        if (!bad) {
          out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at + "[" + index + "]",
              GeoJsonParser.textOf(p, t), "coordinates hold only arrays and numbers"));
        }
        return skipRest(p);
      }
      index++;
    }
    if (bad) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at, "[...]",
          "an array of coordinates holds either numbers (a position) or arrays, not both"));
      return BAD;
    }
    if (numbers != null) {
      if (count < 2 || count > 3) {
        out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at, count + " numbers",
            "a position is [longitude, latitude] or [longitude, latitude, altitude]"));
        return BAD;
      }
      return new double[] {numbers[0], numbers[1]};
    }
    return children == null ? new ArrayList<>() : children;
  }

  private static Object skipRest(JsonParser p) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new EOFException("input ended inside coordinates");
      }
      p.skipChildren();
    }
    return BAD;
  }
}

package org.gridgov.geo.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;
import org.gridgov.geo.GeoJsonReader;
import org.gridgov.geo.GeoJsonResult;
import org.gridgov.geo.GridBoundary;
import org.gridgov.geo.InvalidGeoJsonException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The streaming GeoJSON reader behind {@link GeoJsonReader}: one pass over Jackson tokens, one
 * feature's coordinates held at a time.
 */
public final class GeoJsonParser {
  /** Field names of hostile input are not interned into the JVM's string table. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
  /** The factory of every geometry read: floating precision, SRID 4326. */
  public static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
  private static final int MAX_PROBLEMS_PER_FEATURE = 20;
  private static final int MAX_PROBLEMS = 10_000;
  private static final Object BAD = new Object();

  private final GeoJsonReader options;
  private final List<GeoJsonProblem> problems = new ArrayList<>();
  private final List<GridBoundary> boundaries = new ArrayList<>();
  private final Set<GridCode> seen = new HashSet<>();
  private CoordinateSystem coordinateSystem;
  private int featureIndex = -1;
  private int featuresSeen;
  private int featureProblems;

  private GeoJsonParser(GeoJsonReader options) {
    this.options = options;
    this.coordinateSystem = options.coordinateSystem();
  }

  /** Parses a FeatureCollection from {@code in}. */
  public static GeoJsonResult parse(InputStream in, GeoJsonReader options) throws IOException {
    GeoJsonParser state = new GeoJsonParser(options);
    try (JsonParser p = FACTORY.createParser(gunzipIfNeeded(in))) { // a broken gzip header is malformed input too
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      state.readRoot(p);
    } catch (JsonProcessingException | CharConversionException | ZipException | EOFException e) {
      String message = String.valueOf(e.getMessage());
      int cut = message.indexOf('\n');
      state.problem(Kind.MALFORMED_JSON, Optional.empty(),
          state.featureIndex < 0 ? "$" : "features[" + state.featureIndex + "]",
          e.getClass().getSimpleName(), "the input is not well-formed (gzip-compressed) JSON: "
              + (cut < 0 ? message : message.substring(0, cut)));
    } catch (Stop stop) {
      // too many problems, already recorded
    }
    return new GeoJsonResult(Boundaries.of(state.coordinateSystem, state.boundaries), state.problems,
        state.featuresSeen);
  }

  /** The stream itself, or its gzip-decompressed content when it starts with the gzip magic bytes. */
  private static InputStream gunzipIfNeeded(InputStream in) throws IOException {
    InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
    buffered.mark(2);
    int b0 = buffered.read();
    int b1 = buffered.read();
    buffered.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
    }
    return buffered;
  }

  private void readRoot(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      problem(Kind.MALFORMED_JSON, Optional.empty(), "$", "", "the input is empty");
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), "$", t.asString() == null ? t.name() : t.asString(),
          "the top level must be a FeatureCollection object");
      return;
    }
    boolean typeSeen = false;
    boolean featuresFound = false;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      switch (field) {
        case "type":
          typeSeen = true;
          if (t != JsonToken.VALUE_STRING || !"FeatureCollection".equals(p.getText())) {
            problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), "$.type", textOf(p, t),
                "the top level must have \"type\": \"FeatureCollection\"");
            p.skipChildren();
          }
          break;
        case "features":
          featuresFound = true;
          if (t != JsonToken.START_ARRAY) {
            problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), "$.features", textOf(p, t),
                "\"features\" must be an array");
            p.skipChildren();
            break;
          }
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
              throw new EOFException("input ended inside \"features\"");
            }
            featureIndex++;
            featuresSeen++;
            readFeature(p, t);
          }
          featureIndex = -1;
          break;
        case "coordinateSystem":
          if (t == JsonToken.VALUE_STRING && isSystem(p.getText())) {
            coordinateSystem = CoordinateSystem.valueOf(p.getText());
          } else {
            problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), "$.coordinateSystem", textOf(p, t),
                "must be one of WGS84, GCJ02, BD09");
            p.skipChildren();
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new EOFException("input ended inside the FeatureCollection");
    }
    if (p.nextToken() != null) {
      problem(Kind.MALFORMED_JSON, Optional.empty(), "$", "", "content after the end of the FeatureCollection");
    }
    if (!typeSeen) {
      problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), "$.type", "", "\"type\": \"FeatureCollection\" is missing");
    }
    if (!featuresFound) {
      problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), "$.features", "", "\"features\" is missing");
    }
  }

  private static boolean isSystem(String text) {
    for (CoordinateSystem s : CoordinateSystem.values()) {
      if (s.name().equals(text)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- features

  private void readFeature(JsonParser p, JsonToken t) throws IOException {
    featureProblems = 0;
    String at = "features[" + featureIndex + "]";
    if (t != JsonToken.START_OBJECT) {
      problem(Kind.NOT_A_FEATURE_COLLECTION, Optional.empty(), at, textOf(p, t), "a feature must be a JSON object");
      p.skipChildren();
      return;
    }
    String type = null;
    boolean geometrySeen = false;
    String geometryType = null;
    Object coordinates = null;
    Props props = new Props();
    List<GeoJsonProblem> local = new ArrayList<>();
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      switch (field) {
        case "type":
          type = t == JsonToken.VALUE_STRING ? p.getText() : textOf(p, t);
          p.skipChildren();
          break;
        case "geometry":
          geometrySeen = true;
          if (t == JsonToken.VALUE_NULL) {
            break;
          }
          if (t != JsonToken.START_OBJECT) {
            local.add(new GeoJsonProblem(Kind.UNSUPPORTED_GEOMETRY, featureIndex, Optional.empty(), at + ".geometry",
                textOf(p, t), "a geometry must be a JSON object"));
            p.skipChildren();
            break;
          }
          GeometryText g = readGeometry(p, at + ".geometry", local);
          geometryType = g.type;
          coordinates = g.coordinates;
          break;
        case "properties":
          if (t == JsonToken.START_OBJECT) {
            readProperties(p, props);
          } else if (t != JsonToken.VALUE_NULL) {
            local.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, Optional.empty(), at + ".properties",
                textOf(p, t), "properties must be an object or null"));
            p.skipChildren();
          }
          break;
        default:
          p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new EOFException("input ended inside feature " + featureIndex);
    }
    // the code first, so that every later problem can name it
    Optional<String> rawCode = Optional.ofNullable(props.code);
    if (!"Feature".equals(type)) {
      local.add(0, new GeoJsonProblem(Kind.NOT_A_FEATURE_COLLECTION, featureIndex, rawCode, at + ".type",
          String.valueOf(type), "a feature must have \"type\": \"Feature\""));
    }
    List<GeoJsonProblem> named = new ArrayList<>(local.size());
    for (GeoJsonProblem q : local) {
      named.add(q.code().isPresent() ? q
          : new GeoJsonProblem(q.kind(), q.featureIndex(), rawCode, q.path(), q.value(), q.rule()));
    }
    Grid grid = buildGrid(props, at, named);
    Geometry geometry = null;
    if (!geometrySeen || (geometryType == null && coordinates == null && named.stream()
        .noneMatch(q -> q.path().startsWith(at + ".geometry")))) {
      named.add(new GeoJsonProblem(Kind.MISSING_GEOMETRY, featureIndex, rawCode, at + ".geometry", "null",
          "every grid feature needs a Polygon or MultiPolygon geometry"));
    } else if (named.stream().noneMatch(q -> q.path().startsWith(at + ".geometry"))) {
      geometry = buildGeometry(geometryType, coordinates, at + ".geometry", rawCode, named);
    }
    if (named.isEmpty() && grid != null && geometry != null) {
      if (!seen.add(grid.code())) {
        named.add(new GeoJsonProblem(Kind.DUPLICATE_CODE, featureIndex, rawCode, at + ".properties."
            + options.codeProperty(), grid.code().value(), "codes must be unique; an earlier feature has this one"));
      } else {
        boundaries.add(GridBoundary.of(grid, geometry));
        return;
      }
    }
    for (GeoJsonProblem q : named) {
      problem(q);
    }
  }

  private Grid buildGrid(Props props, String at, List<GeoJsonProblem> out) {
    String codeAt = at + ".properties." + options.codeProperty();
    Optional<String> raw = Optional.ofNullable(props.code);
    if (props.code == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_CODE, featureIndex, raw, codeAt,
          props.codeBad == null ? "" : props.codeBad, props.codeBad == null
              ? "every feature needs a code in properties." + options.codeProperty()
              : "a code is a string of digits or an integer"));
      return null;
    }
    GridCode code;
    try {
      code = GridCode.parse(codeAt, options.codeForm().normalise(props.code));
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code, e.rule()));
      return null;
    }
    Integer level = props.level;
    if (level == null && options.codeLayout().isPresent()) {
      try {
        level = options.codeLayout().get().depthOf(code);
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_CODE, featureIndex, raw, codeAt, props.code,
            "does not fit the code layout: " + e.rule()));
        return null;
      }
    }
    if (level == null) {
      out.add(new GeoJsonProblem(Kind.MISSING_LEVEL, featureIndex, raw, at + ".properties." + options.levelProperty(),
          props.levelBad == null ? "" : props.levelBad,
          "a feature needs an integer level, or the reader a code layout to derive it"));
      return null;
    }
    Optional<GridCode> parent = Optional.empty();
    if (props.parent != null) {
      String parentAt = at + ".properties." + options.parentProperty();
      try {
        parent = Optional.of(GridCode.parse(parentAt, options.codeForm().normalise(props.parent)));
      } catch (InvalidInputException e) {
        out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, parentAt, props.parent, e.rule()));
        return null;
      }
    }
    for (String bad : props.bad) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties." + bad,
          props.badValues.get(props.bad.indexOf(bad)), "must be a string (or null)"));
    }
    if (!props.bad.isEmpty()) {
      return null;
    }
    String name = props.name == null || props.name.isBlank() ? code.value() : props.name;
    try {
      return Grid.builder().code(code).name(name).level(level).parent(parent)
          .layer(Optional.ofNullable(props.layer)).kind(Optional.ofNullable(props.kind)).build();
    } catch (InvalidInputException e) {
      out.add(new GeoJsonProblem(Kind.INVALID_PROPERTY, featureIndex, raw, at + ".properties", e.value(),
          e.field() + ": " + e.rule()));
      return null;
    }
  }

  /** The properties this reader looks at. */
  private static final class Props {
    String code;
    String codeBad;
    String name;
    Integer level;
    String levelBad;
    String layer;
    String parent;
    String kind;
    final List<String> bad = new ArrayList<>();
    final List<String> badValues = new ArrayList<>();
  }

  private void readProperties(JsonParser p, Props props) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      if (field.equals(options.codeProperty())) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
          props.code = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
          props.codeBad = textOf(p, t);
        }
      } else if (field.equals(options.nameProperty())) {
        props.name = stringOrBad(p, t, field, props);
      } else if (field.equals(options.levelProperty())) {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
          props.level = p.getIntValue();
        } else if (t == JsonToken.VALUE_STRING && p.getText().matches("[0-9]{1,3}")) {
          props.level = Integer.parseInt(p.getText());
        } else if (t != JsonToken.VALUE_NULL) {
          props.levelBad = textOf(p, t);
        }
      } else if (field.equals(options.layerProperty())) {
        props.layer = stringOrBad(p, t, field, props);
      } else if (!options.parentProperty().isEmpty() && field.equals(options.parentProperty())) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
          props.parent = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
          props.bad.add(field);
          props.badValues.add(textOf(p, t));
        }
      } else if (field.equals(options.kindProperty())) {
        props.kind = stringOrBad(p, t, field, props);
      }
      p.skipChildren();
    }
    if (t != JsonToken.END_OBJECT) {
      throw new EOFException("input ended inside properties of feature " + featureIndex);
    }
  }

  private static String stringOrBad(JsonParser p, JsonToken t, String field, Props props) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.VALUE_NULL) {
      props.bad.add(field);
      props.badValues.add(textOf(p, t));
    }
    return null;
  }

  // ---------------------------------------------------------------- geometry

  private static final class GeometryText {
    String type;
    Object coordinates;
  }

  private GeometryText readGeometry(JsonParser p, String at, List<GeoJsonProblem> out) throws IOException {
    GeometryText g = new GeometryText();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      if (field.equals("type")) {
        g.type = t == JsonToken.VALUE_STRING ? p.getText() : textOf(p, t);
        p.skipChildren();
      } else if (field.equals("coordinates")) {
        if (t == JsonToken.START_ARRAY) {
          g.coordinates = readArray(p, 1, at + ".coordinates", out);
        } else {
          out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at + ".coordinates",
              textOf(p, t), "coordinates must be an array"));
          p.skipChildren();
        }
      } else {
        p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw new EOFException("input ended inside a geometry");
    }
    if (g.type == null) {
      out.add(new GeoJsonProblem(Kind.UNSUPPORTED_GEOMETRY, featureIndex, Optional.empty(), at + ".type", "",
          "a geometry needs a type"));
    } else if (!g.type.equals("Polygon") && !g.type.equals("MultiPolygon")) {
      out.add(new GeoJsonProblem(Kind.UNSUPPORTED_GEOMETRY, featureIndex, Optional.empty(), at + ".type", g.type,
          "a grid boundary is a Polygon or a MultiPolygon"));
    } else if (g.coordinates == null && out.stream().noneMatch(q -> q.path().startsWith(at))) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at + ".coordinates", "",
          "a " + g.type + " needs coordinates"));
    }
    return g;
  }

  /**
   * Reads an array whose START_ARRAY is current: a position ({@code double[]}), a list of arrays,
   * or {@link #BAD} after recording why.
   */
  private Object readArray(JsonParser p, int depth, String at, List<GeoJsonProblem> out) throws IOException {
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
          Object child = readArray(p, depth + 1, at + "[" + index + "]", out);
          bad |= child == BAD;
          children.add(child);
        }
      } else {
        p.skipChildren();
        if (!bad) {
          out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, Optional.empty(), at + "[" + index + "]",
              textOf(p, t), "coordinates hold only arrays and numbers"));
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

  private Geometry buildGeometry(String type, Object coordinates, String at, Optional<String> code,
      List<GeoJsonProblem> out) {
    String cat = at + ".coordinates";
    if (!(coordinates instanceof List)) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, code, cat, "position",
          "a " + type + " has an array of " + (type.equals("Polygon") ? "rings" : "polygons")));
      return null;
    }
    List<?> list = (List<?>) coordinates;
    if (type.equals("Polygon")) {
      return polygon(list, cat, code, out);
    }
    if (list.isEmpty()) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, code, cat, "[]",
          "a MultiPolygon needs at least one polygon"));
      return null;
    }
    Polygon[] parts = new Polygon[list.size()];
    for (int i = 0; i < parts.length; i++) {
      Object part = list.get(i);
      if (!(part instanceof List)) {
        out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, code, cat + "[" + i + "]", "position",
            "each polygon of a MultiPolygon is an array of rings"));
        return null;
      }
      parts[i] = polygon((List<?>) part, cat + "[" + i + "]", code, out);
      if (parts[i] == null) {
        return null;
      }
    }
    return GEOMETRY_FACTORY.createMultiPolygon(parts);
  }

  private Polygon polygon(List<?> rings, String at, Optional<String> code, List<GeoJsonProblem> out) {
    if (rings.isEmpty()) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, code, at, "[]",
          "a polygon needs an exterior ring"));
      return null;
    }
    LinearRing[] built = new LinearRing[rings.size()];
    boolean ok = true;
    for (int r = 0; r < built.length; r++) {
      built[r] = ring(rings.get(r), at + "[" + r + "]", code, out);
      ok &= built[r] != null;
    }
    if (!ok) {
      return null;
    }
    LinearRing[] holes = new LinearRing[built.length - 1];
    System.arraycopy(built, 1, holes, 0, holes.length);
    return GEOMETRY_FACTORY.createPolygon(built[0], holes);
  }

  private LinearRing ring(Object ring, String at, Optional<String> code, List<GeoJsonProblem> out) {
    if (!(ring instanceof List)) {
      out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, code, at, "position",
          "a ring is an array of positions"));
      return null;
    }
    List<?> positions = (List<?>) ring;
    Coordinate[] cs = new Coordinate[positions.size()];
    boolean ok = true;
    for (int i = 0; i < cs.length; i++) {
      Object pos = positions.get(i);
      if (!(pos instanceof double[])) {
        out.add(new GeoJsonProblem(Kind.BAD_COORDINATES, featureIndex, code, at + "[" + i + "]", "[...]",
            "a ring is an array of positions [longitude, latitude]"));
        return null;
      }
      double[] xy = (double[]) pos;
      String pat = at + "[" + i + "]";
      if (!Double.isFinite(xy[0]) || !Double.isFinite(xy[1])) {
        out.add(new GeoJsonProblem(Kind.NOT_FINITE, featureIndex, code, pat, xy[0] + ", " + xy[1],
            "coordinates must be finite numbers"));
        ok = false;
      } else if (xy[0] < -180 || xy[0] > 180) {
        out.add(new GeoJsonProblem(Kind.LONGITUDE_OUT_OF_RANGE, featureIndex, code, pat, Double.toString(xy[0]),
            "a longitude lies within -180 to 180"));
        ok = false;
      } else if (xy[1] < -90 || xy[1] > 90) {
        out.add(new GeoJsonProblem(Kind.LATITUDE_OUT_OF_RANGE, featureIndex, code, pat, Double.toString(xy[1]),
            "a latitude lies within -90 to 90"));
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
      out.add(new GeoJsonProblem(Kind.TOO_FEW_POINTS, featureIndex, code, at, cs.length + " positions",
          "a ring has at least 4 positions, the last equal to the first"));
      return null;
    }
    if (!cs[0].equals2D(cs[cs.length - 1])) {
      out.add(new GeoJsonProblem(Kind.UNCLOSED_RING, featureIndex, code, at,
          cs[0].x + " " + cs[0].y + " / " + cs[cs.length - 1].x + " " + cs[cs.length - 1].y,
          "a ring's last position must equal its first"));
      return null;
    }
    return GEOMETRY_FACTORY.createLinearRing(cs);
  }

  // ---------------------------------------------------------------- problems

  private void problem(Kind kind, Optional<String> code, String path, String value, String rule) {
    problem(new GeoJsonProblem(kind, featureIndex, code, path, value, rule));
  }

  private void problem(GeoJsonProblem q) {
    if (!options.lenient()) {
      throw new InvalidGeoJsonException(List.of(q));
    }
    featureProblems++;
    problems.add(q);
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(new GeoJsonProblem(Kind.MALFORMED_JSON, featureIndex, Optional.empty(), "$", "",
          "more than " + MAX_PROBLEMS + " problems; reading stopped"));
      throw new Stop();
    }
  }

  private static String textOf(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "{...}";
      case START_ARRAY:
        return "[...]";
      case VALUE_NULL:
        return "null";
      default:
        String text = p.getText();
        return text == null ? t.name() : text;
    }
  }

  /** Ends reading when the problem list is full. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}

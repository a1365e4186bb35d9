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
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;
import org.gridgov.geo.GeoJsonResult;
import org.gridgov.geo.InvalidGeoJsonException;
import org.locationtech.jts.geom.Geometry;

/**
 * The streaming GeoJSON reader behind {@code GeoJsonReader}: one pass over Jackson tokens, one
 * feature's coordinates held at a time. It is handed the reader's settings as a
 * {@link ReadSettings} and knows nothing of the reader.
 */
public final class GeoJsonParser {
  /** Field names of hostile input are not interned into the JVM's string table. */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
  private static final int MAX_PROBLEMS = 10_000;

  private final ReadSettings settings;
  private final GridBuilder grids;
  private final List<GeoJsonProblem> problems = new ArrayList<>();
  private final LoadLedger ledger = new LoadLedger();
  private final Set<GridCode> seen = new HashSet<>();
  private CoordinateSystem coordinateSystem;
  private int featureIndex = -1;
  private int featuresSeen;

  private GeoJsonParser(ReadSettings settings) {
    this.settings = settings;
    this.grids = new GridBuilder(settings);
    this.coordinateSystem = settings.coordinateSystem();
  }

  /** Parses a FeatureCollection from {@code in}; the stream is not closed. */
  public static GeoJsonResult parse(InputStream in, ReadSettings settings) throws IOException {
    GeoJsonParser state = new GeoJsonParser(settings);
    try (JsonParser p = FACTORY.createParser(gunzipIfNeeded(in))) { // a broken gzip header is malformed input too
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      state.readRoot(p);
    } catch (JsonProcessingException | CharConversionException | ZipException | EOFException e) {
      state.malformed(e);
    } catch (Stop stop) {
      // too many problems, already recorded
    }
    UndividedPass.apply(settings, state.ledger, state::problemAfterReading);
    return state.ledger.result(state.coordinateSystem, state.problems, state.featuresSeen);
  }

  /** A problem found once the file is read: thrown in strict mode, kept (beyond the cap) in lenient mode. */
  private void problemAfterReading(GeoJsonProblem q) {
    if (!settings.lenient()) {
      throw new InvalidGeoJsonException(List.of(q));
    }
    problems.add(q);
  }

  /** Records malformed input; inside a feature not yet recorded, it is that feature's problem. */
  private void malformed(IOException e) {
    String message = String.valueOf(e.getMessage());
    int cut = message.indexOf('\n');
    if (featureIndex >= 0 && ledger.has(featureIndex)) {
      featureIndex = -1; // between features: the file's problem, not the last feature's
    }
    try {
      problem(Kind.MALFORMED_JSON, Optional.empty(), featureIndex < 0 ? "$" : "features[" + featureIndex + "]",
          e.getClass().getSimpleName(), "the input is not well-formed (gzip-compressed) JSON: "
              + (cut < 0 ? message : message.substring(0, cut)));
    } catch (Stop stop) {
      // the problem list was full; the problem that says so is recorded
    }
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
    String at = "features[" + featureIndex + "]";
    if (t != JsonToken.START_OBJECT) {
      p.skipChildren();
      refuse(Optional.empty(), Optional.empty(), List.of(new GeoJsonProblem(Kind.NOT_A_FEATURE_COLLECTION,
          featureIndex, Optional.empty(), at, textOf(p, t), "a feature must be a JSON object")));
      return;
    }
    String type = null;
    boolean geometrySeen = false;
    String geometryType = null;
    Object coordinates = null;
    FeatureProperties props = new FeatureProperties();
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
          GeometryTokens.Read g = GeometryTokens.read(p, featureIndex, at + ".geometry", local);
          geometryType = g.type();
          coordinates = g.coordinates();
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
    GridBuilder.Result read = grids.build(featureIndex, props, at, named);
    Grid grid = read.grid().orElse(null);
    Geometry geometry = null;
    if (!geometrySeen || (geometryType == null && coordinates == null && named.stream()
        .noneMatch(q -> q.path().startsWith(at + ".geometry")))) {
      named.add(new GeoJsonProblem(Kind.MISSING_GEOMETRY, featureIndex, rawCode, at + ".geometry", "null",
          "every grid feature needs a Polygon or MultiPolygon geometry"));
    } else if (named.stream().noneMatch(q -> q.path().startsWith(at + ".geometry"))) {
      geometry = new GeometryBuilder(featureIndex, rawCode, named).build(geometryType, coordinates, at + ".geometry");
    }
    if (named.isEmpty() && grid != null && geometry != null) {
      if (!seen.add(grid.code())) {
        named.add(new GeoJsonProblem(Kind.DUPLICATE_CODE, featureIndex, rawCode, at + ".properties."
            + settings.codeProperty(), grid.code().value(), "codes must be unique; an earlier feature has this one"));
      } else {
        ledger.keep(featureIndex, rawCode, grid, read.levelRead().orElseThrow(), read.note(), geometry);
        return;
      }
    }
    refuse(rawCode, read.levelRead(), named);
  }

  /** Records the problems of the current feature (strict mode: throws at the first) and refuses it. */
  private void refuse(Optional<String> code, Optional<Integer> levelRead, List<GeoJsonProblem> featureProblems) {
    for (GeoJsonProblem q : featureProblems) {
      problem(q);
    }
    ledger.refuse(featureIndex, code, levelRead, featureProblems);
  }

  private void readProperties(JsonParser p, FeatureProperties props) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      t = p.nextToken();
      if (field.equals(settings.codeProperty())) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
          props.code = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
          props.codeBad = textOf(p, t);
        }
      } else if (field.equals(settings.nameProperty())) {
        props.name = stringOrBad(p, t, field, props);
      } else if (field.equals(settings.levelProperty())) {
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
          props.level = p.getIntValue();
        } else if (t == JsonToken.VALUE_STRING && p.getText().matches("[0-9]{1,3}")) {
          props.level = Integer.parseInt(p.getText());
        } else if (t == JsonToken.VALUE_STRING) {
          props.levelWord = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
          props.levelBad = textOf(p, t);
        }
      } else if (field.equals(settings.layerProperty())) {
        props.layer = stringOrBad(p, t, field, props);
      } else if (!settings.parentProperty().isEmpty() && field.equals(settings.parentProperty())) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
          props.parent = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
          props.bad(field, textOf(p, t));
        }
      } else if (field.equals(settings.kindProperty())) {
        props.kind = stringOrBad(p, t, field, props);
      }
      p.skipChildren();
    }
    if (t != JsonToken.END_OBJECT) {
      throw new EOFException("input ended inside properties of feature " + featureIndex);
    }
  }

  private static String stringOrBad(JsonParser p, JsonToken t, String field, FeatureProperties props)
      throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t != JsonToken.VALUE_NULL) {
      props.bad(field, textOf(p, t));
    }
    return null;
  }

  // ---------------------------------------------------------------- problems

  private void problem(Kind kind, Optional<String> code, String path, String value, String rule) {
    problem(new GeoJsonProblem(kind, featureIndex, code, path, value, rule));
  }

  private void problem(GeoJsonProblem q) {
    if (!settings.lenient()) {
      throw new InvalidGeoJsonException(List.of(q));
    }
    problems.add(q);
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(new GeoJsonProblem(Kind.MALFORMED_JSON, featureIndex, Optional.empty(), "$", "",
          "more than " + MAX_PROBLEMS + " problems; reading stopped"));
      throw new Stop();
    }
  }

  static String textOf(JsonParser p, JsonToken t) throws IOException {
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

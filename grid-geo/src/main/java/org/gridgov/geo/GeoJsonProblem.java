package org.gridgov.geo;

import java.util.Optional;
import org.gridgov.core.MissingValueException;

/**
 * One problem found reading GeoJSON (GeoJSON 数据问题): which feature (its index in
 * {@code features}, -1 for the file as a whole), its code when known, where in the feature, the
 * offending value and the rule broken.
 *
 * @param kind what kind of problem
 * @param featureIndex index in the {@code features} array, -1 when the problem is the file's
 * @param code the feature's code, when it has one
 * @param path where, for example {@code features[12].geometry.coordinates[0][3]}
 * @param value the offending value as text
 * @param rule the rule in words
 */
public record GeoJsonProblem(Kind kind, int featureIndex, Optional<String> code, String path, String value,
    String rule) {
  public GeoJsonProblem {
    if (kind == null || code == null || path == null || value == null || rule == null) {
      throw new MissingValueException(kind == null ? "kind" : code == null ? "code" : path == null ? "path"
          : value == null ? "value" : "rule");
    }
  }

  /** The kinds of problem. */
  public enum Kind {
    /** Not JSON, or JSON cut short. */
    MALFORMED_JSON,
    /** The top level is not a FeatureCollection, or a member has the wrong type. */
    NOT_A_FEATURE_COLLECTION,
    /** A feature without a code. */
    MISSING_CODE,
    /** A code that is not digits or does not fit the code layout. */
    INVALID_CODE,
    /** A code whose length is not the one its level has (the rule says both counts). */
    WRONG_CODE_LENGTH,
    /** Two features with the same code. */
    DUPLICATE_CODE,
    /** No level given and none derivable. */
    MISSING_LEVEL,
    /** A level that is neither an integer nor a level word (the rule lists the words). */
    UNKNOWN_LEVEL,
    /** A parent that contradicts the code: not its prefix, or not at a level above it. */
    PARENT_CONTRADICTS_CODE,
    /**
     * A division without subdivisions among deeper features (a city without counties among a
     * county file's features), refused as {@link UndividedDivisions#REFUSE} asks, or one that
     * cannot be moved to the deepest level.
     */
    UNDIVIDED_DIVISION,
    /** A property of the wrong type or value. */
    INVALID_PROPERTY,
    /** A feature without geometry. */
    MISSING_GEOMETRY,
    /** A geometry that is not a Polygon or MultiPolygon. */
    UNSUPPORTED_GEOMETRY,
    /** Coordinates of the wrong shape: not arrays of positions of 2 or 3 numbers. */
    BAD_COORDINATES,
    /** A ring whose last position differs from its first. */
    UNCLOSED_RING,
    /** A ring of fewer than 4 positions. */
    TOO_FEW_POINTS,
    /** NaN or infinity. */
    NOT_FINITE,
    /** A longitude outside ±180. */
    LONGITUDE_OUT_OF_RANGE,
    /** A latitude outside ±90. */
    LATITUDE_OUT_OF_RANGE
  }

  @Override
  public String toString() {
    return kind + " at " + path + (code.isPresent() ? " (code " + code.get() + ")" : "") + " = \"" + value
        + "\": " + rule;
  }
}

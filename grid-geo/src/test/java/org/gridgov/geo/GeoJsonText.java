package org.gridgov.geo;

/** Small GeoJSON texts for the reader's tests. */
final class GeoJsonText {
  static final String SQUARE_CW = "[[116,39],[116,40],[117,40],[117,39],[116,39]]";
  static final String SQUARE_CCW = "[[116,39],[117,39],[117,40],[116,40],[116,39]]";
  static final String HOLE = "[[116.2,39.2],[116.4,39.2],[116.4,39.4],[116.2,39.4],[116.2,39.2]]";

  private GeoJsonText() {}

  static String feature(String props, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{" + props + "},\"geometry\":" + geometry + "}";
  }

  static String collection(String... features) {
    return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
  }

  static String polygon(String... rings) {
    return "{\"type\":\"Polygon\",\"coordinates\":[" + String.join(",", rings) + "]}";
  }

  /** The first problem that {@code reader} finds in {@code json} (strict mode). */
  static GeoJsonProblem firstProblemOf(GeoJsonReader reader, String json) {
    try {
      reader.read(json);
    } catch (InvalidGeoJsonException e) {
      return e.problem();
    }
    throw new AssertionError("no problem found in " + json);
  }
}

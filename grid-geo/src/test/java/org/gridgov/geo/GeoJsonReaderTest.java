package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.geo.GeoJsonText.HOLE;
import static org.gridgov.geo.GeoJsonText.SQUARE_CCW;
import static org.gridgov.geo.GeoJsonText.SQUARE_CW;
import static org.gridgov.geo.GeoJsonText.collection;
import static org.gridgov.geo.GeoJsonText.feature;
import static org.gridgov.geo.GeoJsonText.firstProblemOf;
import static org.gridgov.geo.GeoJsonText.polygon;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.gridgov.core.GridCode;
import org.gridgov.geo.GeoJsonProblem.Kind;
import org.gridgov.geo.testing.RealData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {
  private static GeoJsonProblem firstProblem(String json) {
    return firstProblemOf(GeoJsonReader.defaults(), json);
  }

  @Test
  void readsPolygonsAndMultiPolygonsWithHolesInEitherOrientation() {
    String json = collection(
        feature("\"code\":\"1001\",\"name\":\"一\",\"level\":2,\"parent\":\"10\",\"layer\":\"police\"",
            polygon(SQUARE_CW, HOLE)),
        feature("\"code\":1002,\"name\":\"二\",\"level\":2", "{\"coordinates\":[[" + SQUARE_CCW + "],[["
            + "[118,39],[119,39],[119,40],[118,40],[118,39]]]],\"type\":\"MultiPolygon\"}"));
    Boundaries b = GeoJsonReader.defaults().read(json).orThrow();
    assertThat(b.size()).isEqualTo(2);
    GridBoundary first = b.find(GridCode.parse("1001")).orElseThrow();
    assertThat(first.geometry()).isInstanceOf(Polygon.class);
    assertThat(((Polygon) first.geometry()).getNumInteriorRing()).isEqualTo(1);
    assertThat(first.grid().parent()).contains(GridCode.parse("10"));
    assertThat(first.grid().layer()).contains("police");
    assertThat(first.geometry().getArea()).isCloseTo(1 - 0.04, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(b.find(GridCode.parse("1002")).orElseThrow().geometry()).isInstanceOf(MultiPolygon.class);
  }

  @Test
  void aFeatureWithoutCodeIsATypedErrorNamingItsIndex() {
    GeoJsonProblem p = firstProblem(collection(feature("\"code\":\"1001\",\"level\":2", polygon(SQUARE_CW)),
        feature("\"name\":\"无名\",\"level\":2", polygon(SQUARE_CW))));
    assertThat(p.kind()).isEqualTo(Kind.MISSING_CODE);
    assertThat(p.featureIndex()).isEqualTo(1);
    assertThat(p.path()).isEqualTo("features[1].properties.code");
  }

  @Test
  void anUnclosedRingNamesTheFeatureItsCodeAndTheRule() {
    GeoJsonProblem p = firstProblem(collection(feature("\"code\":\"1001\",\"level\":2",
        polygon("[[116,39],[117,39],[117,40],[116,40],[116,39.5]]"))));
    assertThat(p.kind()).isEqualTo(Kind.UNCLOSED_RING);
    assertThat(p.featureIndex()).isZero();
    assertThat(p.code()).contains("1001");
    assertThatThrownBy(() -> GeoJsonReader.defaults().read(collection(feature("\"code\":\"1001\",\"level\":2",
        polygon("[[116,39],[117,39],[117,40],[116,40],[116,39.5]]"))))).isInstanceOf(InvalidGeoJsonException.class)
        .hasMessageContaining("features[0]").hasMessageContaining("1001").hasMessageContaining("UNCLOSED_RING");
  }

  @Test
  void aRingOfFewerThanFourPositionsIsRejected() {
    GeoJsonProblem p = firstProblem(collection(feature("\"code\":\"1001\",\"level\":2",
        polygon("[[116,39],[117,39],[116,39]]"))));
    assertThat(p.kind()).isEqualTo(Kind.TOO_FEW_POINTS);
  }

  @Test
  void nonFiniteAndOutOfRangeCoordinatesAreRejected() {
    assertThat(firstProblem(collection(feature("\"code\":\"1\",\"level\":1",
        polygon("[[116,39],[1e999,39],[117,40],[116,39]]")))).kind()).isEqualTo(Kind.NOT_FINITE);
    assertThat(firstProblem(collection(feature("\"code\":\"1\",\"level\":1",
        polygon("[[116,39],[181,39],[117,40],[116,39]]")))).kind()).isEqualTo(Kind.LONGITUDE_OUT_OF_RANGE);
    assertThat(firstProblem(collection(feature("\"code\":\"1\",\"level\":1",
        polygon("[[116,39],[117,-90.5],[117,40],[116,39]]")))).kind()).isEqualTo(Kind.LATITUDE_OUT_OF_RANGE);
    assertThat(firstProblem(collection(feature("\"code\":\"1\",\"level\":1",
        polygon("[[116,39],[NaN,39],[117,40],[116,39]]")))).kind()).isEqualTo(Kind.MALFORMED_JSON);
  }

  @Test
  void badJsonIsATypedErrorNotAParserException() {
    GeoJsonProblem p = firstProblem("{\"type\":\"FeatureCollection\",\"features\":[" + feature("\"code\":\"1\",\"level\":1",
        polygon(SQUARE_CW)) + ",{\"type\":");
    assertThat(p.kind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(p.featureIndex()).isEqualTo(1);
    assertThat(firstProblem("").kind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(firstProblem("[1,2]").kind()).isEqualTo(Kind.NOT_A_FEATURE_COLLECTION);
  }

  @Test
  void otherGeometryTypesAndDuplicateCodesAreRejected() {
    assertThat(firstProblem(collection(feature("\"code\":\"1\",\"level\":1",
        "{\"type\":\"Point\",\"coordinates\":[116,39]}"))).kind()).isEqualTo(Kind.UNSUPPORTED_GEOMETRY);
    assertThat(firstProblem(collection(feature("\"code\":\"1\",\"level\":1", "null"))).kind())
        .isEqualTo(Kind.MISSING_GEOMETRY);
    GeoJsonProblem dup = firstProblem(collection(feature("\"code\":\"1\",\"level\":1", polygon(SQUARE_CW)),
        feature("\"code\":\"1\",\"level\":1", polygon(SQUARE_CCW))));
    assertThat(dup.kind()).isEqualTo(Kind.DUPLICATE_CODE);
    assertThat(dup.featureIndex()).isEqualTo(1);
    assertThat(firstProblem(collection(feature("\"code\":\"1a\",\"level\":1", polygon(SQUARE_CW)))).kind())
        .isEqualTo(Kind.INVALID_CODE);
  }

  @Test
  void lenientModeCollectsEveryProblemAndKeepsTheGoodFeatures() {
    String json = collection(
        feature("\"code\":\"1001\",\"level\":2", polygon(SQUARE_CW)),
        feature("\"level\":2", polygon(SQUARE_CW)),
        feature("\"code\":\"1003\",\"level\":2", polygon("[[116,39],[117,39],[116,39]]")),
        feature("\"code\":\"1004\",\"level\":2", polygon("[[116,39],[200,39],[117,40],[116,39]]")),
        feature("\"code\":\"1005\",\"level\":2", polygon(SQUARE_CCW)));
    GeoJsonResult r = GeoJsonReader.defaults().withLenient(true).read(json);
    assertThat(r.isClean()).isFalse();
    assertThat(r.featuresSeen()).isEqualTo(5);
    assertThat(r.boundaries().all()).extracting(b -> b.code().value()).containsExactly("1001", "1005");
    assertThat(r.problems()).extracting(GeoJsonProblem::featureIndex).containsExactly(1, 2, 3);
    assertThat(r.problems()).extracting(GeoJsonProblem::kind)
        .containsExactly(Kind.MISSING_CODE, Kind.TOO_FEW_POINTS, Kind.LONGITUDE_OUT_OF_RANGE);
    assertThatThrownBy(r::orThrow).isInstanceOf(InvalidGeoJsonException.class)
        .satisfies(e -> assertThat(((InvalidGeoJsonException) e).problems()).hasSize(3));
    BoundaryLoadReport report = r.report();
    assertThat(report.outcomes()).extracting(FeatureOutcome::kind).containsExactly(FeatureOutcome.Kind.LOADED,
        FeatureOutcome.Kind.REFUSED, FeatureOutcome.Kind.REFUSED, FeatureOutcome.Kind.REFUSED,
        FeatureOutcome.Kind.LOADED);
    assertThat(report.refused()).extracting(o -> o.problems().get(0).kind())
        .containsExactly(Kind.MISSING_CODE, Kind.TOO_FEW_POINTS, Kind.LONGITUDE_OUT_OF_RANGE);
    assertThat(report.outcome(2).code()).contains("1003");
    assertThat(report.outcome(2).reason()).contains("TOO_FEW_POINTS").contains("features[2].geometry.coordinates[0]");
    assertThat(report.summary()).isEqualTo("5 features: 2 loaded, 0 re-levelled, 0 re-parented, 3 refused");
  }

  @Test
  void theReportHasOneOutcomePerFeatureEvenWhenReadingStopsInsideOne() {
    String cut = "{\"type\":\"FeatureCollection\",\"features\":[" + feature("\"code\":\"1\",\"level\":1",
        polygon(SQUARE_CW)) + ",7," + feature("\"code\":\"2\",\"level\":1", polygon(SQUARE_CCW)) + ",{\"type\":";
    GeoJsonResult r = GeoJsonReader.defaults().withLenient(true).read(cut);
    assertThat(r.featuresSeen()).isEqualTo(4);
    assertThat(r.report().outcomes()).extracting(FeatureOutcome::kind).containsExactly(FeatureOutcome.Kind.LOADED,
        FeatureOutcome.Kind.REFUSED, FeatureOutcome.Kind.LOADED, FeatureOutcome.Kind.REFUSED);
    assertThat(r.report().outcome(1).problems()).extracting(GeoJsonProblem::kind)
        .containsExactly(Kind.NOT_A_FEATURE_COLLECTION);
    assertThat(r.report().outcome(3).problems()).extracting(GeoJsonProblem::kind).containsExactly(Kind.MALFORMED_JSON);
    assertThat(r.boundaries().all()).extracting(b -> b.code().value()).containsExactly("1", "2");
    String between = "{\"type\":\"FeatureCollection\",\"features\":[" + feature("\"code\":\"1\",\"level\":1",
        polygon(SQUARE_CW)) + "}";
    GeoJsonResult broken = GeoJsonReader.defaults().withLenient(true).read(between);
    assertThat(broken.report().outcomes()).extracting(FeatureOutcome::kind).containsExactly(FeatureOutcome.Kind.LOADED);
    assertThat(broken.problems()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(Kind.MALFORMED_JSON);
      assertThat(q.featureIndex()).isEqualTo(-1);
    });
  }

  @Test
  void levelsCanBeDerivedFromTheCodeAndAdministrativeCodesNormalised() {
    String json = collection(feature("\"adcode\":\"110105\",\"parent\":\"110100\",\"level\":\"county\"",
        polygon(SQUARE_CW)));
    Boundaries b = RealData.vonngReader().read(json).orThrow();
    GridBoundary g = b.all().get(0);
    assertThat(g.code().value()).isEqualTo("110105");
    assertThat(g.grid().level()).isEqualTo(3);
    assertThat(g.grid().parent()).contains(GridCode.parse("1101"));
    assertThat(g.grid().name()).isEqualTo("110105");
    assertThat(b.coordinateSystem()).isEqualTo(CoordinateSystem.GCJ02);
    assertThat(CodeForm.ADMINISTRATIVE_DIVISION.normalise("110000")).isEqualTo("11");
    assertThat(CodeForm.ADMINISTRATIVE_DIVISION.normalise("110105001000")).isEqualTo("110105001");
    assertThat(CodeForm.ADMINISTRATIVE_DIVISION.normalise("110105000000")).isEqualTo("110105");
  }

  @Test
  void gzipInputIsRecognised() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(collection(feature("\"code\":\"1\",\"level\":1", polygon(SQUARE_CW))).getBytes(StandardCharsets.UTF_8));
    }
    Boundaries b = GeoJsonReader.defaults().read(new ByteArrayInputStream(bytes.toByteArray())).orThrow();
    assertThat(b.size()).isEqualTo(1);
  }

  @Test
  void brokenGzipIsMalformedInputNotAnIoFailure() throws Exception {
    // found by fuzzing: the two magic bytes alone made the gzip header read fail outside the parser
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(collection(feature("\"code\":\"1\",\"level\":1", polygon(SQUARE_CW))).getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = bytes.toByteArray();
    for (byte[] broken : new byte[][] {{0x1f, (byte) 0x8b}, java.util.Arrays.copyOf(whole, 10), java.util.Arrays.copyOf(whole, whole.length / 2)}) {
      assertThatThrownBy(() -> GeoJsonReader.defaults().read(new ByteArrayInputStream(broken)).orThrow())
          .isInstanceOfSatisfying(InvalidGeoJsonException.class,
              e -> assertThat(e.problems().get(0).kind()).isEqualTo(Kind.MALFORMED_JSON));
      assertThat(GeoJsonReader.defaults().withLenient(true).read(new ByteArrayInputStream(broken)).problems())
          .extracting(GeoJsonProblem::kind).containsExactly(Kind.MALFORMED_JSON);
    }
  }

  @Test
  void aHundredMegabyteStreamIsReadWithoutHoldingItsText() {
    // 10,000 features, each with a 10 kB foreign member that the reader skips token by token
    String padding = "x".repeat(10_000);
    int features = 10_000;
    java.io.InputStream lazy = new java.io.InputStream() {
      private byte[] chunk = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);
      private int at;
      private int made;
      private long total;

      @Override
      public int read() {
        if (at == chunk.length) {
          if (made > features) {
            return -1;
          }
          String next = made == features ? "]}" : (made == 0 ? "" : ",") + feature("\"code\":\"" + (100_000 + made)
              + "\",\"level\":1,\"note\":\"" + padding + "\"", polygon(SQUARE_CW));
          chunk = next.getBytes(StandardCharsets.UTF_8);
          at = 0;
          made++;
        }
        total++;
        return chunk[at++] & 0xff;
      }

      @Override
      public String toString() {
        return total + " bytes";
      }
    };
    GeoJsonResult r = GeoJsonReader.defaults().read(lazy);
    assertThat(r.featuresSeen()).isEqualTo(features);
    assertThat(r.boundaries().size()).isEqualTo(features);
    assertThat(Long.parseLong(lazy.toString().split(" ")[0])).isGreaterThan(100_000_000L);
  }

  @Test
  void theRealCountyFileHasThe862FeaturesOfTheReadme() {
    Boundaries b = RealData.counties();
    assertThat(b.size()).isEqualTo(862);
    long polygons = b.all().stream().filter(g -> g.geometry() instanceof Polygon).count();
    assertThat(polygons).isEqualTo(722);
    int holes = 0;
    int parts = 0;
    for (GridBoundary g : b.all()) {
      for (int i = 0; i < g.geometry().getNumGeometries(); i++) {
        holes += ((Polygon) g.geometry().getGeometryN(i)).getNumInteriorRing();
        parts++;
      }
    }
    assertThat(parts).isEqualTo(2_072);
    assertThat(holes).isEqualTo(200);
    assertThat(b.vertexCount()).isEqualTo(1_958_174);
  }
}

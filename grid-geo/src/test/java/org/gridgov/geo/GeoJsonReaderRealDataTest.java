package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.geo.testing.FeatureFiles.adcode;
import static org.gridgov.geo.testing.FeatureFiles.properties;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridNode;
import org.gridgov.core.GridTree;
import org.gridgov.geo.FeatureOutcome.Kind;
import org.gridgov.geo.testing.FeatureFiles;
import org.gridgov.geo.testing.FeatureFiles.Part;
import org.gridgov.geo.testing.RealData;
import org.gridgov.geo.testing.ReferenceLocator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Loading the real boundary files as other open boundary files have them: a county file with the
 * prefecture-level cities that have no counties (东莞 441900, 中山 442000, 儋州 460400, from the city
 * file), a municipality's districts whose parent is the province and whose level is the word
 * {@code district}, levels that contradict the code. Every feature is in the load report; nothing
 * is dropped.
 */
class GeoJsonReaderRealDataTest {
  private static final List<String> UNDIVIDED = List.of("441900", "442000", "460400");

  private static GeoJsonResult read(GeoJsonReader reader, byte[] file) {
    return reader.read(new ByteArrayInputStream(file));
  }

  @Test
  void theCitiesWithoutCountiesAmongTheCountiesLoadAsCountyLevelGridsAndLocateTheirPoints() {
    byte[] file = FeatureFiles.collection(Part.all(FeatureFiles.COUNTIES),
        Part.only(FeatureFiles.CITIES, f -> UNDIVIDED.contains(adcode(f))));
    GeoJsonResult read = read(RealData.vonngReader(), file);

    BoundaryLoadReport report = read.report();
    assertThat(report.featuresSeen()).isEqualTo(865);
    assertThat(report.refused()).isEmpty();
    assertThat(report.count(Kind.LOADED)).isEqualTo(862);
    List<FeatureOutcome> moved = report.outcomes(Kind.RELEVELLED);
    assertThat(moved).extracting(o -> o.featureIndex()).containsExactly(862, 863, 864);
    assertThat(moved).extracting(o -> o.code().orElseThrow()).containsExactlyElementsOf(UNDIVIDED);
    for (FeatureOutcome o : moved) {
      String code = o.code().orElseThrow();
      assertThat(o.levelRead()).contains(2);
      assertThat(o.grid().orElseThrow().code().value()).isEqualTo(code);
      assertThat(o.grid().orElseThrow().level()).isEqualTo(3);
      assertThat(o.grid().orElseThrow().parent()).contains(GridCode.parse(code.substring(0, 4)));
      assertThat(o.reason()).contains("loaded as the level-3 grid " + code + " under " + code.substring(0, 4));
    }

    Boundaries boundaries = read.orThrow();
    assertThat(boundaries.size()).isEqualTo(865);
    GridTree tree = boundaries.toTreeAddingAncestors(RealData.countyScheme());
    GridLocator locator = GridLocator.build(tree, boundaries);
    assertThat(locator.stats().grids()).isEqualTo(865);
    assertThat(locator.stats().boundaries()).isEqualTo(865);
    assertThat(locator.boundariesNotIndexed()).isEmpty();
    assertThat(locator.gridsWithoutBoundary()).isEmpty();
    ReferenceLocator reference = new ReferenceLocator(tree, boundaries);

    for (String code : UNDIVIDED) {
      // the seat-points file has no town or village of these three cities (its source gives them no
      // location), so the points are each city's interior point and points drawn inside the city's
      // own polygon in the city file, with JTS covers
      List<double[]> points = new ArrayList<>();
      for (RealData.SeatPoint p : RealData.seats()) {
        if (p.code12().startsWith(code)) {
          points.add(new double[] {p.lon(), p.lat()});
        }
      }
      Geometry city = RealData.cities().find(GridCode.parse(code.substring(0, 4))).orElseThrow().geometry();
      points.addAll(pointsInside(city, 1_000, code.hashCode()));
      int inCity = 0;
      for (double[] p : points) {
        int got = locator.locateOrdinalIn(CoordinateSystem.GCJ02, p[0], p[1]);
        assertThat(got).as("%s at %s %s", code, p[0], p[1]).isEqualTo(reference.locate(p[0], p[1]));
        inCity += got >= 0 && locator.node(got).code().value().equals(code) ? 1 : 0;
      }
      assertThat(inCity).as(code).isEqualTo(points.size());
      GridNode located = locator.locateWithAncestorsIn(CoordinateSystem.GCJ02, points.get(0)[0], points.get(0)[1])
          .orElseThrow().grid();
      assertThat(located.parent().orElseThrow().code().value()).isEqualTo(code.substring(0, 4));
    }
  }

  @Test
  void theCitiesWithoutCountiesAreRefusedByNameWhenTheReaderSaysSo() {
    byte[] file = FeatureFiles.collection(Part.only(FeatureFiles.COUNTIES, f -> adcode(f).startsWith("44")),
        Part.only(FeatureFiles.CITIES, f -> UNDIVIDED.contains(adcode(f))));
    GeoJsonResult read = read(RealData.vonngReader().withUndividedDivisions(UndividedDivisions.REFUSE)
        .withLenient(true), file);
    assertThat(read.report().refused()).extracting(o -> o.code().orElseThrow()).containsExactlyElementsOf(UNDIVIDED);
    assertThat(read.problems()).extracting(GeoJsonProblem::kind).containsOnly(GeoJsonProblem.Kind.UNDIVIDED_DIVISION);
    assertThat(read.boundaries().size() + read.report().refused().size()).isEqualTo(read.featuresSeen());
  }

  @Test
  void aMunicipalitysDistrictsWithTheProvinceAsParentHangUnderItsShiXiaQu() {
    // as DataV's files have Beijing: level "district", parent 110000
    byte[] file = FeatureFiles.collection(new Part(FeatureFiles.COUNTIES, f -> adcode(f).startsWith("11"), f -> {
      properties(f).put("parent", "110000");
      properties(f).put("level", "district");
    }));
    GeoJsonResult read = read(RealData.vonngReader(), file);
    BoundaryLoadReport report = read.report();
    assertThat(report.featuresSeen()).isEqualTo(16);
    assertThat(report.count(Kind.REPARENTED)).isEqualTo(16);
    for (FeatureOutcome o : report.outcomes()) {
      assertThat(o.grid().orElseThrow().level()).isEqualTo(3);
      assertThat(o.grid().orElseThrow().parent()).contains(GridCode.parse("1101"));
      assertThat(o.reason()).isEqualTo("the parent property 110000 (11) names an ancestor above the code's own parent"
          + " 1101 (level 2): hung under 1101");
    }
    Boundaries beijing = read.orThrow();
    GridTree tree = beijing.toTreeAddingAncestors(RealData.countyScheme());
    GridLocator locator = GridLocator.build(tree, beijing);
    Boundaries published = read(RealData.vonngReader(),
        FeatureFiles.collection(Part.only(FeatureFiles.COUNTIES, f -> adcode(f).startsWith("11")))).orThrow();
    GridLocator asPublished = GridLocator.build(published.toTreeAddingAncestors(RealData.countyScheme()), published);
    int points = 0;
    for (RealData.SeatPoint p : RealData.seats()) {
      if (p.countyCode().startsWith("11")) {
        points++;
        int got = locator.locateOrdinalIn(CoordinateSystem.GCJ02, p.lon(), p.lat());
        int was = asPublished.locateOrdinalIn(CoordinateSystem.GCJ02, p.lon(), p.lat());
        String want = was < 0 ? "none" : asPublished.node(was).code().value();
        assertThat(got < 0 ? "none" : locator.node(got).code().value()).isEqualTo(want);
      }
    }
    assertThat(points).isGreaterThan(1_000);
  }

  @Test
  void aParentThatContradictsTheCodeRefusesTheFeatureNamingIndexCodeAndParent() {
    byte[] file = FeatureFiles.collection(new Part(FeatureFiles.COUNTIES, f -> adcode(f).startsWith("11"), f -> {
      if (adcode(f).equals("110105")) {
        properties(f).put("parent", "120100");
      }
    }));
    GeoJsonResult read = read(RealData.vonngReader().withLenient(true), file);
    FeatureOutcome chaoyang = read.report().refused().get(0);
    assertThat(read.report().refused()).hasSize(1);
    assertThat(chaoyang.code()).contains("110105");
    GeoJsonProblem p = chaoyang.problems().get(0);
    assertThat(p.kind()).isEqualTo(GeoJsonProblem.Kind.PARENT_CONTRADICTS_CODE);
    assertThat(p.toString()).contains("features[" + chaoyang.featureIndex() + "].properties.parent")
        .contains("110105").contains("120100").contains("its own parent is 1101");
    assertThat(read.boundaries().size()).isEqualTo(15);
  }

  @Test
  void aLevelThatContradictsTheCodeSaysBothDigitCountsTheRightWayRound() {
    byte[] file = FeatureFiles.collection(
        new Part(FeatureFiles.CITIES, f -> adcode(f).equals("110100"), f -> properties(f).put("level", "province")),
        new Part(FeatureFiles.COUNTIES, f -> adcode(f).equals("110105"), f -> properties(f).put("level", "city")));
    GeoJsonResult read = read(RealData.vonngReader().withLenient(true), file);
    assertThat(read.problems()).extracting(GeoJsonProblem::kind)
        .containsExactly(GeoJsonProblem.Kind.WRONG_CODE_LENGTH, GeoJsonProblem.Kind.WRONG_CODE_LENGTH);
    assertThat(read.problems()).extracting(GeoJsonProblem::toString).containsExactly(
        "WRONG_CODE_LENGTH at features[0].properties.adcode (code 110100) = \"110100\": has 4 digits without its"
            + " trailing zeros (1101); a code at level 1 (level property \"province\") has 2",
        "WRONG_CODE_LENGTH at features[1].properties.adcode (code 110105) = \"110105\": has 6 digits; a code at"
            + " level 2 (level property \"city\") has 4");
    assertThat(read.report().count(Kind.REFUSED)).isEqualTo(2);
  }

  @Test
  void theProvinceFileLoadsWithItsCountryParentDroppedAndSaidSo() {
    GeoJsonResult read = read(RealData.vonngReader(), FeatureFiles.collection(Part.all(FeatureFiles.PROVINCES)));
    assertThat(read.report().count(Kind.REPARENTED)).isEqualTo(11);
    assertThat(read.report().outcome(0).reason()).contains("the parent property 100000 (10) is the country");
    assertThat(read.orThrow().all()).allSatisfy(b -> assertThat(b.grid().parent()).isEmpty());
    Map<Kind, Integer> counts = read.report().counts();
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
  }

  /** {@code n} points drawn uniformly in the polygon's envelope and kept when the polygon covers them. */
  private static List<double[]> pointsInside(Geometry polygon, int n, long seed) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
    Envelope e = polygon.getEnvelopeInternal();
    SplittableRandom r = new SplittableRandom(seed);
    List<double[]> out = new ArrayList<>(n + 1);
    Point interior = polygon.getInteriorPoint();
    out.add(new double[] {interior.getX(), interior.getY()});
    while (out.size() <= n) {
      double x = e.getMinX() + r.nextDouble() * e.getWidth();
      double y = e.getMinY() + r.nextDouble() * e.getHeight();
      if (prepared.covers(polygon.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(x, y)))) {
        out.add(new double[] {x, y});
      }
    }
    return out;
  }
}

package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.geo.GeoJsonText.SQUARE_CCW;
import static org.gridgov.geo.GeoJsonText.SQUARE_CW;
import static org.gridgov.geo.GeoJsonText.collection;
import static org.gridgov.geo.GeoJsonText.feature;
import static org.gridgov.geo.GeoJsonText.firstProblemOf;
import static org.gridgov.geo.GeoJsonText.polygon;

import org.gridgov.core.CodeLayout;
import org.gridgov.core.GridCode;
import org.gridgov.core.GridTree;
import org.gridgov.geo.GeoJsonProblem.Kind;
import org.gridgov.geo.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * How {@link GeoJsonReader} reads administrative-division files: level words, code lengths
 * against levels, parents against codes, and divisions without subdivisions — every feature
 * accounted for in the load report.
 */
class GeoJsonReaderDivisionsTest {
  private static GeoJsonProblem readDivisionsProblem(String feature) {
    return firstProblemOf(GeoJsonReader.defaults().withCodeProperty("adcode")
        .withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION), collection(feature));
  }

  private static GeoJsonResult readDivisions(String... features) {
    return GeoJsonReader.defaults().withCodeProperty("adcode").withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION)
        .read(collection(features));
  }

  @Test
  void theLevelWordsOfOpenBoundaryFilesGiveTheDivisionLevels() {
    String[][] words = {{"province", "110000", "11", "1"}, {"City", "110100", "1101", "2"},
        {"prefecture", "441900", "4419", "2"}, {"district", "110105", "110105", "3"}, {"county", "441900", "441900", "3"},
        {"street", "110105001000", "110105001", "4"}, {"town", "441900003000", "441900003", "4"},
        {"township", "110105200", "110105200", "4"}, {"village", "110105001001", "110105001001", "5"},
        {"community", "110105001001", "110105001001", "5"}};
    for (String[] w : words) {
      GridBoundary b = readDivisions(feature("\"adcode\":\"" + w[1] + "\",\"level\":\"" + w[0] + "\"",
          polygon(SQUARE_CW))).orThrow().all().get(0);
      assertThat(b.code().value()).as(w[0]).isEqualTo(w[2]);
      assertThat(b.grid().level()).as(w[0]).isEqualTo(Integer.parseInt(w[3]));
    }
    // with a code layout, a word names the layout's level of that length: here the root is the city
    GeoJsonReader cityRooted = GeoJsonReader.defaults().withCodeLayout(RealData.cityScheme().codeLayout());
    assertThat(cityRooted.read(collection(feature("\"code\":\"511302\",\"level\":\"district\"",
        polygon(SQUARE_CW)))).orThrow().all().get(0).grid().level()).isEqualTo(2);
  }

  @Test
  void anUnknownLevelWordIsATypedProblemNamingTheValueAndTheAcceptedWords() {
    GeoJsonProblem p = firstProblemOf(GeoJsonReader.defaults(), collection(feature("\"code\":\"110105\",\"level\":\"区县\"",
        polygon(SQUARE_CW))));
    assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_LEVEL);
    assertThat(p.path()).isEqualTo("features[0].properties.level");
    assertThat(p.value()).isEqualTo("区县");
    assertThat(p.rule()).contains("province, city, prefecture, district, county, street, town, township, village,"
        + " community");
    GeoJsonProblem notInLayout = firstProblemOf(RealData.vonngReader(), collection(feature(
        "\"adcode\":\"110105001000\",\"level\":\"street\"", polygon(SQUARE_CW))));
    assertThat(notInLayout.kind()).isEqualTo(Kind.UNKNOWN_LEVEL);
    assertThat(notInLayout.rule()).isEqualTo("the level \"street\" means codes of 9 digits; the code layout's levels"
        + " have 2, 4, 6 digits");
  }

  @Test
  void aWrongLengthCodeSaysItsDigitsAndTheDigitsItsLevelHasTheRightWayRound() {
    GeoJsonProblem asIs = firstProblemOf(GeoJsonReader.defaults(), collection(feature("\"code\":\"1101\",\"level\":\"province\"",
        polygon(SQUARE_CW))));
    assertThat(asIs.kind()).isEqualTo(Kind.WRONG_CODE_LENGTH);
    assertThat(asIs.featureIndex()).isZero();
    assertThat(asIs.path()).isEqualTo("features[0].properties.code");
    assertThat(asIs.value()).isEqualTo("1101");
    assertThat(asIs.rule()).isEqualTo("has 4 digits; a code at level 1 (level property \"province\") has 2");
    GeoJsonProblem layout = firstProblemOf(GeoJsonReader.defaults().withCodeLayout(RealData.countyScheme().codeLayout()),
        collection(feature("\"code\":\"1101\",\"level\":1", polygon(SQUARE_CW))));
    assertThat(layout.rule()).isEqualTo("has 4 digits; a code at level 1 (level property 1) has 2");
    GeoJsonProblem padded = readDivisionsProblem(feature("\"adcode\":\"110100\",\"level\":\"province\"",
        polygon(SQUARE_CW)));
    assertThat(padded.rule()).isEqualTo("has 4 digits without its trailing zeros (1101); a code at level 1"
        + " (level property \"province\") has 2");
    GeoJsonProblem tooShort = readDivisionsProblem(feature("\"adcode\":\"4419\",\"level\":\"county\"",
        polygon(SQUARE_CW)));
    assertThat(tooShort.rule()).isEqualTo("has 4 digits; a code at level 3 (level property \"county\") has 6");
  }

  @Test
  void aDivisionCodeKeepsTheZerosItsStatedLevelNeeds() {
    // 东莞 stated as a county-level unit keeps its 6-digit code, the prefix of its towns' codes (441900003, …)
    GeoJsonResult r = readDivisions(feature("\"adcode\":\"441900\",\"level\":\"county\",\"parent\":\"441900\"",
        polygon(SQUARE_CW)));
    GridBoundary dongguan = r.orThrow().all().get(0);
    assertThat(dongguan.code().value()).isEqualTo("441900");
    assertThat(dongguan.grid().level()).isEqualTo(3);
    assertThat(dongguan.grid().parent()).contains(GridCode.parse("4419"));
    assertThat(r.report().outcome(0).kind()).isEqualTo(FeatureOutcome.Kind.LOADED);
  }

  @Test
  void aParentIsCheckedAgainstTheCodesOwnPrefix() {
    GeoJsonReader reader = RealData.vonngReader().withLenient(true);
    GeoJsonResult r = reader.read(collection(
        feature("\"adcode\":\"110105\",\"parent\":\"110100\"", polygon(SQUARE_CW)),
        feature("\"adcode\":\"110106\",\"parent\":\"110000\"", polygon(SQUARE_CW)),
        feature("\"adcode\":\"110107\",\"parent\":\"120100\"", polygon(SQUARE_CW)),
        feature("\"adcode\":\"110000\",\"parent\":\"100000\"", polygon(SQUARE_CW)),
        feature("\"adcode\":\"120000\",\"parent\":\"130000\"", polygon(SQUARE_CW))));
    BoundaryLoadReport report = r.report();
    assertThat(report.outcomes()).extracting(FeatureOutcome::kind).containsExactly(FeatureOutcome.Kind.LOADED,
        FeatureOutcome.Kind.REPARENTED, FeatureOutcome.Kind.REFUSED, FeatureOutcome.Kind.REPARENTED,
        FeatureOutcome.Kind.REFUSED);
    assertThat(report.outcome(1).grid().orElseThrow().parent()).contains(GridCode.parse("1101"));
    assertThat(report.outcome(1).reason()).isEqualTo("the parent property 110000 (11) names an ancestor above the"
        + " code's own parent 1101 (level 2): hung under 1101");
    GeoJsonProblem contradiction = report.outcome(2).problems().get(0);
    assertThat(contradiction.kind()).isEqualTo(Kind.PARENT_CONTRADICTS_CODE);
    assertThat(contradiction.path()).isEqualTo("features[2].properties.parent");
    assertThat(contradiction.code()).contains("110107");
    assertThat(contradiction.value()).isEqualTo("120100");
    assertThat(contradiction.rule()).isEqualTo("the parent 120100 (1201) is not a prefix of the code 110107: a grid's"
        + " code begins with its parent's; its own parent is 1101");
    assertThat(report.outcome(3).grid().orElseThrow().parent()).isEmpty();
    assertThat(report.outcome(3).reason()).contains("the country");
    assertThat(report.outcome(4).problems().get(0).rule()).contains("a grid at the root level 1 has no parent");
    assertThatThrownBy(() -> RealData.vonngReader().read(collection(feature("\"adcode\":\"110107\",\"parent\":"
        + "\"120100\"", polygon(SQUARE_CW))))).isInstanceOf(InvalidGeoJsonException.class)
        .hasMessageContaining("features[0].properties.parent").hasMessageContaining("110107")
        .hasMessageContaining("120100").hasMessageContaining("PARENT_CONTRADICTS_CODE");
  }

  private static final String[] COUNTIES_AND_DONGGUAN = {
      feature("\"adcode\":\"440103\",\"level\":\"county\",\"parent\":\"440100\"", polygon(SQUARE_CW)),
      feature("\"adcode\":\"440104\",\"level\":\"county\",\"parent\":\"440100\"", polygon(SQUARE_CCW)),
      feature("\"adcode\":\"441900\",\"name\":\"东莞市\",\"level\":\"city\",\"parent\":\"440000\"",
          polygon("[[118,39],[119,39],[119,40],[118,40],[118,39]]"))};

  @Test
  void aCityWithoutCountiesAmongCountiesLoadsAsACountyLevelGridUnderItsCity() {
    GeoJsonResult r = readDivisions(COUNTIES_AND_DONGGUAN);
    GridBoundary dongguan = r.orThrow().find(GridCode.parse("441900")).orElseThrow();
    assertThat(dongguan.grid().level()).isEqualTo(3);
    assertThat(dongguan.grid().parent()).contains(GridCode.parse("4419"));
    assertThat(dongguan.grid().name()).isEqualTo("东莞市");
    FeatureOutcome o = r.report().outcome(2);
    assertThat(o.kind()).isEqualTo(FeatureOutcome.Kind.RELEVELLED);
    assertThat(o.code()).contains("441900");
    assertThat(o.levelRead()).contains(2);
    assertThat(o.grid().orElseThrow().level()).isEqualTo(3);
    assertThat(o.reason()).isEqualTo("a level-2 division without any level-3 feature below it, in a file that reaches"
        + " level 3 (不设区的市, like 东莞 441900 among counties): loaded as the level-3 grid 441900 under 4419");
    assertThat(r.report().summary()).isEqualTo("3 features: 2 loaded, 1 re-levelled, 0 re-parented, 0 refused");
    // the tree gets the city level from the code, and a locator of the county level finds 东莞
    GridTree tree = r.boundaries().toTreeAddingAncestors(RealData.countyScheme());
    assertThat(tree.node(GridCode.parse("441900")).parent().orElseThrow().code().value()).isEqualTo("4419");
    GridLocator locator = GridLocator.build(tree, r.boundaries());
    assertThat(locator.locate(118.5, 39.5)).map(n -> n.code().value()).contains("441900");
  }

  @Test
  void aCityWithoutCountiesIsRefusedWithOneLineWhenTheReaderSaysSo() {
    GeoJsonReader refusing = GeoJsonReader.defaults().withCodeProperty("adcode")
        .withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION).withUndividedDivisions(UndividedDivisions.REFUSE);
    assertThatThrownBy(() -> refusing.read(collection(COUNTIES_AND_DONGGUAN)))
        .isInstanceOfSatisfying(InvalidGeoJsonException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Kind.UNDIVIDED_DIVISION);
            assertThat(q.featureIndex()).isEqualTo(2);
            assertThat(q.path()).isEqualTo("features[2].properties.adcode");
          });
          assertThat(e.getMessage()).doesNotContain("\n").contains("features[2]").contains("441900")
              .contains("UndividedDivisions.REFUSE");
        });
    GeoJsonResult lenient = refusing.withLenient(true).read(collection(COUNTIES_AND_DONGGUAN));
    assertThat(lenient.boundaries().size()).isEqualTo(2);
    assertThat(lenient.report().refused()).singleElement().satisfies(o -> {
      assertThat(o.featureIndex()).isEqualTo(2);
      assertThat(o.problems()).extracting(GeoJsonProblem::kind).containsExactly(Kind.UNDIVIDED_DIVISION);
    });
  }

  @Test
  void codesAsTheyAreAreNeverReLevelled() {
    GeoJsonResult r = GeoJsonReader.defaults().read(collection(
        feature("\"code\":\"1001\",\"level\":2", polygon(SQUARE_CW)),
        feature("\"code\":\"1001001\",\"level\":3", polygon(SQUARE_CW)),
        feature("\"code\":\"1002\",\"level\":2", polygon(SQUARE_CCW))));
    assertThat(r.report().count(FeatureOutcome.Kind.LOADED)).isEqualTo(3);
    assertThat(r.orThrow().find(GridCode.parse("1002")).orElseThrow().grid().level()).isEqualTo(2);
  }

  @Test
  void aDivisionThatCannotTakeTheDeepestLevelsCodeIsRefusedNotDropped() {
    // the standard layout's township segment must be 001–599: a county without townships cannot become 110105000
    GeoJsonReader reader = GeoJsonReader.defaults().withCodeProperty("adcode")
        .withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION).withCodeLayout(CodeLayout.standard())
        .withLenient(true);
    GeoJsonResult r = reader.read(collection(
        feature("\"adcode\":\"110105001000\"", polygon(SQUARE_CW)),
        feature("\"adcode\":\"110106000000\"", polygon(SQUARE_CCW))));
    assertThat(r.report().outcome(1).kind()).isEqualTo(FeatureOutcome.Kind.REFUSED);
    assertThat(r.report().outcome(1).problems().get(0).rule()).contains("cannot become the level-4 grid 110106000");
  }
}

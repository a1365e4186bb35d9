package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.CodeLayout;
import org.gridgov.core.Grid;
import org.gridgov.core.GridCode;
import org.gridgov.geo.testing.FeatureSets;
import org.gridgov.geo.testing.RealData;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The load report accounts for every feature: for generated feature sets, good and hostile, read
 * by every kind of reader, each feature appears exactly once — loaded, re-levelled, re-parented or
 * refused — and the loaded ones are exactly the boundaries returned.
 */
class BoundaryLoadReportTest {
  private static final List<GeoJsonReader> READERS;

  static {
    GeoJsonReader divisions = GeoJsonReader.defaults().withCodeForm(CodeForm.ADMINISTRATIVE_DIVISION);
    List<GeoJsonReader> base = List.of(GeoJsonReader.defaults(), divisions,
        divisions.withCodeLayout(RealData.countyScheme().codeLayout()), divisions.withCodeLayout(CodeLayout.standard()),
        GeoJsonReader.defaults().withCodeLayout(CodeLayout.standard()));
    READERS = new java.util.ArrayList<>();
    for (GeoJsonReader r : base) {
      READERS.add(r.withLenient(true));
      READERS.add(r.withLenient(true).withUndividedDivisions(UndividedDivisions.REFUSE));
    }
  }

  @Test
  void everyFeatureAppearsExactlyOnceAndTheLoadedOnesAreExactlyTheBoundaries() {
    Map<FeatureOutcome.Kind, Integer> seen = new java.util.EnumMap<>(FeatureOutcome.Kind.class);
    qt().withExamples(1_500).forAll(FeatureSets.collections(12), Generate.range(0, READERS.size() - 1))
        .checkAssert((set, which) -> {
          GeoJsonReader reader = READERS.get(which);
          String json = set.json();
          GeoJsonResult r = reader.read(json);
          int features = set.features();
          assertThat(r.featuresSeen()).isEqualTo(features);
          List<FeatureOutcome> outcomes = r.report().outcomes();
          assertThat(outcomes).hasSize(features);
          Map<GridCode, Grid> loaded = new HashMap<>();
          for (int i = 0; i < outcomes.size(); i++) {
            FeatureOutcome o = outcomes.get(i);
            seen.merge(o.kind(), 1, Integer::sum);
            assertThat(o.featureIndex()).isEqualTo(i);
            if (o.kind() == FeatureOutcome.Kind.REFUSED) {
              assertThat(o.problems()).isNotEmpty().allSatisfy(q -> assertThat(q.featureIndex()).isEqualTo(o.featureIndex()));
              assertThat(r.problems()).containsAll(o.problems());
            } else {
              Grid g = o.grid().orElseThrow();
              assertThat(loaded.put(g.code(), g)).isNull();
              assertThat(o.reason().isEmpty()).isEqualTo(o.kind() == FeatureOutcome.Kind.LOADED);
              if (o.kind() == FeatureOutcome.Kind.RELEVELLED) {
                assertThat(reader.codeForm()).isEqualTo(CodeForm.ADMINISTRATIVE_DIVISION);
                assertThat(reader.undividedDivisions()).isEqualTo(UndividedDivisions.LOAD_AT_DEEPEST_LEVEL);
                assertThat(g.level()).isGreaterThan(o.levelRead().orElseThrow());
              }
            }
          }
          Map<GridCode, Grid> boundaries = new HashMap<>();
          r.boundaries().all().forEach(b -> boundaries.put(b.code(), b.grid()));
          assertThat(boundaries).isEqualTo(loaded);
          for (GeoJsonProblem q : r.problems()) {
            if (q.featureIndex() >= 0) {
              assertThat(r.report().outcome(q.featureIndex()).kind()).isEqualTo(FeatureOutcome.Kind.REFUSED);
            }
          }
          // strict reading throws at a problem, or returns what lenient reading returns
          try {
            GeoJsonResult strict = reader.withLenient(false).read(json);
            assertThat(r.isClean()).isTrue();
            assertThat(strict.report()).isEqualTo(r.report());
          } catch (InvalidGeoJsonException e) {
            assertThat(r.problems()).contains(e.problem());
          }
        });
    // the generated sets reach every outcome, so the property says something about each
    System.out.println("[load report property] outcomes " + seen);
    assertThat(seen.keySet()).containsExactlyInAnyOrder(FeatureOutcome.Kind.values());
  }
}

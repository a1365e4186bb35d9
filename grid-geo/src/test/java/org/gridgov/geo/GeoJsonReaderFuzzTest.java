package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.gridgov.core.GridTree;
import org.gridgov.core.InvalidInputException;

/**
 * Hostile input for the GeoJSON reader: any bytes give either boundaries or an
 * {@link InvalidGeoJsonException} (strict), a result with problems (lenient), never another
 * exception or a hang; a feature's problem always refuses that feature in the load report. What is read is then written and read back, and located.
 *
 * <p>The committed inputs in {@code GeoJsonReaderFuzzTestInputs/anyBytesGiveBoundariesOrTypedProblems/}
 * run in the normal suite; {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}.
 */
class GeoJsonReaderFuzzTest {
  @FuzzTest(maxDuration = "12m")
  void anyBytesGiveBoundariesOrTypedProblems(byte[] input) {
    Boundaries strict = null;
    try {
      strict = GeoJsonReader.defaults().read(new ByteArrayInputStream(input)).orThrow();
    } catch (InvalidGeoJsonException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).isNotBlank();
    }
    GeoJsonResult lenient = GeoJsonReader.defaults().withLenient(true).read(new ByteArrayInputStream(input));
    if (strict != null) {
      assertThat(lenient.isClean()).isTrue();
      assertThat(lenient.boundaries().size()).isEqualTo(strict.size());
    } else {
      assertThat(lenient.problems()).isNotEmpty();
    }
    for (GeoJsonProblem q : lenient.problems()) { // a feature's problem always refuses that feature
      if (q.featureIndex() >= 0) {
        assertThat(lenient.report().outcome(q.featureIndex()).kind()).isEqualTo(FeatureOutcome.Kind.REFUSED);
      }
    }
    Boundaries good = lenient.boundaries();
    Boundaries again = GeoJsonReader.defaults().read(GeoJsonWriter.toJson(good)).orThrow();
    assertThat(again.size()).isEqualTo(good.size());
    locateIn(good);
  }

  /** Builds a one-level tree of whatever was read and locates a few points: typed errors only. */
  private static void locateIn(Boundaries boundaries) {
    if (boundaries.size() == 0 || boundaries.size() > 50) {
      return;
    }
    try {
      GridTree tree = boundaries.toTree(org.gridgov.geo.testing.SmallTilings.twoLevels());
      GridLocator locator = GridLocator.build(tree, boundaries);
      var e = boundaries.envelope();
      for (double[] p : new double[][] {{e.getMinX(), e.getMinY()}, {e.centre().x, e.centre().y},
          {e.getMaxX(), e.getMaxY()}}) {
        int ordinal = locator.locateOrdinalIn(boundaries.coordinateSystem(), p[0], p[1]);
        assertThat(ordinal).isBetween(-1, tree.size() - 1);
      }
    } catch (InvalidInputException e) {
      // a tree the scheme rejects, or a point out of range: typed, fine
    }
  }
}

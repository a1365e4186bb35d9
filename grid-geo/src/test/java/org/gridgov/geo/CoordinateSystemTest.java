package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.internal.Spherical;
import org.gridgov.geo.testing.GeoGenerators;
import org.gridgov.geo.testing.RealData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

class CoordinateSystemTest {
  @Test
  void gcj02AndBd09RoundTripUnderOneCentimetreAcrossChina() {
    double worst = 0;
    int n = 0;
    for (double lon = 73.5; lon <= 135.0; lon += 0.25) {
      for (double lat = 18.0; lat <= 53.5; lat += 0.25) {
        for (CoordinateSystem s : List.of(CoordinateSystem.GCJ02, CoordinateSystem.BD09)) {
          LonLat there = CoordinateSystem.WGS84.convert(lon, lat, s);
          LonLat back = s.toWgs84(there.lon(), there.lat());
          worst = Math.max(worst, Spherical.distance(lon, lat, back.lon(), back.lat()));
          LonLat other = s.convert(lon, lat, CoordinateSystem.WGS84);
          LonLat again = CoordinateSystem.WGS84.convert(other.lon(), other.lat(), s);
          worst = Math.max(worst, Spherical.distance(lon, lat, again.lon(), again.lat()));
          n++;
        }
      }
    }
    System.out.printf("[gcj02] %,d round trips, worst %.2e m%n", n, worst);
    assertThat(worst).isLessThan(0.01);
  }

  @Test
  void theGcj02OffsetIsSomeHundredsOfMetresInChinaAndNothingOutside() {
    LonLat tiananmen = CoordinateSystem.WGS84.convert(116.3912, 39.9073, CoordinateSystem.GCJ02);
    double offset = Spherical.distance(116.3912, 39.9073, tiananmen.lon(), tiananmen.lat());
    assertThat(offset).isBetween(300.0, 800.0);
    assertThat(CoordinateSystem.WGS84.convert(2.3522, 48.8566, CoordinateSystem.GCJ02))
        .isEqualTo(new LonLat(2.3522, 48.8566));
    assertThat(CoordinateSystem.GCJ02.convert(-74.0, 40.7, CoordinateSystem.WGS84)).isEqualTo(new LonLat(-74.0, 40.7));
    assertThat(CoordinateSystem.isInChina(116, 40)).isTrue();
    assertThat(CoordinateSystem.isInChina(140, 40)).isFalse();
  }

  @Test
  void garbageCoordinatesGiveTypedErrorsOrPositionsInRange() {
    qt().withExamples(5_000).forAll(GeoGenerators.garbageDoubles(), GeoGenerators.garbageDoubles())
        .checkAssert((x, y) -> {
          boolean valid = x >= -180 && x <= 180 && y >= -90 && y <= 90;
          for (CoordinateSystem from : CoordinateSystem.values()) {
            for (CoordinateSystem to : CoordinateSystem.values()) {
              try {
                LonLat r = from.convert(x, y, to);
                assertThat(valid).isTrue();
                assertThat(r.lon()).isBetween(-180.0, 180.0);
                assertThat(r.lat()).isBetween(-90.0, 90.0);
              } catch (InvalidInputException e) {
                assertThat(valid).isFalse();
              }
            }
          }
        });
    assertThatThrownBy(() -> new LonLat(Double.NaN, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lon");
  }

  /** Median distance from the vertices of a GCJ-02 province to the WGS-84 province's boundary. */
  private static double medianDistance(Geometry vonng, Geometry tianditu) {
    IndexedFacetDistance d = new IndexedFacetDistance(tianditu.getBoundary());
    Coordinate[] cs = vonng.getCoordinates();
    List<Double> metres = new ArrayList<>();
    org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
    for (int i = 0; i < cs.length; i += 7) {
      org.locationtech.jts.geom.Point p = f.createPoint(cs[i]);
      Coordinate[] near = d.nearestPoints(p);
      metres.add(Spherical.distance(near[0].x, near[0].y, near[1].x, near[1].y));
    }
    double[] m = metres.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(m);
    return m[m.length / 2];
  }

  @Test
  void theWgs84ProvincesAndTheConvertedGcj02ProvincesAgreeWithinTheReadmesDistances() {
    Boundaries gcj = RealData.provinces();
    Boundaries wgs = RealData.provincesWgs84();
    Boundaries converted = gcj.convertTo(CoordinateSystem.WGS84);
    // README: median boundary distance 501 → 223 m (北京), 493 → 344 m (重庆), 362 → 286 m (四川)
    double[][] readme = {{11, 501, 223}, {50, 493, 344}, {51, 362, 286}};
    for (double[] row : readme) {
      GridCode code = GridCode.parse(Integer.toString((int) row[0]));
      Geometry truth = wgs.find(code).orElseThrow().geometry();
      double before = medianDistance(gcj.find(code).orElseThrow().geometry(), truth);
      double after = medianDistance(converted.find(code).orElseThrow().geometry(), truth);
      System.out.printf("[provinces] %s: median %.0f m before, %.0f m after conversion (README %.0f -> %.0f)%n",
          code, before, after, row[1], row[2]);
      assertThat(after).isLessThan(before);
      assertThat(before).isBetween(row[1] * 0.75, row[1] * 1.25);
      assertThat(after).isBetween(row[2] * 0.75, row[2] * 1.25);
    }
  }
}

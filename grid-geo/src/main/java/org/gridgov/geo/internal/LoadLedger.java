package org.gridgov.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.geo.Boundaries;
import org.gridgov.geo.BoundaryLoadReport;
import org.gridgov.geo.CoordinateSystem;
import org.gridgov.geo.FeatureOutcome;
import org.gridgov.geo.GeoJsonProblem;
import org.gridgov.geo.GeoJsonProblem.Kind;
import org.gridgov.geo.GeoJsonResult;
import org.gridgov.geo.GridBoundary;
import org.locationtech.jts.geom.Geometry;

/**
 * What the parser did with each feature, in file order: the kept features with their geometry
 * (until the end of the file, when divisions without subdivisions are re-levelled or refused) and
 * the refused ones with their problems. Every feature seen gets exactly one outcome.
 */
final class LoadLedger {
  /** A feature kept so far: its outcome (not refused) and its geometry. */
  record Kept(FeatureOutcome outcome, Geometry geometry) {
    Grid grid() {
      return outcome.grid().orElseThrow();
    }
  }

  private final List<Object> byIndex = new ArrayList<>(); // Kept or FeatureOutcome (refused), or null

  /** Keeps feature {@code index}, loaded as written or re-parented ({@code reason} non-empty). */
  void keep(int index, Optional<String> code, Grid grid, int levelRead, String reason, Geometry geometry) {
    FeatureOutcome o = reason.isEmpty() ? FeatureOutcome.loaded(index, code, grid, levelRead)
        : new FeatureOutcome(index, code, FeatureOutcome.Kind.REPARENTED, Optional.of(grid), Optional.of(levelRead),
            reason, List.of());
    put(index, new Kept(o, geometry));
  }

  /** Refuses feature {@code index} for {@code problems} (at least one). */
  void refuse(int index, Optional<String> code, Optional<Integer> levelRead, List<GeoJsonProblem> problems) {
    put(index, FeatureOutcome.refused(index, code, levelRead, problems));
  }

  /** Replaces a kept feature's outcome (re-levelled, or refused after reading). */
  void replace(int index, FeatureOutcome outcome, Geometry geometry) {
    byIndex.set(index, outcome.isLoaded() ? new Kept(outcome, geometry) : outcome);
  }

  /** The kept features, in file order. */
  List<Kept> kept() {
    List<Kept> out = new ArrayList<>();
    for (Object o : byIndex) {
      if (o instanceof Kept) {
        out.add((Kept) o);
      }
    }
    return out;
  }

  boolean has(int index) {
    return index < byIndex.size() && byIndex.get(index) != null;
  }

  private void put(int index, Object outcome) {
    while (byIndex.size() <= index) {
      byIndex.add(null);
    }
    byIndex.set(index, outcome);
  }

  /**
   * The result: a feature seen but given no outcome (reading stopped inside it) is refused for
   * the problems recorded at its index, or for a problem added to {@code problems} saying so.
   */
  GeoJsonResult result(CoordinateSystem system, List<GeoJsonProblem> problems, int featuresSeen) {
    List<FeatureOutcome> outcomes = new ArrayList<>(featuresSeen);
    List<GridBoundary> boundaries = new ArrayList<>();
    for (int i = 0; i < featuresSeen; i++) {
      Object o = i < byIndex.size() ? byIndex.get(i) : null;
      if (o instanceof Kept) {
        Kept k = (Kept) o;
        outcomes.add(k.outcome());
        boundaries.add(GridBoundary.of(k.grid(), k.geometry()));
      } else if (o != null) {
        outcomes.add((FeatureOutcome) o);
      } else {
        outcomes.add(FeatureOutcome.refused(i, Optional.empty(), Optional.empty(), problemsOf(i, problems)));
      }
    }
    return new GeoJsonResult(Boundaries.of(system, boundaries), problems, new BoundaryLoadReport(outcomes));
  }

  private static List<GeoJsonProblem> problemsOf(int index, List<GeoJsonProblem> problems) {
    List<GeoJsonProblem> mine = new ArrayList<>();
    for (GeoJsonProblem q : problems) {
      if (q.featureIndex() == index) {
        mine.add(q);
      }
    }
    if (mine.isEmpty()) {
      GeoJsonProblem stopped = new GeoJsonProblem(Kind.MALFORMED_JSON, index, Optional.empty(),
          "features[" + index + "]", "", "reading stopped before the end of this feature");
      problems.add(stopped);
      mine.add(stopped);
    }
    return mine;
  }
}

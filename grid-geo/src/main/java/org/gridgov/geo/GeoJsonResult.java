package org.gridgov.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * What a {@link GeoJsonReader} read (GeoJSON 读取结果): the boundaries of every loaded feature, the
 * problems of the refused ones (lenient mode) and the {@link BoundaryLoadReport} that says, for
 * every feature, whether it was loaded, re-levelled, re-parented or refused.
 *
 * @param boundaries the boundaries of the loaded features: exactly the grids of the report's
 *     outcomes that are not refused
 * @param problems every problem found, in file order, then those found after reading (divisions
 *     without subdivisions); empty in strict mode (which throws instead)
 * @param report what was done with every feature
 */
public record GeoJsonResult(Boundaries boundaries, List<GeoJsonProblem> problems, BoundaryLoadReport report) {
  public GeoJsonResult {
    if (boundaries == null || problems == null || report == null) {
      throw new MissingValueException(boundaries == null ? "boundaries" : problems == null ? "problems" : "report");
    }
    problems = List.copyOf(problems);
    Set<GridCode> loaded = new HashSet<>();
    for (FeatureOutcome o : report.outcomes()) {
      if (o.grid().isPresent()) {
        GridCode code = o.grid().get().code();
        if (!loaded.add(code) || boundaries.find(code).isEmpty()
            || !boundaries.find(code).get().grid().equals(o.grid().get())) {
          throw new InvalidInputException("report.outcomes[" + o.featureIndex() + "].grid", code.value(),
              "every loaded feature has its own boundary, with the same grid");
        }
      }
    }
    if (loaded.size() != boundaries.size()) {
      throw new InvalidInputException("boundaries", Integer.toString(boundaries.size()),
          "must be the " + loaded.size() + " loaded features of the report");
    }
  }

  /** How many features the file had (up to where reading stopped). */
  public int featuresSeen() {
    return report.featuresSeen();
  }

  /** True when nothing was wrong. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The boundaries when nothing was wrong.
   *
   * @throws InvalidGeoJsonException listing every problem otherwise
   */
  public Boundaries orThrow() {
    if (!problems.isEmpty()) {
      throw new InvalidGeoJsonException(problems);
    }
    return boundaries;
  }
}

package org.gridgov.geo;

import org.gridgov.core.MissingValueException;
import java.util.List;

/**
 * What a {@link GeoJsonReader} read: the boundaries of every good feature and, in lenient mode,
 * the problems of the bad ones (GeoJSON 读取结果).
 *
 * @param boundaries the features that were read without problem
 * @param problems every problem found, in file order; empty in strict mode (which throws instead)
 * @param featuresSeen how many features the file had (up to where reading stopped)
 */
public record GeoJsonResult(Boundaries boundaries, List<GeoJsonProblem> problems, int featuresSeen) {
  public GeoJsonResult {
    if (boundaries == null || problems == null) {
      throw new MissingValueException(boundaries == null ? "boundaries" : "problems");
    }
    if (featuresSeen < 0) {
      throw new org.gridgov.core.InvalidInputException("featuresSeen", Integer.toString(featuresSeen), "must be >= 0");
    }
    problems = List.copyOf(problems);
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

package org.gridgov.geo;

import java.util.List;
import org.gridgov.core.InvalidInputException;

/**
 * GeoJSON that cannot be read (GeoJSON 不合法): the message names the feature index, its code when
 * known, the path and the rule of the first problem; {@link #problems()} lists all that were
 * collected (one in strict mode).
 */
public final class InvalidGeoJsonException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<GeoJsonProblem> problems;

  public InvalidGeoJsonException(List<GeoJsonProblem> problems) {
    super(problems.get(0).path() + problems.get(0).code().map(c -> " (code " + c + ")").orElse(""),
        problems.get(0).value(),
        problems.get(0).kind() + ": " + problems.get(0).rule()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
    this.problems = List.copyOf(problems);
  }

  /** The first problem. */
  public GeoJsonProblem problem() {
    return problems.get(0);
  }

  /** Every problem collected. */
  public List<GeoJsonProblem> problems() {
    return problems;
  }

  /** The index of the first problem's feature, -1 for the file as a whole. */
  public int featureIndex() {
    return problems.get(0).featureIndex();
  }
}

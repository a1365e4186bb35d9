package org.gridgov.geo;

import org.gridgov.core.MissingValueException;
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

  /**
   * An exception for {@code problems}, named by the first.
   *
   * @throws MissingValueException when {@code problems} is null or empty
   */
  public InvalidGeoJsonException(List<GeoJsonProblem> problems) {
    super(first(problems).path() + first(problems).code().map(c -> " (code " + c + ")").orElse(""),
        first(problems).value(),
        first(problems).kind() + ": " + first(problems).rule()
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
    this.problems = List.copyOf(problems);
  }

  private static GeoJsonProblem first(List<GeoJsonProblem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new MissingValueException("problems");
    }
    return problems.get(0);
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

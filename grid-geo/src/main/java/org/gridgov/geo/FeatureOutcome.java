package org.gridgov.geo;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.Grid;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * What a {@link GeoJsonReader} did with one feature of a file (要素载入结果): loaded as the file
 * says, re-levelled, re-parented, or refused, and why.
 *
 * @param featureIndex the feature's index in the file's {@code features} array
 * @param code the feature's code as written in the file, when it had one
 * @param kind what was done
 * @param grid the grid as loaded (code, level, parent); empty when refused
 * @param levelRead the level the file gave or the code implied, before any re-levelling; empty
 *     when it could not be read
 * @param reason why it was re-levelled, re-parented or refused; empty when loaded as written
 * @param problems the problems that refused it (lenient reading); empty otherwise
 */
public record FeatureOutcome(int featureIndex, Optional<String> code, Kind kind, Optional<Grid> grid,
    Optional<Integer> levelRead, String reason, List<GeoJsonProblem> problems) {

  /** What the reader did with a feature. */
  public enum Kind {
    /** Loaded as the file says. */
    LOADED,
    /**
     * Loaded at another level than the file says: a division without subdivisions among deeper
     * features, such as 东莞 441900 among a county file's counties (see {@link UndividedDivisions}).
     */
    RELEVELLED,
    /**
     * Loaded under another parent than the file's parent property: the property named an ancestor
     * above the code's own parent (a municipality's district with the province as parent hangs
     * under the code's 市辖区 level, 110105 under 1101), or a root named a parent outside the tree.
     */
    REPARENTED,
    /** Not loaded: {@link #problems()} says why. */
    REFUSED
  }

  public FeatureOutcome {
    if (code == null || kind == null || grid == null || levelRead == null || reason == null || problems == null) {
      throw new MissingValueException(code == null ? "code" : kind == null ? "kind" : grid == null ? "grid"
          : levelRead == null ? "levelRead" : reason == null ? "reason" : "problems");
    }
    if (featureIndex < 0) {
      throw new InvalidInputException("featureIndex", Integer.toString(featureIndex), "must be >= 0");
    }
    if ((kind == Kind.REFUSED) == grid.isPresent()) {
      throw new InvalidInputException("grid", grid.map(g -> g.code().value()).orElse("none"),
          "a refused feature has no grid, every other one has its grid");
    }
    if (kind != Kind.LOADED && reason.isBlank()) {
      throw new InvalidInputException("reason", reason, "a " + kind + " feature says why");
    }
    problems = List.copyOf(problems);
  }

  /** A feature loaded as written. */
  public static FeatureOutcome loaded(int featureIndex, Optional<String> code, Grid grid, int levelRead) {
    return new FeatureOutcome(featureIndex, code, Kind.LOADED, Optional.of(grid), Optional.of(levelRead), "",
        List.of());
  }

  /** A feature refused for {@code problems}, the first of which gives the reason. */
  public static FeatureOutcome refused(int featureIndex, Optional<String> code, Optional<Integer> levelRead,
      List<GeoJsonProblem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new MissingValueException("problems");
    }
    GeoJsonProblem first = problems.get(0);
    return new FeatureOutcome(featureIndex, code, Kind.REFUSED, Optional.empty(), levelRead,
        first.kind() + " at " + first.path() + ": " + first.rule(), problems);
  }

  /** True unless refused. */
  public boolean isLoaded() {
    return kind != Kind.REFUSED;
  }

  @Override
  public String toString() {
    return "features[" + featureIndex + "]" + code.map(c -> " (code " + c + ")").orElse("") + ": " + kind
        + grid.map(g -> " as " + g.code() + " at level " + g.level()
            + g.parent().map(p -> " under " + p).orElse("")).orElse("")
        + (reason.isEmpty() ? "" : " — " + reason);
  }
}

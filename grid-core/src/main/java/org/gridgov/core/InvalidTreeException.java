package org.gridgov.core;

import java.util.List;

/**
 * Grids that do not form a valid tree (网格树不合法); nothing was built. {@link #problems()}
 * lists every problem of the first failing check (up to a limit), {@link #kind()} is the
 * first one's kind and the message names its grid, field, value and rule.
 */
public final class InvalidTreeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<TreeProblem> problems;
  private final int total;

  /**
   * @param problems the problems kept, at least one
   * @param total how many were found, at least as many as kept
   * @throws InvalidInputException when there is no problem, a null one, or a total below their number
   */
  public InvalidTreeException(List<TreeProblem> problems, int total) {
    this(first(problems, total), problems, total);
  }

  private InvalidTreeException(TreeProblem first, List<TreeProblem> problems, int total) {
    super("grids[" + first.code() + "]." + first.field(), first.value(),
        first.kind() + ": " + first.detail() + (total > 1 ? " (and " + (total - 1) + " more problems)" : ""));
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  private static TreeProblem first(List<TreeProblem> problems, int total) {
    if (problems == null) {
      throw new MissingValueException("problems");
    }
    if (problems.isEmpty()) {
      throw new InvalidInputException("problems", "[]", "an invalid tree has at least one problem");
    }
    for (int i = 0; i < problems.size(); i++) {
      if (problems.get(i) == null) {
        throw new MissingValueException("problems[" + i + "]");
      }
    }
    if (total < problems.size()) {
      throw new InvalidInputException("total", Integer.toString(total),
          "must be at least the number of problems given (" + problems.size() + ")");
    }
    return problems.get(0);
  }

  /** The kind of the first problem. */
  public TreeProblem.Kind kind() {
    return problems.get(0).kind();
  }

  /** The problems found (at most a few hundred are kept). */
  public List<TreeProblem> problems() {
    return problems;
  }

  /** How many problems were found in all. */
  public int total() {
    return total;
  }
}

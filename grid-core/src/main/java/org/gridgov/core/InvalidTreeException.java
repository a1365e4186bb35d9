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

  public InvalidTreeException(List<TreeProblem> problems, int total) {
    super("grids[" + problems.get(0).code() + "]." + problems.get(0).field(), problems.get(0).value(),
        problems.get(0).kind() + ": " + problems.get(0).detail()
            + (total > 1 ? " (and " + (total - 1) + " more problems)" : ""));
    this.problems = List.copyOf(problems);
    this.total = total;
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

package org.gridgov.scoring;

import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * One review of the rhythm (调度安排): what kind, who holds it, over which grid's subtree, and how
 * many working days after its period it is due — 0 means by the period's last working day.
 *
 * @param kind the review and so its period kind
 * @param holder who holds it, for example 荷城社区大党委
 * @param grid the grid whose subtree it reviews
 * @param graceWorkingDays working days after the period's last day by whose end it is due (0 to 30)
 */
public record ReviewSchedule(ReviewKind kind, String holder, GridCode grid, int graceWorkingDays) {
  public ReviewSchedule {
    if (kind == null || holder == null || grid == null) {
      throw new MissingValueException(kind == null ? "kind" : holder == null ? "holder" : "grid");
    }
    if (holder.isBlank()) {
      throw new InvalidInputException("holder", holder, "a review names who holds it");
    }
    if (graceWorkingDays < 0 || graceWorkingDays > 30) {
      throw new InvalidInputException("graceWorkingDays", Integer.toString(graceWorkingDays), "must lie between 0 and 30");
    }
  }
}

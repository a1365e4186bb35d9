package org.gridgov.scoring;

import java.util.OptionalInt;
import org.gridgov.core.MissingValueException;

/**
 * One grid worker's month (网格员月度积分与排名): their assessment — the points they earned, the
 * figures of their grids, their composite score — and their place in the month's ranking of the
 * roster's grid workers.
 *
 * @param assessment the worker's assessment
 * @param ranked the worker's line of the ranking
 */
public record WorkerStanding(WorkerAssessment assessment, Ranked ranked) {
  public WorkerStanding {
    if (assessment == null || ranked == null) {
      throw new MissingValueException(assessment == null ? "assessment" : "ranked");
    }
    if (!assessment.worker().equals(ranked.subject())) {
      throw new org.gridgov.core.InvalidInputException("ranked", ranked.subject().toString(),
          "must be the line of " + assessment.worker());
    }
  }

  /** The points the worker earned in the month (积分). */
  public long points() {
    return assessment.points();
  }

  /** The worker's place, 1 for the best (equal scores share it); empty when unscored. */
  public OptionalInt rank() {
    return ranked.rank();
  }
}

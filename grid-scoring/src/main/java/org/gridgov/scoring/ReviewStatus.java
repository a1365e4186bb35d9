package org.gridgov.scoring;

import java.util.Optional;
import org.gridgov.core.MissingValueException;

/**
 * Where a review stands at an instant (调度状态): held on time or late, still open, or missed.
 *
 * @param occurrence the review
 * @param state its state
 * @param record the record, once held
 */
public record ReviewStatus(ReviewOccurrence occurrence, State state, Optional<ReviewRecord> record) {
  /** The states of a review. */
  public enum State {
    /** 已召开: held by its due instant. */
    HELD,
    /** 逾期召开: held after its due instant. */
    HELD_LATE,
    /** 待召开: its period has begun and it is not due yet. */
    OPEN,
    /** 未召开: its due instant passed and it was not held. */
    MISSED
  }

  public ReviewStatus {
    if (occurrence == null || state == null || record == null) {
      throw new MissingValueException("status");
    }
  }
}

package org.gridgov.scoring;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.MissingValueException;

/**
 * That a review happened (调度记录): which one, who chaired it, when, whether late, what its agenda
 * held and the minutes.
 *
 * @param occurrence the review
 * @param chair the id of the principal who chaired it
 * @param heldAt when it was held
 * @param late true when held after its due instant
 * @param openItems the open items on its agenda
 * @param overdueItems the period's overdue items on its agenda
 * @param minutes the minutes, if recorded
 */
public record ReviewRecord(ReviewOccurrence occurrence, String chair, Instant heldAt, boolean late, int openItems,
    int overdueItems, Optional<String> minutes) {
  public ReviewRecord {
    if (occurrence == null || chair == null || heldAt == null || minutes == null) {
      throw new MissingValueException("record");
    }
  }
}

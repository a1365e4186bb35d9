package org.gridgov.scoring;

import java.time.Instant;
import java.util.List;
import org.gridgov.core.MissingValueException;

/**
 * A step an accountability case reached (已达层级), when and why, with the events as evidence.
 *
 * @param step 催办, 督办, 通报 or 问责
 * @param at when it was first reached
 * @param why in words
 * @param evidence the events that reached it
 */
public record StepReached(AccountabilityStep step, Instant at, String why, List<EventRef> evidence) {
  public StepReached {
    if (step == null || at == null || why == null || evidence == null) {
      throw new MissingValueException("stepReached");
    }
    evidence = List.copyOf(evidence);
  }
}

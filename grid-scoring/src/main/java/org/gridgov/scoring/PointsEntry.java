package org.gridgov.scoring;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.MissingValueException;

/**
 * One line of the points ledger (积分台账条目). Entries are never changed or removed; a correction
 * is a new {@link EntryKind#REVERSAL} or {@link EntryKind#APPEAL} entry that
 * {@link #compensates()} an earlier one.
 *
 * @param id the entry's number in the ledger, from 1
 * @param person whose points
 * @param kind award (by a rule), reversal or appeal
 * @param outcome what for (for compensations: the original's outcome)
 * @param points the points booked (after any cap)
 * @param requested the points the rule asked for before caps (equal to {@code points} when not capped)
 * @param source the ticket event or visit behind it (for compensations: the original's)
 * @param matterType the ticket's matter type, for ticket sources
 * @param at when it counts: the event's or visit's instant, or the decision's for compensations
 * @param compensates the entry a reversal or appeal compensates
 * @param note why, in words (the rule, the cap, the appeal's reason)
 */
public record PointsEntry(long id, String person, EntryKind kind, PointsOutcome outcome, int points, int requested,
    PointsSource source, Optional<String> matterType, Instant at, Optional<Long> compensates, String note) {
  public PointsEntry {
    if (person == null) {
      throw new MissingValueException("person");
    }
    if (kind == null) {
      throw new MissingValueException("kind");
    }
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    if (source == null) {
      throw new MissingValueException("source");
    }
    if (matterType == null) {
      throw new MissingValueException("matterType");
    }
    if (at == null) {
      throw new MissingValueException("at");
    }
    if (compensates == null) {
      throw new MissingValueException("compensates");
    }
    if (note == null) {
      throw new MissingValueException("note");
    }
  }

  /** True when a cap cut the points below what the rule asked for. */
  public boolean capped() {
    return points != requested;
  }
}

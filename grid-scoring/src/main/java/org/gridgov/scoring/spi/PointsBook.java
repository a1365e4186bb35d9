package org.gridgov.scoring.spi;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.scoring.PointsEntry;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsSource;

/**
 * One atomic unit of ledger work for one person (积分记账单元), handed out by
 * {@link PointsStore#atomically}: what the unit reads stays true until it ends, for every unit of the
 * same person, in every process sharing the store.
 */
public interface PointsBook {
  /**
   * The award booked under the key (source, outcome, party): {@code party} is the person, or
   * {@code ""} for the outcomes booked once per source ({@link PointsOutcome#onePartyPerSource()});
   * see {@link PointsStore#party}.
   */
  Optional<PointsEntry> award(PointsSource source, PointsOutcome outcome, String party);

  /** The points of the person's positive awards whose instant lies in {@code [from, to)}: what caps count. */
  long awarded(String person, Instant from, Instant to);

  /** The sum of the compensations (reversals and appeals) of entry {@code entryId} so far. */
  long compensated(long entryId);

  /**
   * Appends {@code entry} with the next number (the entry's own id is ignored) and returns it
   * numbered; empty, appending nothing, when the entry is an award whose key another unit booked
   * meanwhile (a unique key in a database). Compensations always append.
   */
  Optional<PointsEntry> append(PointsEntry entry);
}

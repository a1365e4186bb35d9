package org.gridgov.scoring.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.EntryKind;
import org.gridgov.scoring.PointsEntry;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsSource;

/**
 * Where a {@link org.gridgov.scoring.PointsLedger} keeps its entries (积分台账存储): append-only,
 * numbered from 1 in booking order. The ledger runs each change as one
 * {@link #atomically atomic unit per person}, so that caps are counted right when several
 * processes book for the same person; and every award carries a key — (source, outcome, party),
 * see {@link #party} — that the store keeps unique (in a database a unique index), so that two
 * processes awarding the same ticket at once book it once.
 *
 * <p>Instants are compared as given: {@code [from, to)} holds the entries with
 * {@code from <= at < to}. Implementations are thread-safe.
 */
public interface PointsStore {
  /**
   * Runs {@code work} as one atomic unit for {@code person}: no other unit of the same person runs
   * between its reads and its appends, and when it throws nothing it appended stays.
   */
  <T> T atomically(String person, Function<PointsBook, T> work);

  /** The entry with this number. */
  Optional<PointsEntry> entry(long id);

  /** Every entry in booking order. Unmodifiable. */
  List<PointsEntry> entries();

  /** A person's entries in booking order. Unmodifiable. */
  List<PointsEntry> entries(String person);

  /** The number of entries. */
  long size();

  /** The award booked under the key (source, outcome, party), as {@link PointsBook#award}. */
  Optional<PointsEntry> award(PointsSource source, PointsOutcome outcome, String party);

  /** The first award booked for the source (whatever the version) and outcome, whoever the person. */
  Optional<PointsEntry> booking(PointsSource source, PointsOutcome outcome);

  /** The sum of all of a person's entries. */
  long balance(String person);

  /** The sum of the entries of {@code persons} (a worker, or a department's staff) dated in {@code [from, to)}. */
  long total(Collection<String> persons, Instant from, Instant to);

  /** For every person with an entry, the sum of their entries dated in {@code [from, to)}. Sorted, unmodifiable. */
  Map<String, Long> balances(Instant from, Instant to);

  /** Every person with an entry, sorted. Unmodifiable. */
  SortedSet<String> persons();

  /**
   * The party part of an award's key: {@code ""} for the outcomes booked once per source whoever the
   * person ({@link PointsOutcome#onePartyPerSource()}), the person for the others.
   */
  static String party(PointsOutcome outcome, String person) {
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    if (person == null) {
      throw new MissingValueException("person");
    }
    return outcome.onePartyPerSource() ? "" : person;
  }

  /** True for an entry that carries an award key: an award, not a compensation. */
  static boolean isAward(PointsEntry entry) {
    return entry.kind() == EntryKind.AWARD;
  }
}

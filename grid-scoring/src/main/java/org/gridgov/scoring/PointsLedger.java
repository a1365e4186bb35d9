package org.gridgov.scoring;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.gridgov.core.ConflictException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;
import org.gridgov.scoring.spi.InMemoryPointsStore;
import org.gridgov.scoring.spi.PointsBook;
import org.gridgov.scoring.spi.PointsStore;

/**
 * The points ledger (积分台账): an append-only list of entries per person. Nothing is ever edited
 * or removed; a correction is a compensating entry ({@link #reverse}, {@link #appeal}) that names
 * the entry it compensates. A person's balance is always the sum of their entries.
 *
 * <p>Awards are idempotent: the same (source, outcome, person) — for tickets, the ticket id
 * whatever the event version — is booked at most once, so feeding the same event twice, or two
 * events of the same outcome, books nothing more. The outcomes whose party is whoever holds the
 * ticket — {@link PointsOutcome#REWORK}, {@link PointsOutcome#ON_TIME_HANDLING} and
 * {@link PointsOutcome#OVERDUE} (see {@link PointsOutcome#onePartyPerSource()}) — are booked at
 * most once per (ticket, outcome): the same person again books nothing more, another person is
 * refused with a {@link ConflictException} naming the person booked ({@link #booking} tells who).
 * The {@link PointsAwarder} treats such a ticket as done, so a second handler of a reworked
 * ticket, a ticket overdue again after an extension, or the same events re-run with a roster
 * naming a new grid worker book nothing more.
 * Positive awards are cut to the rules' daily and monthly caps (in the ledger's zone, by the
 * award's instant); the entry keeps the points asked for and the points booked. Compensations do
 * not give back cap room.
 *
 * <p>Thread-safe. The entries live in a {@link PointsStore}: in memory by default, or in a
 * database shared by several service instances (grid-store-jdbc), where one table's unique key on
 * (source, outcome, party) enforces idempotency and whose {@code compensates} column references the
 * entry compensated; see {@code docs/scoring.md}. Every change is one atomic unit of the store for
 * the person booked, so caps hold across instances too.
 */
public final class PointsLedger {
  private final PointsRules rules;
  private final ZoneId zone;
  private final PointsStore store;

  private PointsLedger(PointsRules rules, ZoneId zone, PointsStore store) {
    this.rules = rules;
    this.zone = zone;
    this.store = store;
  }

  /** An empty ledger in memory capping awards by {@code rules}, days and months in Asia/Shanghai. */
  public static PointsLedger create(PointsRules rules) {
    return create(rules, ScoringPeriod.CHINA);
  }

  /** An empty ledger in memory capping awards by {@code rules}, days and months in {@code zone}. */
  public static PointsLedger create(PointsRules rules, ZoneId zone) {
    return create(rules, zone, new InMemoryPointsStore());
  }

  /**
   * A ledger keeping its entries in {@code store} (which may already hold entries), capping awards by
   * {@code rules}, days and months in {@code zone}.
   */
  public static PointsLedger create(PointsRules rules, ZoneId zone, PointsStore store) {
    if (rules == null) {
      throw new MissingValueException("rules");
    }
    if (zone == null) {
      throw new MissingValueException("zone");
    }
    if (store == null) {
      throw new MissingValueException("store");
    }
    return new PointsLedger(rules, zone, store);
  }

  /** The rules whose caps apply. */
  public PointsRules rules() {
    return rules;
  }

  /** The zone days and months are reckoned in. */
  public ZoneId zone() {
    return zone;
  }

  /** Where the entries are kept. */
  public PointsStore store() {
    return store;
  }

  /**
   * Books {@code points} for {@code outcome} to {@code person}, unless the same source, outcome
   * and person was booked before.
   *
   * @return the entry, or empty when already booked
   * @throws InvalidInputException for a blank person, points of the wrong sign or size, or an
   *     instant outside the calendar ({@code Instant.MAX})
   * @throws ConflictException for an outcome of {@link PointsOutcome#onePartyPerSource() one party
   *     per ticket} whose source (whatever the version) is booked to another person
   */
  public Optional<PointsEntry> award(String person, PointsOutcome outcome, PointsSource source, int points,
      Optional<String> matterType, Instant at, String note) {
    return award(person, outcome, source, points, matterType, at, note, true);
  }

  /**
   * {@link #award}, but when {@code refuseOtherPerson} is false a source and outcome of one party
   * per ticket already booked to another person books nothing (empty) instead of a conflict: for
   * the {@link PointsAwarder}, which treats it as a repeat.
   */
  Optional<PointsEntry> award(String person, PointsOutcome outcome, PointsSource source, int points,
      Optional<String> matterType, Instant at, String note, boolean refuseOtherPerson) {
    if (person == null) {
      throw new MissingValueException("person");
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
    if (note == null) {
      throw new MissingValueException("note");
    }
    if (person.isBlank()) {
      throw new InvalidInputException("person", person, "must not be blank");
    }
    if (outcome.isPenalty() ? points > 0 : points < 0) {
      throw new InvalidInputException("points", Integer.toString(points), outcome + (outcome.isPenalty()
          ? " is a penalty: 0 or negative points" : " is an award: 0 or positive points"));
    }
    if (Math.abs((long) points) > PointsRules.MAX_POINTS) {
      throw new InvalidInputException("points", Integer.toString(points), "at most " + PointsRules.MAX_POINTS + " points an entry");
    }
    if (outcome.aboutTickets() != (source.kind() == PointsSource.Kind.TICKET)) {
      throw new InvalidInputException("source", source.toString(), outcome + (outcome.aboutTickets()
          ? " is about a ticket event" : " is about a visit"));
    }
    LocalDate date;
    try {
      date = LocalDate.ofInstant(at, zone);
    } catch (DateTimeException e) {
      throw new InvalidInputException("at", at.toString(), "must fall on a date from " + LocalDate.MIN + " to " + LocalDate.MAX
          + " in " + zone, e);
    }
    Instant dayStart = date.atStartOfDay(zone).toInstant();
    Instant dayEnd = startOf(date.equals(LocalDate.MAX) ? null : date.plusDays(1));
    LocalDate firstOfMonth = date.withDayOfMonth(1);
    Instant monthStart = firstOfMonth.atStartOfDay(zone).toInstant();
    Instant monthEnd = startOf(firstOfMonth.getYear() == LocalDate.MAX.getYear() && firstOfMonth.getMonthValue() == 12
        ? null : firstOfMonth.plusMonths(1));
    String party = PointsStore.party(outcome, person);
    return store.atomically(person, book -> {
      Optional<PointsEntry> before = book.award(source, outcome, party);
      if (before.isPresent()) {
        return repeat(before.get(), person, outcome, source, refuseOtherPerson);
      }
      int booked = points;
      String why = note;
      if (points > 0) {
        long day = book.awarded(person, dayStart, dayEnd);
        long month = book.awarded(person, monthStart, monthEnd);
        if (rules.dailyCap().isPresent()) {
          booked = (int) Math.min(booked, Math.max(0, rules.dailyCap().getAsInt() - day));
        }
        if (rules.monthlyCap().isPresent()) {
          booked = (int) Math.min(booked, Math.max(0, rules.monthlyCap().getAsInt() - month));
        }
        if (booked != points) {
          why = note + "; capped from " + points + " to " + booked + " (daily cap "
              + rules.dailyCap().orElse(-1) + ", monthly cap " + rules.monthlyCap().orElse(-1) + ")";
        }
      }
      Optional<PointsEntry> e = book.append(new PointsEntry(0, person, EntryKind.AWARD, outcome, booked, points, source,
          matterType, at, Optional.empty(), why));
      if (e.isEmpty()) {
        // another process booked the key between our read and our append: its entry stands
        return repeat(book.award(source, outcome, party).orElseThrow(), person, outcome, source, refuseOtherPerson);
      }
      return e;
    });
  }

  private Instant startOf(LocalDate day) {
    return day == null ? Instant.MAX : day.atStartOfDay(zone).toInstant();
  }

  private static Optional<PointsEntry> repeat(PointsEntry first, String person, PointsOutcome outcome, PointsSource source,
      boolean refuseOtherPerson) {
    if (refuseOtherPerson && !first.person().equals(person)) {
      throw new ConflictException("person", person, outcome + " of " + source.key() + " is booked to " + first.person()
          + " (entry " + first.id() + ", " + first.source() + "): one person per ticket and outcome");
    }
    return Optional.empty();
  }

  /** True when the source and outcome has been booked to {@code person}. */
  public boolean isBooked(PointsSource source, PointsOutcome outcome, String person) {
    if (source == null) {
      throw new MissingValueException("source");
    }
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    if (person == null) {
      throw new MissingValueException("person");
    }
    return store.award(source, outcome, PointsStore.party(outcome, person)).filter(e -> e.person().equals(person))
        .isPresent();
  }

  /**
   * The award booked for the source and outcome (for tickets, whatever the version), when there is
   * one; for an outcome with several parties per ticket, the first booked.
   */
  public Optional<PointsEntry> booking(PointsSource source, PointsOutcome outcome) {
    if (source == null) {
      throw new MissingValueException("source");
    }
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    return outcome.onePartyPerSource() ? store.award(source, outcome, "") : store.booking(source, outcome);
  }

  /**
   * Reverses the remainder of award {@code entryId} (冲正) with a compensating entry.
   *
   * @throws NotFoundException for an unknown entry
   * @throws InvalidInputException when the entry is itself a compensation
   * @throws ConflictException when nothing of it is left to compensate
   */
  public PointsEntry reverse(long entryId, Instant at, String reason) {
    PointsEntry original = compensable(entryId, at, reason);
    return store.atomically(original.person(), book -> {
      long remaining = remaining(book, original);
      return compensate(book, original, EntryKind.REVERSAL, (int) -remaining, at, reason);
    });
  }

  /**
   * Compensates {@code points} of award {@code entryId} after an upheld appeal (申诉): the points
   * have the opposite sign of the award's and at most its remainder's size.
   *
   * @throws NotFoundException for an unknown entry
   * @throws InvalidInputException for a compensation, or points of the wrong sign or too many
   * @throws ConflictException when nothing of it is left to compensate
   */
  public PointsEntry appeal(long entryId, int points, Instant at, String reason) {
    PointsEntry original = compensable(entryId, at, reason);
    return store.atomically(original.person(), book -> {
      long remaining = remaining(book, original);
      if (points == 0 || Long.signum(points) == Long.signum(remaining) || Math.abs((long) points) > Math.abs(remaining)) {
        throw new InvalidInputException("points", Integer.toString(points), "an appeal on entry " + entryId
            + " compensates between 1 and " + Math.abs(remaining) + " points, of the opposite sign to its remaining "
            + remaining);
      }
      return compensate(book, original, EntryKind.APPEAL, points, at, reason);
    });
  }

  private static long remaining(PointsBook book, PointsEntry original) {
    long remaining = original.points() + book.compensated(original.id());
    if (remaining == 0) {
      throw new ConflictException("entryId", Long.toString(original.id()), "entry " + original.id()
          + " is already fully compensated");
    }
    return remaining;
  }

  private PointsEntry compensable(long entryId, Instant at, String reason) {
    if (at == null) {
      throw new MissingValueException("at");
    }
    if (reason == null) {
      throw new MissingValueException("reason");
    }
    if (reason.isBlank()) {
      throw new InvalidInputException("reason", reason, "a compensation gives its reason");
    }
    PointsEntry original = store.entry(entryId).orElseThrow(() -> new NotFoundException("entryId", Long.toString(entryId),
        "no entry has this number (the ledger has " + store.size() + " entries, numbered from 1)"));
    if (original.kind() != EntryKind.AWARD) {
      throw new InvalidInputException("entryId", Long.toString(entryId), "entry " + entryId + " is a " + original.kind()
          + "; only awards are compensated");
    }
    return original;
  }

  private static PointsEntry compensate(PointsBook book, PointsEntry original, EntryKind kind, int points, Instant at,
      String reason) {
    return book.append(new PointsEntry(0, original.person(), kind, original.outcome(), points, points, original.source(),
        original.matterType(), at, Optional.of(original.id()), reason)).orElseThrow();
  }

  /** Every entry, in booking order. */
  public List<PointsEntry> entries() {
    return store.entries();
  }

  /** A person's entries, in booking order. */
  public List<PointsEntry> entries(String person) {
    if (person == null) {
      throw new MissingValueException("person");
    }
    return store.entries(person);
  }

  /** The entry with this number. */
  public Optional<PointsEntry> entry(long id) {
    return store.entry(id);
  }

  /** The number of entries. */
  public int size() {
    return Math.toIntExact(store.size());
  }

  /** A person's balance: the sum of all their entries. */
  public long balance(String person) {
    if (person == null) {
      throw new MissingValueException("person");
    }
    return store.balance(person);
  }

  /** The sum of a person's entries whose instant lies in {@code period}. */
  public long balance(String person, ScoringPeriod period) {
    if (person == null) {
      throw new MissingValueException("person");
    }
    if (period == null) {
      throw new MissingValueException("period");
    }
    return store.total(List.of(person), period.start(), period.end());
  }

  /**
   * The sum of the entries of {@code persons} whose instant lies in {@code period}: a department's
   * points are its staff's ({@code roster} members of the department).
   */
  public long total(Collection<String> persons, ScoringPeriod period) {
    if (persons == null) {
      throw new MissingValueException("persons");
    }
    if (period == null) {
      throw new MissingValueException("period");
    }
    int i = 0;
    for (String p : persons) {
      if (p == null) {
        throw new MissingValueException("persons[" + i + "]");
      }
      i++;
    }
    return store.total(persons, period.start(), period.end());
  }

  /** Every person with an entry, sorted. */
  public SortedSet<String> persons() {
    return store.persons();
  }

  /** The balances of all persons for {@code period}. */
  public Map<String, Long> balances(ScoringPeriod period) {
    if (period == null) {
      throw new MissingValueException("period");
    }
    return store.balances(period.start(), period.end());
  }

  @Override
  public String toString() {
    return "PointsLedger[" + store.size() + " entries, " + store.persons().size() + " persons, rules " + rules.id() + "]";
  }
}

package org.gridgov.scoring;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gridgov.core.ConflictException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.NotFoundException;

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
 * <p>Thread-safe. In a database the ledger is one table whose unique keys on
 * (source, outcome, person), and on (source, outcome) for those outcomes, enforce idempotency and
 * whose {@code compensates} column references the entry compensated; see {@code docs/scoring.md}.
 */
public final class PointsLedger {
  private final PointsRules rules;
  private final ZoneId zone;
  private final ArrayList<PointsEntry> entries = new ArrayList<>();
  private final HashMap<String, Long> keys = new HashMap<>();
  private final HashMap<String, List<PointsEntry>> byPerson = new HashMap<>();
  private final HashMap<String, Long> balances = new HashMap<>();
  private final HashMap<Long, Long> compensated = new HashMap<>();
  private final HashMap<String, Integer> awardedByDay = new HashMap<>();
  private final HashMap<String, Integer> awardedByMonth = new HashMap<>();

  private PointsLedger(PointsRules rules, ZoneId zone) {
    this.rules = rules;
    this.zone = zone;
  }

  /** An empty ledger capping awards by {@code rules}, days and months in Asia/Shanghai. */
  public static PointsLedger create(PointsRules rules) {
    return create(rules, ScoringPeriod.CHINA);
  }

  /** An empty ledger capping awards by {@code rules}, days and months in {@code zone}. */
  public static PointsLedger create(PointsRules rules, ZoneId zone) {
    if (rules == null) {
      throw new MissingValueException("rules");
    }
    if (zone == null) {
      throw new MissingValueException("zone");
    }
    return new PointsLedger(rules, zone);
  }

  /** The rules whose caps apply. */
  public PointsRules rules() {
    return rules;
  }

  /** The zone days and months are reckoned in. */
  public ZoneId zone() {
    return zone;
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
  public synchronized Optional<PointsEntry> award(String person, PointsOutcome outcome, PointsSource source, int points,
      Optional<String> matterType, Instant at, String note) {
    return award(person, outcome, source, points, matterType, at, note, true);
  }

  /**
   * {@link #award}, but when {@code refuseOtherPerson} is false a source and outcome of one party
   * per ticket already booked to another person books nothing (empty) instead of a conflict: for
   * the {@link PointsAwarder}, which treats it as a repeat.
   */
  synchronized Optional<PointsEntry> award(String person, PointsOutcome outcome, PointsSource source, int points,
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
    String key = key(source, outcome, person);
    Long before = keys.get(key);
    if (before != null) {
      PointsEntry first = entries.get((int) (before - 1));
      if (refuseOtherPerson && !first.person().equals(person)) {
        throw new ConflictException("person", person, outcome + " of " + source.key() + " is booked to " + first.person()
            + " (entry " + first.id() + ", " + first.source() + "): one person per ticket and outcome");
      }
      return Optional.empty();
    }
    int booked = points;
    String why = note;
    LocalDate date;
    try {
      date = LocalDate.ofInstant(at, zone);
    } catch (DateTimeException e) {
      throw new InvalidInputException("at", at.toString(), "must fall on a date from " + LocalDate.MIN + " to " + LocalDate.MAX
          + " in " + zone, e);
    }
    String dayKey = person + "\u0000" + date;
    String monthKey = person + "\u0000" + YearMonth.from(date);
    if (points > 0) {
      int day = awardedByDay.getOrDefault(dayKey, 0);
      int month = awardedByMonth.getOrDefault(monthKey, 0);
      if (rules.dailyCap().isPresent()) {
        booked = Math.min(booked, Math.max(0, rules.dailyCap().getAsInt() - day));
      }
      if (rules.monthlyCap().isPresent()) {
        booked = Math.min(booked, Math.max(0, rules.monthlyCap().getAsInt() - month));
      }
      if (booked != points) {
        why = note + "; capped from " + points + " to " + booked + " (daily cap "
            + rules.dailyCap().orElse(-1) + ", monthly cap " + rules.monthlyCap().orElse(-1) + ")";
      }
    }
    PointsEntry e = new PointsEntry(entries.size() + 1L, person, EntryKind.AWARD, outcome, booked, points, source,
        matterType, at, Optional.empty(), why);
    keys.put(key, e.id());
    if (booked > 0) {
      awardedByDay.merge(dayKey, booked, Integer::sum);
      awardedByMonth.merge(monthKey, booked, Integer::sum);
    }
    append(e);
    return Optional.of(e);
  }

  /** True when the source and outcome has been booked to {@code person}. */
  public synchronized boolean isBooked(PointsSource source, PointsOutcome outcome, String person) {
    if (source == null) {
      throw new MissingValueException("source");
    }
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    if (person == null) {
      throw new MissingValueException("person");
    }
    Long id = keys.get(key(source, outcome, person));
    return id != null && entries.get((int) (id - 1)).person().equals(person);
  }

  /**
   * The award booked for the source and outcome (for tickets, whatever the version), when there is
   * one; for an outcome with several parties per ticket, the first booked.
   */
  public synchronized Optional<PointsEntry> booking(PointsSource source, PointsOutcome outcome) {
    if (source == null) {
      throw new MissingValueException("source");
    }
    if (outcome == null) {
      throw new MissingValueException("outcome");
    }
    if (outcome.onePartyPerSource()) {
      Long id = keys.get(key(source, outcome, ""));
      return id == null ? Optional.empty() : Optional.of(entries.get((int) (id - 1)));
    }
    for (PointsEntry e : entries) {
      if (e.kind() == EntryKind.AWARD && e.outcome() == outcome && e.source().key().equals(source.key())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static String key(PointsSource source, PointsOutcome outcome, String person) {
    String k = source.key() + "\u0000" + outcome.name();
    return outcome.onePartyPerSource() ? k : k + "\u0000" + person;
  }

  /**
   * Reverses the remainder of award {@code entryId} (冲正) with a compensating entry.
   *
   * @throws NotFoundException for an unknown entry
   * @throws InvalidInputException when the entry is itself a compensation
   * @throws ConflictException when nothing of it is left to compensate
   */
  public synchronized PointsEntry reverse(long entryId, Instant at, String reason) {
    PointsEntry original = compensable(entryId, at, reason);
    long remaining = original.points() + compensated.getOrDefault(entryId, 0L);
    if (remaining == 0) {
      throw new ConflictException("entryId", Long.toString(entryId), "entry " + entryId + " is already fully compensated");
    }
    return compensate(original, EntryKind.REVERSAL, (int) -remaining, at, reason);
  }

  /**
   * Compensates {@code points} of award {@code entryId} after an upheld appeal (申诉): the points
   * have the opposite sign of the award's and at most its remainder's size.
   *
   * @throws NotFoundException for an unknown entry
   * @throws InvalidInputException for a compensation, or points of the wrong sign or too many
   * @throws ConflictException when nothing of it is left to compensate
   */
  public synchronized PointsEntry appeal(long entryId, int points, Instant at, String reason) {
    PointsEntry original = compensable(entryId, at, reason);
    long remaining = original.points() + compensated.getOrDefault(entryId, 0L);
    if (remaining == 0) {
      throw new ConflictException("entryId", Long.toString(entryId), "entry " + entryId + " is already fully compensated");
    }
    if (points == 0 || Long.signum(points) == Long.signum(remaining) || Math.abs((long) points) > Math.abs(remaining)) {
      throw new InvalidInputException("points", Integer.toString(points), "an appeal on entry " + entryId
          + " compensates between 1 and " + Math.abs(remaining) + " points, of the opposite sign to its remaining "
          + remaining);
    }
    return compensate(original, EntryKind.APPEAL, points, at, reason);
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
    if (entryId < 1 || entryId > entries.size()) {
      throw new NotFoundException("entryId", Long.toString(entryId), "the ledger has entries 1 to " + entries.size());
    }
    PointsEntry original = entries.get((int) entryId - 1);
    if (original.kind() != EntryKind.AWARD) {
      throw new InvalidInputException("entryId", Long.toString(entryId), "entry " + entryId + " is a " + original.kind()
          + "; only awards are compensated");
    }
    return original;
  }

  private PointsEntry compensate(PointsEntry original, EntryKind kind, int points, Instant at, String reason) {
    PointsEntry e = new PointsEntry(entries.size() + 1L, original.person(), kind, original.outcome(), points, points,
        original.source(), original.matterType(), at, Optional.of(original.id()), reason);
    compensated.merge(original.id(), (long) points, Long::sum);
    append(e);
    return e;
  }

  private void append(PointsEntry e) {
    entries.add(e);
    byPerson.computeIfAbsent(e.person(), p -> new ArrayList<>()).add(e);
    balances.merge(e.person(), (long) e.points(), Long::sum);
  }

  /** Every entry, in booking order. */
  public synchronized List<PointsEntry> entries() {
    return List.copyOf(entries);
  }

  /** A person's entries, in booking order. */
  public synchronized List<PointsEntry> entries(String person) {
    List<PointsEntry> l = byPerson.get(person);
    return l == null ? List.of() : List.copyOf(l);
  }

  /** The entry with this number. */
  public synchronized Optional<PointsEntry> entry(long id) {
    return id >= 1 && id <= entries.size() ? Optional.of(entries.get((int) id - 1)) : Optional.empty();
  }

  /** The number of entries. */
  public synchronized int size() {
    return entries.size();
  }

  /** A person's balance: the sum of all their entries. */
  public synchronized long balance(String person) {
    return balances.getOrDefault(person, 0L);
  }

  /** The sum of a person's entries whose instant lies in {@code period}. */
  public synchronized long balance(String person, ScoringPeriod period) {
    if (period == null) {
      throw new MissingValueException("period");
    }
    long sum = 0;
    for (PointsEntry e : byPerson.getOrDefault(person, List.of())) {
      if (period.contains(e.at())) {
        sum += e.points();
      }
    }
    return sum;
  }

  /** Every person with an entry, sorted. */
  public synchronized SortedSet<String> persons() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byPerson.keySet()));
  }

  /** The balances of all persons for {@code period}. */
  public synchronized Map<String, Long> balances(ScoringPeriod period) {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (String p : byPerson.keySet()) {
      out.put(p, balance(p, period));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public synchronized String toString() {
    return "PointsLedger[" + entries.size() + " entries, " + byPerson.size() + " persons, rules " + rules.id() + "]";
  }
}

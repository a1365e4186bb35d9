package org.gridgov.scoring.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.gridgov.core.MissingValueException;
import org.gridgov.scoring.PointsEntry;
import org.gridgov.scoring.PointsOutcome;
import org.gridgov.scoring.PointsSource;

/**
 * The embedded default {@link PointsStore} (内存积分台账): entries in a list, indexes in hash maps,
 * one monitor for everything — every unit of work is atomic because it holds the store's lock.
 */
public final class InMemoryPointsStore implements PointsStore {
  private final ArrayList<PointsEntry> entries = new ArrayList<>();
  private final HashMap<String, Long> keys = new HashMap<>();
  private final HashMap<String, List<PointsEntry>> byPerson = new HashMap<>();
  private final HashMap<String, Long> balances = new HashMap<>();
  private final HashMap<Long, Long> compensated = new HashMap<>();
  private final Book book = new Book();

  private static String key(PointsSource source, PointsOutcome outcome, String party) {
    return source.key() + "\u0000" + outcome.name() + "\u0000" + party;
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  @Override
  public synchronized <T> T atomically(String person, Function<PointsBook, T> work) {
    require(person, "person");
    require(work, "work");
    return work.apply(book);
  }

  /** The unit's view: the caller holds the store's monitor. */
  private final class Book implements PointsBook {
    @Override
    public Optional<PointsEntry> award(PointsSource source, PointsOutcome outcome, String party) {
      return InMemoryPointsStore.this.award(source, outcome, party);
    }

    @Override
    public long awarded(String person, Instant from, Instant to) {
      long sum = 0;
      for (PointsEntry e : byPerson.getOrDefault(person, List.of())) {
        if (PointsStore.isAward(e) && e.points() > 0 && !e.at().isBefore(from) && e.at().isBefore(to)) {
          sum += e.points();
        }
      }
      return sum;
    }

    @Override
    public long compensated(long entryId) {
      return compensated.getOrDefault(entryId, 0L);
    }

    @Override
    public Optional<PointsEntry> append(PointsEntry draft) {
      require(draft, "entry");
      String key = PointsStore.isAward(draft) ? key(draft.source(), draft.outcome(),
          PointsStore.party(draft.outcome(), draft.person())) : null;
      if (key != null && keys.containsKey(key)) {
        return Optional.empty();
      }
      PointsEntry e = new PointsEntry(entries.size() + 1L, draft.person(), draft.kind(), draft.outcome(), draft.points(),
          draft.requested(), draft.source(), draft.matterType(), draft.at(), draft.compensates(), draft.note());
      entries.add(e);
      if (key != null) {
        keys.put(key, e.id());
      }
      byPerson.computeIfAbsent(e.person(), p -> new ArrayList<>()).add(e);
      balances.merge(e.person(), (long) e.points(), Long::sum);
      e.compensates().ifPresent(o -> compensated.merge(o, (long) e.points(), Long::sum));
      return Optional.of(e);
    }
  }

  @Override
  public synchronized Optional<PointsEntry> entry(long id) {
    return id >= 1 && id <= entries.size() ? Optional.of(entries.get((int) id - 1)) : Optional.empty();
  }

  @Override
  public synchronized List<PointsEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized List<PointsEntry> entries(String person) {
    require(person, "person");
    List<PointsEntry> l = byPerson.get(person);
    return l == null ? List.of() : List.copyOf(l);
  }

  @Override
  public synchronized long size() {
    return entries.size();
  }

  @Override
  public synchronized Optional<PointsEntry> award(PointsSource source, PointsOutcome outcome, String party) {
    require(source, "source");
    require(outcome, "outcome");
    require(party, "party");
    Long id = keys.get(key(source, outcome, party));
    return id == null ? Optional.empty() : Optional.of(entries.get((int) (id - 1)));
  }

  @Override
  public synchronized Optional<PointsEntry> booking(PointsSource source, PointsOutcome outcome) {
    require(source, "source");
    require(outcome, "outcome");
    for (PointsEntry e : entries) {
      if (PointsStore.isAward(e) && e.outcome() == outcome && e.source().key().equals(source.key())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized long balance(String person) {
    require(person, "person");
    return balances.getOrDefault(person, 0L);
  }

  @Override
  public synchronized long total(Collection<String> persons, Instant from, Instant to) {
    require(persons, "persons");
    require(from, "from");
    require(to, "to");
    long sum = 0;
    for (String p : new TreeSet<>(persons)) {
      for (PointsEntry e : byPerson.getOrDefault(p, List.of())) {
        if (!e.at().isBefore(from) && e.at().isBefore(to)) {
          sum += e.points();
        }
      }
    }
    return sum;
  }

  @Override
  public synchronized Map<String, Long> balances(Instant from, Instant to) {
    require(from, "from");
    require(to, "to");
    Map<String, Long> out = new TreeMap<>();
    for (String p : byPerson.keySet()) {
      out.put(p, total(List.of(p), from, to));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public synchronized SortedSet<String> persons() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byPerson.keySet()));
  }

  @Override
  public synchronized String toString() {
    return "InMemoryPointsStore[" + entries.size() + " entries]";
  }
}

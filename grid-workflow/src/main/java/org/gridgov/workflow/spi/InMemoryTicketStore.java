package org.gridgov.workflow.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gridgov.core.ConflictException;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * The embedded default {@link TicketStore} (内存事件库): thread-safe, for tests, demos and
 * embedded use — never the production answer, which is a table (see {@link TicketStore}).
 *
 * <p>Each ticket has its own log guarded by its own monitor; there is no lock across tickets.
 * The latest replayed state of an open ticket is kept beside its log as the snapshot, so the
 * command path reads a ticket in one hash lookup, and so is the ticket's {@link TicketHead}; a closed
 * ticket keeps only its events and head (about 2.3 kB for a standard loop's ten events; its snapshot
 * is replayed when asked), so a million of them fit a 4 GiB heap. The head queries
 * ({@link #alarmsDue}, {@link #openUnder}, {@link #countLights}) scan every head: fine in memory,
 * and the reference the database's indexed queries are tested against.
 */
public final class InMemoryTicketStore implements TicketStore {
  private static final Comparator<TicketEvent> BY_TIME = Comparator.comparing(TicketEvent::occurredAt)
      .thenComparing(TicketEvent::ticketId).thenComparingLong(TicketEvent::version);

  private final ConcurrentHashMap<TicketId, Log> logs = new ConcurrentHashMap<>();

  /**
   * One ticket's log, its head and — while the ticket is open — its replayed state. A closed ticket
   * keeps no replayed state (it is replayed from its events on the rare read) and its event list is
   * trimmed to size: a city's year of closed tickets is mostly events (see docs/benchmarks.md).
   */
  private static final class Log {
    final ArrayList<TicketEvent> events;
    volatile Ticket snapshot;
    volatile long version;
    volatile TicketHead head;

    Log(List<TicketEvent> first, Ticket snapshot, TicketHead head) {
      this.events = new ArrayList<>(Math.max(12, first.size()));
      this.events.addAll(first);
      this.version = first.size();
      keep(snapshot, head);
    }

    /** Keeps the state after an append: the replay only while open. */
    void keep(Ticket after, TicketHead h) {
      this.head = h;
      this.snapshot = after.isOpen() ? after : null;
      if (!after.isOpen()) {
        events.trimToSize();
      }
    }

    Ticket state() {
      Ticket s = snapshot;
      if (s != null) {
        return s;
      }
      synchronized (this) {
        return Ticket.replay(events);
      }
    }
  }

  @Override
  public void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after) {
    check(ticket, expectedVersion, events, after);
    append(ticket, expectedVersion, events, after, TicketHead.withClockAlarm(after));
  }

  @Override
  public void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after,
      Optional<Instant> nextAlarm) {
    check(ticket, expectedVersion, events, after);
    HeadScan.require(nextAlarm, "nextAlarm");
    append(ticket, expectedVersion, events, after, TicketHead.of(after, nextAlarm));
  }

  private void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after, TicketHead head) {
    if (expectedVersion == 0) {
      Log fresh = new Log(events, after, head);
      Log existing = logs.putIfAbsent(ticket, fresh);
      if (existing != null) {
        throw conflict(ticket, expectedVersion, existing.version);
      }
      return;
    }
    Log log = logs.get(ticket);
    if (log == null) {
      throw conflict(ticket, expectedVersion, 0);
    }
    synchronized (log) {
      if (log.version != expectedVersion) {
        throw conflict(ticket, expectedVersion, log.version);
      }
      log.events.addAll(events);
      log.version = expectedVersion + events.size();
      log.keep(after, head);
    }
  }

  private static ConflictException conflict(TicketId ticket, long expected, long actual) {
    return new ConflictException("expectedVersion", Long.toString(expected),
        "ticket " + ticket + " is at version " + actual + "; another change won, re-read and retry");
  }

  static void check(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    if (events == null) {
      throw new MissingValueException("events");
    }
    if (after == null) {
      throw new MissingValueException("after");
    }
    if (expectedVersion < 0) {
      throw new InvalidInputException("expectedVersion", Long.toString(expectedVersion), "must not be negative");
    }
    if (events.isEmpty()) {
      throw new InvalidInputException("events", "[]", "an append has at least one event");
    }
    for (int i = 0; i < events.size(); i++) {
      TicketEvent e = events.get(i);
      if (e == null) {
        throw new MissingValueException("events[" + i + "]");
      }
      if (!e.ticketId().equals(ticket)) {
        throw new InvalidInputException("events[" + i + "].ticketId", e.ticketId().value(),
            "must be the ticket appended to, " + ticket);
      }
      if (e.version() != expectedVersion + 1 + i) {
        throw new InvalidInputException("events[" + i + "].version", Long.toString(e.version()),
            "must be " + (expectedVersion + 1 + i) + ": versions follow the expected version without gaps");
      }
    }
    if (!after.id().equals(ticket) || after.version() != expectedVersion + events.size()) {
      throw new InvalidInputException("after", after.id() + " v" + after.version(),
          "must be ticket " + ticket + " at version " + (expectedVersion + events.size()));
    }
  }

  @Override
  public List<TicketEvent> events(TicketId ticket) {
    return eventsAfter(ticket, 0);
  }

  @Override
  public List<TicketEvent> eventsAfter(TicketId ticket, long version) {
    TicketStore.checkEventsAfter(ticket, version);
    Log log = logs.get(ticket);
    if (log == null) {
      return List.of();
    }
    synchronized (log) {
      int from = (int) Math.min(version, log.events.size());
      return List.copyOf(log.events.subList(from, log.events.size()));
    }
  }

  @Override
  public long version(TicketId ticket) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    Log log = logs.get(ticket);
    return log == null ? 0 : log.version;
  }

  @Override
  public Optional<Ticket> snapshot(TicketId ticket) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    Log log = logs.get(ticket);
    return log == null ? Optional.empty() : Optional.of(log.state());
  }

  @Override
  public void forEachTicket(Consumer<TicketId> action) {
    if (action == null) {
      throw new MissingValueException("action");
    }
    logs.keySet().forEach(action);
  }

  @Override
  public List<TicketEvent> eventsBetween(Instant from, Instant to) {
    if (from == null) {
      throw new MissingValueException("from");
    }
    if (to == null) {
      throw new MissingValueException("to");
    }
    List<TicketEvent> out = new ArrayList<>();
    for (Log log : logs.values()) {
      synchronized (log) {
        for (TicketEvent e : log.events) {
          if (!e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)) {
            out.add(e);
          }
        }
      }
    }
    out.sort(BY_TIME);
    return Collections.unmodifiableList(out);
  }

  @Override
  public Optional<TicketHead> head(TicketId ticket) {
    HeadScan.require(ticket, "ticket");
    Log log = logs.get(ticket);
    return log == null ? Optional.empty() : Optional.of(log.head);
  }

  @Override
  public boolean keepsHeads() {
    return true;
  }

  @Override
  public boolean reschedule(TicketId ticket, long version, Optional<Instant> nextAlarm) {
    HeadScan.require(ticket, "ticket");
    HeadScan.require(nextAlarm, "nextAlarm");
    Log log = logs.get(ticket);
    if (log == null) {
      return false;
    }
    synchronized (log) {
      if (log.version != version || !log.head.open()) {
        return false;
      }
      log.head = log.head.withNextAlarm(nextAlarm);
      return true;
    }
  }

  @Override
  public List<TicketId> alarmsDue(Instant at, int limit) {
    return HeadScan.alarmsDue(heads(), at, limit);
  }

  @Override
  public List<TicketHead> openUnder(GridNode under, Optional<TicketHead> after, int limit) {
    return HeadScan.openUnder(heads(), under, after, limit);
  }

  @Override
  public void forEachOpenHead(GridNode under, Consumer<TicketHead> action) {
    HeadScan.require(under, "under");
    HeadScan.require(action, "action");
    int from = under.ordinal();
    int to = from + under.subtreeSize();
    for (TicketHead h : heads()) {
      if (h.open()) {
        int o = HeadScan.ordinal(under.tree(), h);
        if (o >= from && o < to) {
          action.accept(h);
        }
      }
    }
  }

  @Override
  public TimingLightCounts countLights(GridNode under, Instant at) {
    HeadScan.require(under, "under");
    return HeadScan.countLights(heads(), Optional.of(under), at);
  }

  @Override
  public TimingLightCounts countLights(Instant at) {
    return HeadScan.countLights(heads(), Optional.empty(), at);
  }

  /** The heads as a live view: each read takes the log's latest head. */
  private Iterable<TicketHead> heads() {
    return () -> logs.values().stream().map(l -> l.head).iterator();
  }

  /** The number of tickets stored. */
  public int size() {
    return logs.size();
  }
}

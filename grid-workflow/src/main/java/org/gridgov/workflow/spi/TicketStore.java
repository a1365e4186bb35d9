package org.gridgov.workflow.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gridgov.core.GridNode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * Where tickets live (工单事件库): an append-only log of {@link TicketEvent}s keyed by
 * (ticket id, version). Nothing is ever updated or deleted; a ticket's state is the replay of its
 * log. The optimistic check is the key itself: an append states the version it expects the ticket
 * to have, and of two appends that expect the same version exactly one succeeds, the other gets a
 * {@link org.gridgov.core.ConflictException} and appends nothing.
 *
 * <p>The SPI maps onto one relational table whose primary key enforces the check, so that a
 * PostgreSQL (or Citus, distributed by {@code ticket_id}) adapter is a thin layer:
 *
 * <pre>{@code
 * CREATE TABLE ticket_event (
 *   ticket_id     varchar(64)  NOT NULL,
 *   version       bigint       NOT NULL CHECK (version >= 1),
 *   event_type    varchar(32)  NOT NULL,
 *   occurred_at   timestamptz  NOT NULL,
 *   matter_type   varchar(64)  NOT NULL,
 *   grid_code     varchar(40)  NOT NULL,
 *   department    varchar(64),
 *   event         jsonb        NOT NULL,   -- TicketEventJson.toStorageJson(event)
 *   prev_version  bigint GENERATED ALWAYS AS (NULLIF(version - 1, 0)) STORED,
 *   PRIMARY KEY (ticket_id, version),
 *   FOREIGN KEY (ticket_id, prev_version) REFERENCES ticket_event (ticket_id, version)
 * );
 * CREATE INDEX ticket_event_occurred ON ticket_event (occurred_at);
 * }</pre>
 *
 * An append is one transaction inserting the rows. The primary key makes the optimistic check:
 * a concurrent append that took version {@code expectedVersion + 1} first turns this insert into
 * a unique violation, which the adapter reports as the conflict. The self-referencing foreign key
 * forbids gaps (an insert at a version whose predecessor is missing). The columns beside
 * {@code event} are copies for queries and indexes. A snapshot table ({@link #snapshot}) is
 * optional; when kept it is written in the same transaction.
 *
 * <p><b>Heads and the reads of a service.</b> Beside the log a store keeps one {@link TicketHead}
 * per ticket, written in the append's transaction: open or closed, grid, state, the instants its
 * timing light changes and the instant the service's clock next acts ({@code nextAlarm}). The
 * reads a service needs are queries on the heads: {@link #alarmsDue} (the clock's sweep),
 * {@link #openUnder} (the open tickets under a grid, a page at a time) and {@link #countLights}
 * (a board's red, yellow and green counts). In a database each is an indexed query on a
 * {@code ticket_head} table: the grid's place in the tree's preorder numbering
 * ({@link GridNode#ordinal()}, a subtree being the interval of {@link GridNode#subtreeSize()}
 * ordinals from it), the light instants and the alarm are indexed columns. The default methods
 * answer by replaying every ticket — correct, for a store that keeps no heads, and slow.
 *
 * <p>Implementations are thread-safe. Nothing in the SPI assumes one process holds all tickets:
 * there are no cross-ticket operations besides the read-only scans.
 */
public interface TicketStore {
  /**
   * Appends {@code events} to the log of {@code ticket}, all or nothing.
   *
   * @param ticket the ticket
   * @param expectedVersion the version the ticket has before the append: 0 for a new ticket
   * @param events one or more events of this ticket with versions {@code expectedVersion + 1},
   *     {@code + 2}, …
   * @param after the ticket replayed through these events; the store may keep it as the snapshot
   * @throws org.gridgov.core.ConflictException when the ticket's version is not
   *     {@code expectedVersion}; nothing was appended
   * @throws org.gridgov.core.InvalidInputException when {@code events} is empty, names another
   *     ticket, skips a version, or {@code after} is not at the last event's version
   */
  void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after);

  /**
   * {@link #append(TicketId, long, List, Ticket)}, also recording in the ticket's head when the
   * service's clock next acts on it, in the same transaction. The four-argument append records
   * {@link TicketHead#withClockAlarm the ticket's own earliest clock instant} instead.
   *
   * @param nextAlarm the service's next alarm for {@code after}; empty when its clock has nothing
   *     left to do
   */
  default void append(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after,
      Optional<Instant> nextAlarm) {
    HeadScan.require(nextAlarm, "nextAlarm");
    append(ticket, expectedVersion, events, after);
  }

  /**
   * Checks an append's arguments as every store must before touching its log: the ticket, events and
   * state present, at least one event, every event of this ticket at the versions following
   * {@code expectedVersion}, and {@code after} at the last of them.
   *
   * @throws org.gridgov.core.MissingValueException for a missing argument or event
   * @throws org.gridgov.core.InvalidInputException naming the argument at fault
   */
  static void checkAppend(TicketId ticket, long expectedVersion, List<TicketEvent> events, Ticket after) {
    InMemoryTicketStore.check(ticket, expectedVersion, events, after);
  }

  /**
   * Checks the arguments of {@link #eventsAfter} as every store must: the ticket present, the
   * version not negative.
   *
   * @throws org.gridgov.core.MissingValueException for a missing ticket
   * @throws org.gridgov.core.InvalidInputException for a negative version
   */
  static void checkEventsAfter(TicketId ticket, long version) {
    if (ticket == null) {
      throw new MissingValueException("ticket");
    }
    if (version < 0) {
      throw new InvalidInputException("version", Long.toString(version), "must not be negative");
    }
  }

  /** The ticket's whole log in version order; empty for an unknown ticket. Unmodifiable. */
  List<TicketEvent> events(TicketId ticket);

  /** The ticket's events after {@code version}, in version order; unmodifiable. */
  List<TicketEvent> eventsAfter(TicketId ticket, long version);

  /** The ticket's version: the number of its events, 0 for an unknown ticket. */
  long version(TicketId ticket);

  /**
   * The latest replayed state, when the store keeps one. It must equal the replay of
   * {@link #events(TicketId)} at its own version; it may lag behind the log (a reader then sees a
   * conflict on append and replays). The default keeps none.
   */
  default Optional<Ticket> snapshot(TicketId ticket) {
    return Optional.empty();
  }

  /** Calls {@code action} once for every ticket id in the store, in no particular order. */
  void forEachTicket(Consumer<TicketId> action);

  /**
   * The events of all tickets that occurred in {@code [from, to)}, ordered by occurrence, then
   * ticket id, then version — what a scoring period reads.
   */
  List<TicketEvent> eventsBetween(Instant from, Instant to);

  /**
   * The ticket's head as of its latest append; empty for an unknown ticket. The default replays the
   * ticket and takes {@link TicketHead#withClockAlarm its own clock's alarm}.
   */
  default Optional<TicketHead> head(TicketId ticket) {
    HeadScan.require(ticket, "ticket");
    List<TicketEvent> events = events(ticket);
    return events.isEmpty() ? Optional.empty()
        : Optional.of(TicketHead.withClockAlarm(snapshot(ticket).orElseGet(() -> Ticket.replay(events))));
  }

  /**
   * True when the store keeps a {@link TicketHead} per ticket with the alarm the service gave its
   * latest append ({@link #append(TicketId, long, List, Ticket, Optional)}, {@link #reschedule}),
   * so that {@link #alarmsDue} answers the clock's sweep for every service instance sharing the
   * store. The default, which keeps no heads, is false: the service then sweeps the alarms it keeps
   * in memory.
   */
  default boolean keepsHeads() {
    return false;
  }

  /**
   * Records a new alarm for the ticket at {@code version} without an append: what the service does
   * when a sweep found nothing to do yet. Nothing changes when the ticket has moved past
   * {@code version} (its newer append set its alarm) or is unknown.
   *
   * @return true when the alarm was recorded; the default, which keeps no heads, records nothing
   */
  default boolean reschedule(TicketId ticket, long version, Optional<Instant> nextAlarm) {
    HeadScan.require(ticket, "ticket");
    HeadScan.require(nextAlarm, "nextAlarm");
    return false;
  }

  /**
   * The open tickets whose next alarm is at or before {@code at}, earliest alarm first (then by
   * ticket id), at most {@code limit}: what the clock's sweep (时限巡检) works through.
   *
   * @throws org.gridgov.core.InvalidInputException when {@code limit} is not from 1 to 100,000
   */
  default List<TicketId> alarmsDue(Instant at, int limit) {
    return HeadScan.alarmsDue(heads(), at, limit);
  }

  /**
   * The open tickets whose basic grid is {@code under} or lies below it, in the tree's preorder of
   * their grids and then by ticket id, at most {@code limit}, starting after {@code after} (the
   * last head of the previous page). A ticket whose grid the tree lacks is under no grid.
   *
   * @throws org.gridgov.core.InvalidInputException when {@code limit} is not from 1 to 100,000
   */
  default List<TicketHead> openUnder(GridNode under, Optional<TicketHead> after, int limit) {
    return HeadScan.openUnder(heads(), under, after, limit);
  }

  /**
   * Calls {@code action} with the head of every open ticket under {@code under} (as
   * {@link #openUnder}), in no particular order: what a read model such as the timing board loads
   * when an instance starts, instead of replaying every ticket. The default reads
   * {@link #openUnder} a page of 10,000 at a time (one index range each on PostgreSQL).
   */
  default void forEachOpenHead(GridNode under, Consumer<TicketHead> action) {
    HeadScan.require(under, "under");
    HeadScan.require(action, "action");
    Optional<TicketHead> after = Optional.empty();
    while (true) {
      List<TicketHead> page = openUnder(under, after, 10_000);
      page.forEach(action);
      if (page.size() < 10_000) {
        return;
      }
      after = Optional.of(page.get(page.size() - 1));
    }
  }

  /** The open tickets under {@code under} (as {@link #openUnder}) counted by their light at {@code at}. */
  default TimingLightCounts countLights(GridNode under, Instant at) {
    HeadScan.require(under, "under");
    return HeadScan.countLights(heads(), Optional.of(under), at);
  }

  /** Every open ticket of the store counted by its light at {@code at}. */
  default TimingLightCounts countLights(Instant at) {
    return HeadScan.countLights(heads(), Optional.empty(), at);
  }

  private List<TicketHead> heads() {
    List<TicketHead> heads = Collections.synchronizedList(new ArrayList<>());
    forEachTicket(id -> head(id).ifPresent(heads::add));
    return heads;
  }
}

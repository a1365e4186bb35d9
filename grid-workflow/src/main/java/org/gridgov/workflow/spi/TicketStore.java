package org.gridgov.workflow.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
}

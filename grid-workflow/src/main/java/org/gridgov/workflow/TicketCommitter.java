package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.workflow.spi.TicketListener;
import org.gridgov.workflow.spi.TicketStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits a ticket's new events (提交): applies them to the ticket, appends them to the
 * {@link TicketStore} with the version the checks saw and the instant the clock next acts on the
 * ticket (a concurrent append that came first makes
 * this one a {@link org.gridgov.core.ConflictException} and nothing is stored), then shows the
 * ticket on the {@link TimingBoard} with its next alarm and tells the {@link TicketListener}s. A
 * board or listener that fails is logged, never thrown: the events are stored and the command has
 * succeeded.
 */
final class TicketCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

  private final TicketStore store;
  private final TimingBoard board;
  private final ClockAlarms alarms;
  private final List<TicketListener> listeners;

  TicketCommitter(ServiceContext ctx, ClockAlarms alarms, List<TicketListener> listeners) {
    this.store = ctx.store;
    this.board = ctx.board;
    this.alarms = alarms;
    this.listeners = listeners;
  }

  /** Appends a new ticket's first event; {@code ticket} is its replay. */
  Ticket open(Ticket ticket, TicketEvent first) {
    List<TicketEvent> events = List.of(first);
    Optional<Instant> next = alarms.nextAlarm(ticket);
    store.append(ticket.id(), 0, events, ticket, next);
    published(ticket, events, next);
    return ticket;
  }

  /** Appends {@code events} after {@code before}'s version; returns the ticket after them. */
  Ticket commit(Ticket before, List<TicketEvent> events) {
    Ticket after = before;
    for (TicketEvent ev : events) {
      after = after.apply(ev);
    }
    Optional<Instant> next = alarms.nextAlarm(after); // once: the store's head and the board take the same instant
    store.append(before.id(), before.version(), events, after, next);
    published(after, events, next);
    return after;
  }

  /** Shows {@code t} on the board with the instant the clock next acts on it (removes it once closed). */
  void show(Ticket t) {
    board.update(t, alarms.nextAlarm(t));
  }

  /**
   * Records, without an append, when the clock next acts on {@code t}: after a sweep that found
   * nothing to do yet, so that the ticket is not due again before then (in the store's head and on
   * the board).
   */
  void reschedule(Ticket t) {
    Optional<Instant> next = alarms.nextAlarm(t);
    store.reschedule(t.id(), t.version(), next);
    board.reschedule(t, next);
  }

  private void published(Ticket after, List<TicketEvent> events, Optional<Instant> next) {
    try {
      board.update(after, next);
    } catch (RuntimeException ex) {
      // the events are stored; a read model that cannot follow must not fail the command
      LOG.error("timing board could not take ticket {} v{}", after.id(), after.version(), ex);
    }
    for (TicketListener l : listeners) {
      try {
        l.onAppended(after, events);
      } catch (RuntimeException | LinkageError ex) {
        // a listener's own failure (a missing Kafka client class, say) must not fail a stored command
        LOG.warn("ticket listener {} failed on ticket {} v{}; the events are stored, the listener skipped them",
            l, after.id(), after.version(), ex);
      }
    }
  }
}

package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.spi.TicketStore;

/**
 * The one question the clock's sweep asks before it acts (到期提醒查询): which tickets have an alarm
 * due at an instant. A store that keeps each ticket's head with its next alarm
 * ({@link TicketStore#keepsHeads()}: the in-memory store, PostgreSQL's {@code next_alarm_at} column
 * with an index) answers it ({@link #of(TicketStore)}), so every service instance sharing the store
 * sees every ticket's alarm and none needs every ticket in memory; for a store without heads the
 * in-memory {@link TimingBoard} answers from its alarm column ({@link #of(TimingBoard)}). An answer
 * may include a ticket that has nothing to do any more: the sweep re-reads each ticket.
 */
@FunctionalInterface
interface DueAlarms {
  /** The tickets whose next alarm is at or before {@code at}. */
  List<TicketId> ticketsDue(Instant at);

  /** The most tickets one sweep takes up; the rest stay due and come first in the next sweep. */
  int SWEEP_LIMIT = 10_000;

  /** The store's answer: its heads whose alarm is due, earliest first, at most {@link #SWEEP_LIMIT}. */
  static DueAlarms of(TicketStore store) {
    return at -> store.alarmsDue(at, SWEEP_LIMIT);
  }

  /** The board's answer: one pass over its alarm column. */
  static DueAlarms of(TimingBoard board) {
    return board::alarmsDue;
  }
}

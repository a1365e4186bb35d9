package org.gridgov.workflow;

import java.time.Instant;
import java.util.List;

/**
 * The one question the clock's sweep asks before it acts (到期提醒查询): which tickets have an alarm
 * due at an instant. Today the in-memory {@link TimingBoard} answers it from its alarm column
 * ({@link #of(TimingBoard)}); a store that keeps each ticket's next alarm (a {@code next_alarm_at}
 * column with an index) can answer it instead, so that no instance needs every ticket in memory.
 * An answer may include a ticket that has nothing to do any more: the sweep re-reads each ticket.
 */
@FunctionalInterface
interface DueAlarms {
  /** The tickets whose next alarm is at or before {@code at}. */
  List<TicketId> ticketsDue(Instant at);

  /** The board's answer: one pass over its alarm column. */
  static DueAlarms of(TimingBoard board) {
    return board::alarmsDue;
  }
}

package org.gridgov.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.gridgov.scoring.internal.Sequencer;
import org.gridgov.scoring.internal.TicketTable;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketEventType;
import org.gridgov.workflow.TicketId;

/**
 * The tickets an {@link IndicatorAccumulator} follows, by version (跟踪的工单): a repeat is
 * recognised, a gap is caught up through the {@link HistorySource} without counting, and what two
 * counts need of the ticket just before an event is kept — the step clock in force (on-time
 * dispatch and verification) and who last dispatched it (accurate dispatch by dispatcher). Held in
 * a {@link TicketTable}'s flat arrays: one hash probe and a pool compare per event.
 */
final class FollowedTickets {
  private static final String WHO = "the indicator accumulator";

  private final TicketTable table = new TicketTable();
  private final long[] ahead = new long[IndicatorAccumulator.BATCH];
  private final HistorySource history;
  private final ToIntFunction<String> dispatchers;
  /** The ids by slot, when evidence is kept (the evidence names tickets by slot). */
  final ArrayList<TicketId> ids;

  FollowedTickets(HistorySource history, ToIntFunction<String> dispatchers, boolean keepIds) {
    this.history = history;
    this.dispatchers = dispatchers;
    this.ids = keepIds ? new ArrayList<>() : null;
  }

  int size() {
    return table.size();
  }

  long bytes() {
    return table.bytes();
  }

  /**
   * The slot of the event's ticket just before it: a new one for version 1 of a new ticket, one
   * caught up through the history over a gap, or -1 when the version was applied already (a repeat).
   *
   * @throws UnknownTicketException when earlier versions are missing and the history lacks them
   */
  int before(TicketEvent event) {
    String key = event.ticketId().value();
    int hash = key.hashCode();
    int s = table.find(key, hash);
    long v = event.version();
    if (s >= 0) {
      long have = table.version(s);
      if (v <= have) {
        return -1;
      }
      return v == have + 1 ? s : catchUp(event, s, have);
    }
    return v == 1 ? create(event.ticketId(), key, hash) : catchUp(event, -1, 0);
  }

  /**
   * Reads ahead (预读) the events {@code from} to {@code to} of {@code events}: each event, its id's
   * hash and its ticket-table entry. Changes nothing; returns a value made of what was read.
   */
  long warm(List<TicketEvent> events, int from, int to) {
    long x = 0;
    long[] entries = ahead;
    for (int i = from; i < to; i++) {
      TicketEvent e = events.get(i);
      int hash = e.ticketId().value().hashCode();
      entries[i - from] = table.probe(hash) ^ ((long) hash << 32);
      x += e.occurredAt().getEpochSecond();
    }
    for (int i = 0; i < to - from; i++) {
      x += table.touch(entries[i]); // the slot's id and columns, when the first entry is the ticket's
    }
    return x;
  }

  /** Records that {@code event} has been applied to the ticket in slot {@code s}. */
  void applied(int s, TicketEvent event) {
    advance(s, event);
    table.version(s, event.version());
  }

  /** True when the step clock in force before the event had not run out when it happened. */
  boolean withinStep(int s, TicketEvent e) {
    Deadline step = (Deadline) table.step(s);
    return step == null || !step.isOverdueAt(e.occurredAt());
  }

  /** The dispatcher's index for the ticket's last dispatch, or -1. */
  int dispatcher(int s) {
    return table.dispatcher(s);
  }

  private int create(TicketId id, String key, int hash) {
    int s = table.add(key, hash);
    if (ids != null) {
      ids.add(id);
    }
    return s;
  }

  private void advance(int s, TicketEvent e) {
    table.step(s, e.stepDeadline().orElse(null));
    if (e.type() == TicketEventType.DISPATCHED) {
      table.dispatcher(s, dispatchers.applyAsInt(EventParties.commandCentre(e)));
    }
  }

  private int catchUp(TicketEvent event, int s, long have) {
    TicketId id = event.ticketId();
    long v = event.version();
    List<TicketEvent> log = Sequencer.earlierEvents(WHO, history, event, s >= 0, have);
    int slot = s >= 0 ? s : create(id, id.value(), id.value().hashCode());
    for (long k = have + 1; k < v; k++) {
      applied(slot, log.get((int) (k - 1)));
    }
    return slot;
  }
}

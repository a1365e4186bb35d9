package org.gridgov.scoring;

import java.util.Comparator;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * A pointer to one ticket event (证据): the ticket id and the event's version, which together
 * are the event's key in the store. Every figure, entry and accountability finding traces back
 * to these.
 *
 * @param ticket the ticket
 * @param version the event's version, from 1
 */
public record EventRef(TicketId ticket, long version) implements Comparable<EventRef> {
  private static final Comparator<EventRef> ORDER = Comparator.comparing(EventRef::ticket).thenComparingLong(EventRef::version);

  public EventRef {
    if (ticket == null) {
      throw new MissingValueException("eventRef.ticket");
    }
    if (version < 1) {
      throw new InvalidInputException("eventRef.version", Long.toString(version), "versions start at 1");
    }
  }

  /** The reference to {@code event}. */
  public static EventRef of(TicketEvent event) {
    if (event == null) {
      throw new MissingValueException("event");
    }
    return new EventRef(event.ticketId(), event.version());
  }

  @Override
  public int compareTo(EventRef o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return ticket + "@v" + version;
  }
}

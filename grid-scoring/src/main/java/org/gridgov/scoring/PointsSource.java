package org.gridgov.scoring;

import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.TicketEvent;
import org.gridgov.workflow.TicketId;

/**
 * What an award is for (积分来源): a ticket event (ticket id and version) or a home visit (visit
 * id). The ledger's idempotency key is the source's {@link #key()} with the outcome and the
 * person: the same (ticket, outcome, person) is awarded at most once, whatever the version — and
 * for the outcomes of {@link PointsOutcome#onePartyPerSource()} the same (ticket, outcome) once.
 *
 * @param kind ticket or visit
 * @param id the ticket id or the visit id
 * @param version the ticket event's version (0 for a visit)
 */
public record PointsSource(Kind kind, String id, long version) {
  /** What a source is. */
  public enum Kind {
    /** A ticket event. */
    TICKET,
    /** A home visit record. */
    VISIT
  }

  public PointsSource {
    if (kind == null) {
      throw new MissingValueException("source.kind");
    }
    if (id == null) {
      throw new MissingValueException("source.id");
    }
    if (id.isBlank()) {
      throw new InvalidInputException("source.id", id, "must not be blank");
    }
    if (kind == Kind.TICKET && version < 1) {
      throw new InvalidInputException("source.version", Long.toString(version), "a ticket event's version starts at 1");
    }
    if (kind == Kind.VISIT && version != 0) {
      throw new InvalidInputException("source.version", Long.toString(version), "a visit has no version (0)");
    }
  }

  /** The event. */
  public static PointsSource of(TicketEvent event) {
    if (event == null) {
      throw new MissingValueException("event");
    }
    return new PointsSource(Kind.TICKET, event.ticketId().value(), event.version());
  }

  /** A ticket event by id and version. */
  public static PointsSource ticket(TicketId ticket, long version) {
    if (ticket == null) {
      throw new MissingValueException("source.ticket");
    }
    return new PointsSource(Kind.TICKET, ticket.value(), version);
  }

  /** A visit. */
  public static PointsSource visit(String visitId) {
    return new PointsSource(Kind.VISIT, visitId, 0);
  }

  /** {@code ticket:<id>} or {@code visit:<id>}: the part of the idempotency key that names the source. */
  public String key() {
    return (kind == Kind.TICKET ? "ticket:" : "visit:") + id;
  }

  @Override
  public String toString() {
    return kind == Kind.TICKET ? id + "@v" + version : "visit:" + id;
  }
}

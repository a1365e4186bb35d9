package org.gridgov.workflow.spi;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.GridCode;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.workflow.Deadline;
import org.gridgov.workflow.Summons;
import org.gridgov.workflow.Ticket;
import org.gridgov.workflow.TicketId;
import org.gridgov.workflow.TimingLight;
import org.gridgov.workflow.UrgingLevel;

/**
 * A ticket's head (工单索引行): what the reads of a service need about one ticket without its
 * events — open or closed, where, in which state, the instants its timing light changes and the
 * instant the service's clock next acts on it. A store writes it in the same transaction as the
 * append it follows; in a database it is one row per ticket with indexes on these columns.
 *
 * <p>The light columns are the clock's effective instants: a paused clock that had not yet turned
 * yellow never does while paused, so its {@link #yellowAt()} is empty, and likewise for red.
 * {@link #lightAt(Instant)} agrees with {@link Ticket#lightAt(Instant)} for every open ticket.
 *
 * @param id the ticket
 * @param version the ticket's version: the number of its events
 * @param open true until the ticket reaches a final state
 * @param grid the basic grid the ticket is in
 * @param matterType the matter type's code
 * @param state the current state's id
 * @param department the department assigned, if any
 * @param reportedAt when it was reported
 * @param updatedAt when its last event happened
 * @param yellowAt the first instant its light is yellow (or red); empty when it never turns yellow as
 *     things stand
 * @param redAfter its light is red at every instant after this one; empty when it never turns red
 *     as things stand
 * @param nextAlarm when the service's clock next has something to do for it (urging, overdue,
 *     timeout); empty for closed tickets and tickets with no clock running
 */
public record TicketHead(TicketId id, long version, boolean open, GridCode grid, String matterType, String state,
    Optional<String> department, Instant reportedAt, Instant updatedAt, Optional<Instant> yellowAt,
    Optional<Instant> redAfter, Optional<Instant> nextAlarm) {
  public TicketHead {
    require(id, "head.id");
    require(grid, "head.grid");
    require(matterType, "head.matterType");
    require(state, "head.state");
    require(department, "head.department");
    require(reportedAt, "head.reportedAt");
    require(updatedAt, "head.updatedAt");
    require(yellowAt, "head.yellowAt");
    require(redAfter, "head.redAfter");
    require(nextAlarm, "head.nextAlarm");
    if (version < 1) {
      throw new InvalidInputException("head.version", Long.toString(version), "a stored ticket has at least one event");
    }
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
  }

  /**
   * The head of {@code ticket}, with {@code nextAlarm} as the service computed it.
   *
   * @throws MissingValueException for a null argument
   */
  public static TicketHead of(Ticket ticket, Optional<Instant> nextAlarm) {
    require(ticket, "ticket");
    require(nextAlarm, "nextAlarm");
    Optional<Deadline> clock = ticket.deadline().isPresent() ? ticket.deadline() : ticket.stepDeadline();
    Optional<Instant> yellow = Optional.empty();
    Optional<Instant> red = Optional.empty();
    if (ticket.isOpen() && clock.isPresent()) {
      Deadline d = clock.get();
      Optional<Instant> paused = d.pausedSince();
      yellow = paused.isPresent() && d.warnAt().isAfter(paused.get()) ? Optional.empty() : Optional.of(d.warnAt());
      red = paused.isPresent() && !d.dueAt().isBefore(paused.get()) ? Optional.empty() : Optional.of(d.dueAt());
    }
    return new TicketHead(ticket.id(), ticket.version(), ticket.isOpen(), ticket.grid(), ticket.matterType(),
        ticket.state(), ticket.department(), ticket.reportedAt(), ticket.updatedAt(), yellow, red,
        ticket.isOpen() ? nextAlarm : Optional.empty());
  }

  /**
   * The head of {@code ticket} with the earliest instant at which the clock may have something to do,
   * read from the ticket alone: the warning and due instants of a running main clock not yet urged
   * or recorded overdue (the due instant again while a bulletin may still follow), the step clock's
   * due instant, and the report-in limits of summoned departments. It is never later than the
   * service's own alarm, which also knows the definition's urging policy; a sweep at it may find
   * nothing to do, and the service then {@link TicketStore#reschedule reschedules}.
   */
  public static TicketHead withClockAlarm(Ticket ticket) {
    require(ticket, "ticket");
    return of(ticket, clockAlarm(ticket));
  }

  private static Optional<Instant> clockAlarm(Ticket t) {
    if (!t.isOpen()) {
      return Optional.empty();
    }
    Instant next = null;
    if (t.deadline().isPresent() && !t.deadline().get().isPaused()) {
      Deadline d = t.deadline().get();
      if (t.urging().compareTo(UrgingLevel.URGE) < 0) {
        next = d.warnAt();
      }
      if (!t.overdueRecorded() || t.urging().compareTo(UrgingLevel.BULLETIN) < 0) {
        next = min(next, d.dueAt());
      }
    }
    if (t.stepDeadline().isPresent()) {
      next = min(next, t.stepDeadline().get().dueAt());
    }
    for (Summons s : t.summons()) {
      if (!s.reportedIn() && !s.overdueRecorded()) {
        next = min(next, s.dueAt());
      }
    }
    return Optional.ofNullable(next);
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /**
   * The timing light at {@code at}: red after {@link #redAfter()}, yellow from {@link #yellowAt()},
   * green otherwise. Meaningful for open tickets (a closed ticket has left the board).
   */
  public TimingLight lightAt(Instant at) {
    require(at, "at");
    if (redAfter.isPresent() && at.isAfter(redAfter.get())) {
      return TimingLight.RED;
    }
    return yellowAt.isPresent() && !at.isBefore(yellowAt.get()) ? TimingLight.YELLOW : TimingLight.GREEN;
  }

  /** This head with another alarm (closed tickets keep none). */
  public TicketHead withNextAlarm(Optional<Instant> alarm) {
    require(alarm, "nextAlarm");
    return new TicketHead(id, version, open, grid, matterType, state, department, reportedAt, updatedAt, yellowAt,
        redAfter, open ? alarm : Optional.empty());
  }
}

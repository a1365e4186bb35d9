package org.gridgov.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;
import org.gridgov.core.TimeLimit;

/**
 * A running, paused or finished clock (办理时限) with its instants already worked out on the
 * business calendar, so that reading it needs no calendar: the {@link BusinessCalendar} computes
 * {@link #warnAt()} (80 % of the limit used) and {@link #dueAt()} when the clock starts, resumes or
 * is extended, and the events record the result.
 *
 * <p>While {@link #pausedSince()} is present (挂账/缓办, awaiting verification) the clock stands
 * still: its light is the light it had when it paused, and when it resumes both instants move
 * later by the working time (calendar time, for calendar-day limits) it stood still.
 *
 * @param startedAt when the clock started
 * @param limit the limit it started with, extensions added when they share its unit
 * @param warnAt the first instant at which 80 % of the limit is used (yellow light)
 * @param dueAt the last instant within the limit; after it the ticket is overdue (red light)
 * @param pausedSince when the clock paused, while it is paused
 * @param paused how long it stood still in earlier pauses, in the limit's own time (working time
 *     for working hours and days, elapsed time for calendar days)
 */
public record Deadline(Instant startedAt, TimeLimit limit, Instant warnAt, Instant dueAt,
    Optional<Instant> pausedSince, Duration paused) {
  public Deadline {
    if (startedAt == null) {
      throw new MissingValueException("deadline.startedAt");
    }
    if (limit == null) {
      throw new MissingValueException("deadline.limit");
    }
    if (warnAt == null) {
      throw new MissingValueException("deadline.warnAt");
    }
    if (dueAt == null) {
      throw new MissingValueException("deadline.dueAt");
    }
    if (pausedSince == null) {
      throw new MissingValueException("deadline.pausedSince");
    }
    if (paused == null) {
      throw new MissingValueException("deadline.paused");
    }
    if (warnAt.isBefore(startedAt) || dueAt.isBefore(warnAt)) {
      throw new InvalidInputException("deadline", startedAt + " <= " + warnAt + " <= " + dueAt,
          "a clock must start before it warns and warn before it is due");
    }
    if (paused.isNegative()) {
      throw new InvalidInputException("deadline.paused", paused.toString(), "must not be negative");
    }
  }

  /** A running clock that has never paused. */
  public static Deadline running(Instant startedAt, TimeLimit limit, Instant warnAt, Instant dueAt) {
    return new Deadline(startedAt, limit, warnAt, dueAt, Optional.empty(), Duration.ZERO);
  }

  /** True while the clock stands still. */
  public boolean isPaused() {
    return pausedSince.isPresent();
  }

  /** The instant the clock's reading is taken at when asked at {@code at}: the pause start while paused. */
  public Instant effective(Instant at) {
    if (pausedSince.isPresent() && pausedSince.get().isBefore(at)) {
      return pausedSince.get();
    }
    return at;
  }

  /** The timing light at {@code at}: red when past {@link #dueAt()}, yellow from {@link #warnAt()}. */
  public TimingLight lightAt(Instant at) {
    Instant t = effective(at);
    if (t.isAfter(dueAt)) {
      return TimingLight.RED;
    }
    return t.isBefore(warnAt) ? TimingLight.GREEN : TimingLight.YELLOW;
  }

  /** True when the clock's reading at {@code at} is past the due instant. */
  public boolean isOverdueAt(Instant at) {
    return effective(at).isAfter(dueAt);
  }

  /** This clock paused at {@code at}; unchanged when already paused. */
  public Deadline pausedAt(Instant at) {
    return isPaused() ? this : new Deadline(startedAt, limit, warnAt, dueAt, Optional.of(at), paused);
  }

  /** This clock resumed with its instants moved by {@code stood} (the pause's length in its own time). */
  public Deadline resumed(Instant newWarnAt, Instant newDueAt, Duration stood) {
    return new Deadline(startedAt, limit, newWarnAt, newDueAt, Optional.empty(), paused.plus(stood));
  }

  /** This clock with new instants and limit, for an extension (延期). */
  public Deadline extended(TimeLimit newLimit, Instant newWarnAt, Instant newDueAt) {
    return new Deadline(startedAt, newLimit, newWarnAt, newDueAt, pausedSince, paused);
  }
}

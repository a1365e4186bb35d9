package org.gridgov.scoring;

import java.time.Instant;
import java.time.LocalDate;
import org.gridgov.core.MissingValueException;

/**
 * One review due (一次调度): a schedule applied to one period, open from the period's start and due
 * by the end of {@link #dueDay()} (a working day of the calendar).
 *
 * @param schedule the schedule
 * @param period the period reviewed
 * @param dueDay the working day by whose end it is due
 * @param dueAt the instant it is due: midnight after {@code dueDay} in the period's zone
 */
public record ReviewOccurrence(ReviewSchedule schedule, ScoringPeriod period, LocalDate dueDay, Instant dueAt) {
  public ReviewOccurrence {
    if (schedule == null || period == null || dueDay == null || dueAt == null) {
      throw new MissingValueException("occurrence");
    }
  }

  /** A stable id: kind, grid and period, for example {@code MONTHLY_REPORT/450802001013/2024-04}. */
  public String id() {
    return schedule.kind() + "/" + schedule.grid() + "/" + period.label();
  }

  /** True when the review may be held at {@code at}: from the period's start on. */
  public boolean opensBy(Instant at) {
    return !at.isBefore(period.start());
  }
}

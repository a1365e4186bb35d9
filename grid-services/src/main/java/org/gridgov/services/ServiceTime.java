package org.gridgov.services;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * When a need is to be served (服务时间): a day and the hours, local time.
 *
 * @param day the day
 * @param from the start
 * @param to the end, after the start on the same day
 */
public record ServiceTime(LocalDate day, LocalTime from, LocalTime to) {
  public ServiceTime {
    if (day == null || from == null || to == null) {
      throw new MissingValueException(day == null ? "time.day" : from == null ? "time.from" : "time.to");
    }
    if (!to.isAfter(from)) {
      throw new InvalidInputException("time.to", to.toString(), "must be after " + from);
    }
  }

  /** The day of the week. */
  public DayOfWeek dayOfWeek() {
    return day.getDayOfWeek();
  }

  @Override
  public String toString() {
    return day + " " + from + "–" + to;
  }
}

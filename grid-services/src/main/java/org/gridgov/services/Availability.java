package org.gridgov.services;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingValueException;

/**
 * When a volunteer can serve, every week (可服务时段).
 *
 * @param day the day of the week
 * @param from the start, local time
 * @param to the end, after the start
 */
public record Availability(DayOfWeek day, LocalTime from, LocalTime to) {
  public Availability {
    if (day == null || from == null || to == null) {
      throw new MissingValueException(day == null ? "availability.day" : from == null ? "availability.from" : "availability.to");
    }
    if (!to.isAfter(from)) {
      throw new InvalidInputException("availability.to", to.toString(), "must be after " + from);
    }
  }

  /** True when this slot covers the whole of {@code time}. */
  public boolean covers(ServiceTime time) {
    return time.dayOfWeek() == day && !time.from().isBefore(from) && !time.to().isAfter(to);
  }

  @Override
  public String toString() {
    return day.toString().substring(0, 3) + " " + from + "–" + to;
  }
}

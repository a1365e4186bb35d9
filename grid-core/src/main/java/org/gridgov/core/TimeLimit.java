package org.gridgov.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A time limit (办理时限) such as 5 working days or 2 working hours. How it becomes a due instant
 * is the workflow's business calendar's job.
 *
 * @param amount how many units, at least 1
 * @param unit how they count
 */
public record TimeLimit(@JsonProperty("amount") int amount, @JsonProperty("unit") TimeLimitUnit unit) {
  @JsonCreator
  public TimeLimit {
    if (amount < 1) {
      throw new InvalidInputException("timeLimit.amount", Integer.toString(amount), "must be at least 1");
    }
    if (unit == null) {
      throw new MissingValueException("timeLimit.unit");
    }
  }

  public static TimeLimit workingHours(int amount) {
    return new TimeLimit(amount, TimeLimitUnit.WORKING_HOURS);
  }

  public static TimeLimit workingDays(int amount) {
    return new TimeLimit(amount, TimeLimitUnit.WORKING_DAYS);
  }

  public static TimeLimit calendarDays(int amount) {
    return new TimeLimit(amount, TimeLimitUnit.CALENDAR_DAYS);
  }

  /** Hours round the clock (自然小时), for emergencies. */
  public static TimeLimit calendarHours(int amount) {
    return new TimeLimit(amount, TimeLimitUnit.CALENDAR_HOURS);
  }

  @Override
  public String toString() {
    return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}

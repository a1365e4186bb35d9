package org.gridgov.core;

/** How a time limit counts (时限计算方式). */
public enum TimeLimitUnit {
  /** Hours within office hours on working days (工作时). */
  WORKING_HOURS,
  /** Whole working days on the Chinese calendar, adjusted working days included (工作日). */
  WORKING_DAYS,
  /** Calendar days, holidays included (自然日). */
  CALENDAR_DAYS,
  /**
   * Hours round the clock, nights and holidays included (自然小时): for emergencies such as a
   * one-key call for help (一键求助), which cannot wait for office hours.
   */
  CALENDAR_HOURS;

  /** True for the units that count office time on working days only. */
  public boolean countsWorkingTime() {
    return this == WORKING_HOURS || this == WORKING_DAYS;
  }
}

package org.gridgov.core;

/** How a time limit counts (时限计算方式). */
public enum TimeLimitUnit {
  /** Hours within office hours on working days (工作时). */
  WORKING_HOURS,
  /** Whole working days on the Chinese calendar, adjusted working days included (工作日). */
  WORKING_DAYS,
  /** Calendar days, holidays included (自然日). */
  CALENDAR_DAYS
}

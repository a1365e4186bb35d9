package org.gridgov.workflow;

/** What a state does to a ticket's main clock (时限计时). */
public enum ClockMode {
  /** The clock has not started here, or this state does not touch it (e.g. awaiting filing). */
  IDLE,
  /** The clock runs; entering this state starts it if it has not started. */
  RUNNING,
  /** The clock pauses (挂账/缓办, awaiting verification); leaving for a running state resumes it. */
  PAUSED
}

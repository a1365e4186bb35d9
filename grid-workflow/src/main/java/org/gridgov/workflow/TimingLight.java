package org.gridgov.workflow;

/**
 * The timing light of a ticket (时限红黄绿灯): how much of its limit it has used.
 */
public enum TimingLight {
  /** 绿灯: less than 80 % of the limit used. */
  GREEN,
  /** 黄灯: 80 % to 100 % of the limit used. */
  YELLOW,
  /** 红灯: overdue (超期). */
  RED
}

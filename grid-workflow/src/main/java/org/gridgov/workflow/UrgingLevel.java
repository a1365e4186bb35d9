package org.gridgov.workflow;

/** The urging steps generated from the clock (催办 → 督办 → 通报), in increasing order. */
public enum UrgingLevel {
  /** Not urged. */
  NONE,
  /** 催办: a reminder, when the light turns yellow. */
  URGE,
  /** 督办: supervised handling, when the ticket is overdue. */
  OVERSEE,
  /** 通报: a public notice of the overdue ticket, some time after it became overdue. */
  BULLETIN
}

package org.gridgov.scoring;

import org.gridgov.workflow.UrgingLevel;

/** How far an overdue or reworked ticket has gone (督办问责层级), in increasing order. */
public enum AccountabilityStep {
  /** 催办: reminded. */
  URGE("催办"),
  /** 督办: handling supervised. */
  SUPERVISE("督办"),
  /** 通报: publicly notified. */
  PUBLIC_NOTICE("通报"),
  /** 问责: those answerable are held to account. */
  HOLD_ACCOUNTABLE("问责");

  private final String chineseName;

  AccountabilityStep(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name used in briefings. */
  public String chineseName() {
    return chineseName;
  }

  /** The step an urging event of the workflow reaches: 催办 → URGE, 督办 → SUPERVISE, 通报 → PUBLIC_NOTICE. */
  public static AccountabilityStep of(UrgingLevel level) {
    switch (level) {
      case URGE:
        return URGE;
      case OVERSEE:
        return SUPERVISE;
      case BULLETIN:
        return PUBLIC_NOTICE;
      default:
        throw new org.gridgov.core.InvalidInputException("level", String.valueOf(level), "NONE is no urging step");
    }
  }
}

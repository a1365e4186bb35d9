package org.gridgov.workflow;

/** A resident's rating on revisit (群众满意度测评). */
public enum Satisfaction {
  /** 满意. */
  SATISFIED,
  /** 基本满意. */
  BASICALLY_SATISFIED,
  /** 不满意: per the definition, reopens the ticket. */
  DISSATISFIED
}

package org.gridgov.workflow;

/** How urgent a ticket is (紧急程度). Informational: limits come from the matter type. */
public enum Priority {
  /** 低. */
  LOW,
  /** 一般. */
  NORMAL,
  /** 较急. */
  HIGH,
  /** 紧急. */
  URGENT
}
